/**
 * The matches of each rule of a custom classifier in one text. Words, dictionary terms and
 * patterns are also looked for in the text with Unicode evasion undone (scan/normalise.ts), their
 * matches placed back in the text as written; entity rules get that from scanText.
 */
import type { CustomClassifier } from '../../config/schema/index.ts';
import type { DictionaryLike } from '../types.ts';
import { scanText } from '../scan/scan-text.ts';
import { registry } from '../classifiers/registry.ts';
import { findAll, validatePattern } from '../../model/regex.ts';
import { findTerms, splitWords } from './terms.ts';
import { changesIn, normaliseForScan, type Normalised } from '../scan/normalise.ts';

/** Where a search is run: the text, then (when it differs) the normalised text, mapped back and deduplicated. */
function alsoNormalised<T extends readonly [number, number, ...unknown[]]>(
  text: string,
  normalised: () => Normalised,
  find: (t: string) => readonly T[],
  push: (start: number, end: number, m: T, evasive: boolean) => void,
): void {
  const seen = new Set<number>();
  for (const m of find(text)) {
    seen.add(m[0] * 0x100000 + (m[1] - m[0]));
    push(m[0], m[1], m, false);
  }
  const n = normalised();
  if (n.map === null) return;
  for (const m of find(n.text)) {
    const start = n.map.original(m[0]);
    // The span ends just after its last character kept (removed characters inside it are in it).
    const end = n.map.original(m[1] - 1) + 1;
    if (seen.has(start * 0x100000 + (end - start))) continue;
    seen.add(start * 0x100000 + (end - start));
    push(start, end, m, changesIn(n, start, end) !== 0);
  }
}

const EVASIVE = ' (written to evade detection)';

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
  let norm: Normalised | null = null;
  const normalised = (): Normalised => (norm ??= normaliseForScan(text));
  classifier.rules.forEach((rule, i) => {
    const n = i + 1;
    switch (rule.type) {
      case 'words':
        alsoNormalised(
          text,
          normalised,
          (t) => findTerms(t, splitWords(rule.words), false, true),
          (s, e, [, , w], evasive) => matches.push({ rule: i, start: s, end: e, detail: `word "${w}"${evasive ? EVASIVE : ''}` }),
        );
        break;
      case 'regex': {
        const check = validatePattern(rule.pattern);
        if (!check.ok) {
          problems.push(`Rule ${n}: ${check.message}`);
          break;
        }
        const excluded: [number, number][] = [];
        if (rule.exclude) {
          const ex = validatePattern(rule.exclude);
          if (!ex.ok) problems.push(`Rule ${n} exclude pattern: ${ex.message}`);
          else
            alsoNormalised(
              text,
              normalised,
              (t) => findAll(rule.exclude!, t),
              (s, e) => excluded.push([s, e]),
            );
        }
        alsoNormalised(
          text,
          normalised,
          (t) => findAll(rule.pattern, t),
          (s, e, _, evasive) => {
            if (!excluded.some(([xs, xe]) => xs < e && s < xe))
              matches.push({ rule: i, start: s, end: e, detail: `pattern ${rule.pattern}${evasive ? EVASIVE : ''}` });
          },
        );
        break;
      }
      case 'dictionary': {
        const d = dictionaries.find((x) => x.name === rule.dictionary);
        if (!d) {
          problems.push(`Rule ${n}: dictionary "${rule.dictionary}" does not exist.`);
          break;
        }
        alsoNormalised(
          text,
          normalised,
          (t) => findTerms(t, d.terms, d.caseSensitive, d.wholeWords),
          (s, e, [, , w], evasive) =>
            matches.push({ rule: i, start: s, end: e, detail: `dictionary "${d.name}" term "${w}"${evasive ? EVASIVE : ''}` }),
        );
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
