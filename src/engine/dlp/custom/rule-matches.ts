/** The matches of each rule of a custom classifier in one text. */
import type { CustomClassifier } from '../../config/schema/index.ts';
import type { DictionaryLike } from '../types.ts';
import { scanText } from '../scan/scan-text.ts';
import { registry } from '../classifiers/registry.ts';
import { findAll, validatePattern } from '../../model/regex.ts';
import { findTerms, splitWords } from './terms.ts';

/** One rule match before scoring. */
export interface RuleMatch {
  readonly rule: number;
  readonly start: number;
  readonly end: number;
  readonly detail: string;
}

/** Rule matches, plus problems (invalid pattern, missing dictionary) found on the way. */
export function ruleMatches(
  classifier: CustomClassifier,
  text: string,
  dictionaries: readonly DictionaryLike[],
): { matches: RuleMatch[]; problems: string[] } {
  const matches: RuleMatch[] = [];
  const problems: string[] = [];
  classifier.rules.forEach((rule, i) => {
    const n = i + 1;
    switch (rule.type) {
      case 'words':
        for (const [s, e, w] of findTerms(text, splitWords(rule.words), false, true))
          matches.push({ rule: i, start: s, end: e, detail: `word "${w}"` });
        break;
      case 'regex': {
        const check = validatePattern(rule.pattern);
        if (!check.ok) {
          problems.push(`Rule ${n}: ${check.message}`);
          break;
        }
        let excluded: [number, number][] = [];
        if (rule.exclude) {
          const ex = validatePattern(rule.exclude);
          if (!ex.ok) problems.push(`Rule ${n} exclude pattern: ${ex.message}`);
          else excluded = findAll(rule.exclude, text);
        }
        for (const [s, e] of findAll(rule.pattern, text)) {
          if (excluded.some(([xs, xe]) => xs < e && s < xe)) continue;
          matches.push({ rule: i, start: s, end: e, detail: `pattern ${rule.pattern}` });
        }
        break;
      }
      case 'dictionary': {
        const d = dictionaries.find((x) => x.name === rule.dictionary);
        if (!d) {
          problems.push(`Rule ${n}: dictionary "${rule.dictionary}" does not exist.`);
          break;
        }
        for (const [s, e, w] of findTerms(text, d.terms, d.caseSensitive, d.wholeWords))
          matches.push({ rule: i, start: s, end: e, detail: `dictionary "${d.name}" term "${w}"` });
        break;
      }
      case 'entity': {
        // The form offers only built-ins, but an imported or hand-written configuration can name anything.
        if (!registry().byId.has(rule.entity)) {
          problems.push(`Rule ${n}: unknown entity "${rule.entity}"; choose one of the built-in classifiers.`);
          break;
        }
        const found = scanText(text, { classifiers: [rule.entity] });
        for (const f of found)
          matches.push({ rule: i, start: f.start, end: f.end, detail: `entity ${f.classifier} (${f.explanation.validation})` });
        break;
      }
    }
  });
  matches.sort((a, b) => a.start - b.start || a.rule - b.rule);
  return { matches, problems };
}
