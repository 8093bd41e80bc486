/**
 * One policy classifier's result over the parts in scope: built-in classifiers (findings combined
 * into a risk factor), custom classifiers (`custom:<name>`) and a template's customised identifier
 * (the administrator's pattern and phrases).
 */
import type { DlpPolicy } from '../../config/schema/index.ts';
import type { ClassifierResult, EvaluationContext, Finding, MatchedContent, ScanPart } from '../types.ts';
import { registry } from '../classifiers/registry.ts';
import { scanText } from '../scan/scan-text.ts';
import { testCustomClassifier } from '../custom/evaluate-custom.ts';
import { findAll, validatePattern } from '../../model/regex.ts';
import { findTerms } from '../custom/terms.ts';
import { matchedContent, MAX_MATCHES_PER_CLASSIFIER } from './matched-content.ts';
import { CONFIRMED, EXTRA_PER_FINDING, riskSteps } from './risk.ts';

/** A customised identifier's phrase counts within this many characters. */
const PHRASE_WINDOW = 100;

/**
 * A part's scan so far: the classifiers it was scanned for, the findings of those that found
 * something, and the classifiers the policies being evaluated will ask of it (`willScan`). One
 * record per part, no list per classifier: most classifiers find nothing in most parts.
 */
interface PartScan {
  readonly scanned: string[];
  readonly found: Map<string, Finding[]>;
  wanted: readonly string[];
}

/**
 * Each part's scan, kept on the part under a symbol of this module rather than in a WeakMap: a
 * traffic run makes parts by the thousand, and a WeakMap's dead entries cost every garbage collection.
 */
const SCAN = Symbol('scan');
type Scanned = ScanPart & { [SCAN]?: PartScan };
const NONE: readonly Finding[] = Object.freeze([]);

function scanOf(part: ScanPart): PartScan {
  return ((part as Scanned)[SCAN] ??= { scanned: [], found: new Map(), wanted: [] });
}

/** Names the built-in classifiers that policies will ask of these parts, so the first ask scans a part for all of them in one pass. */
export function willScan(parts: readonly ScanPart[], ids: readonly string[]): void {
  for (const part of parts) scanOf(part).wanted = ids;
}

/**
 * One built-in classifier's findings in a part, as its own scan gives them; one pass per part
 * serves this classifier and every one `willScan` named that the part was not scanned for yet.
 */
function findingsOf(part: ScanPart, id: string): readonly Finding[] {
  const s = scanOf(part);
  const hit = s.found.get(id);
  if (hit !== undefined) return hit;
  if (s.scanned.includes(id)) return NONE;
  // The first ask scans for every classifier named (usually that same list, which the scanner
  // recognises by identity); a later one, for a classifier not named, scans for it alone.
  const missing = s.scanned.length > 0 ? [id] : s.wanted.includes(id) ? s.wanted : [...s.wanted, id];
  s.scanned.push(...missing);
  for (const f of scanText(part.text, { classifiers: missing, independent: true })) {
    const list = s.found.get(f.classifier);
    if (list) list.push(f);
    else s.found.set(f.classifier, [f]);
  }
  return s.found.get(id) ?? NONE;
}

/** The built-in classifiers (without an administrator's pattern) that a policy's entries run. */
export function builtinsOf(entries: readonly Entry[]): string[] {
  return entries
    .filter((e) => !e.classifier.startsWith('custom:') && !e.customPattern && registry().byId.has(e.classifier))
    .map((e) => e.classifier);
}

type Entry = DlpPolicy['classifiers'][number];

/** "<name>: nothing found.", made once per classifier: most results of most messages say it. */
const nothingFound = new Map<string, string>();

function builtinResult(id: string, parts: readonly ScanPart[]): ClassifierResult {
  const def = registry().byId.get(id)!.def;
  const all: { part: ScanPart; f: Finding }[] = [];
  for (const part of parts) for (const f of findingsOf(part, id)) all.push({ part, f });
  if (all.length === 0) {
    let summary = nothingFound.get(id);
    if (summary === undefined) nothingFound.set(id, (summary = `${def.name}: nothing found.`));
    return { classifier: id, riskFactor: 0, matches: [], summary };
  }
  all.sort((a, b) => b.f.score - a.f.score);
  const risk = riskSteps(
    id,
    all.map(({ f }) => f),
  ).at(-1)!;
  let summary: string;
  if (def.terms) {
    const distinct = new Set(all.map(({ f }) => f.text.toLowerCase())).size;
    summary = `${def.name}: ${distinct} distinct term(s), ${all.length} occurrence(s).`;
  } else {
    const confirmed = all.filter((x) => x.f.score >= CONFIRMED).length;
    summary =
      confirmed === 0
        ? `${def.name}: ${all.length} candidate(s) without supporting information (best score ${all[0].f.score}).`
        : `${def.name}: ${confirmed} match(es) with supporting information; best score ${all[0].f.score}.`;
  }
  const evasive = all.filter(({ f }) => f.explanation.obfuscated).length;
  if (evasive)
    summary += ` ${evasive} written to evade detection (look-alike or invisible characters, or spaced-out digits), scored higher.`;
  const matches = all
    .slice(0, MAX_MATCHES_PER_CLASSIFIER)
    .map(({ part, f }) => matchedContent(part, id, f.start, f.end, f.score, f.explanation));
  return { classifier: id, riskFactor: risk, matches, summary };
}

function customResult(name: string, parts: readonly ScanPart[], ctx: EvaluationContext, notes: string[]): ClassifierResult {
  const id = `custom:${name}`;
  const c = ctx.customClassifiers.find((x) => x.name === name);
  if (!c) {
    notes.push(`Custom classifier "${name}" does not exist.`);
    return { classifier: id, riskFactor: 0, matches: [], summary: `Custom classifier "${name}" does not exist.` };
  }
  let best = 0;
  let summary = `${name}: no rule matched.`;
  const matches: MatchedContent[] = [];
  for (const part of parts) {
    const t = testCustomClassifier(c, part.text, ctx);
    for (const p of t.problems) if (!notes.includes(`${name}: ${p}`) && !/did not match/.test(p)) notes.push(`${name}: ${p}`);
    if (t.matched && t.riskFactor >= best) {
      best = t.riskFactor;
      summary = `${name} (${part.name}): ${t.explanation}`;
    } else if (best === 0 && t.matches.length) summary = `${name} (${part.name}): ${t.explanation}`;
    if (t.matched) {
      for (const m of t.matches.slice(0, MAX_MATCHES_PER_CLASSIFIER - matches.length)) {
        matches.push(
          matchedContent(part, id, m.start, m.end, m.contribution, {
            rule: m.rule,
            ruleType: m.ruleType,
            detail: m.explanation,
            weight: c.rules[m.rule].weight,
          }),
        );
      }
    }
  }
  return { classifier: id, riskFactor: best, matches, summary };
}

function customisedResult(e: Entry, parts: readonly ScanPart[], notes: string[]): ClassifierResult {
  const phrases = e.customPhrases;
  const matches: MatchedContent[] = [];
  let risk = 0;
  if (e.customPattern) {
    const check = validatePattern(e.customPattern);
    if (!check.ok) {
      notes.push(`${e.classifier}: ${check.message}`);
      return { classifier: e.classifier, riskFactor: 0, matches: [], summary: `${e.classifier}: the pattern is not valid.` };
    }
    let confirmed = 0;
    let best = 0;
    for (const part of parts) {
      const near = findTerms(part.text, phrases, false, true);
      for (const [s, en] of findAll(e.customPattern, part.text)) {
        const phrase = near.find(([ps, pe]) => ps < en + PHRASE_WINDOW && pe > s - PHRASE_WINDOW);
        // Without phrases the pattern stands alone; with phrases, a lone number is only a candidate.
        const score = phrases.length === 0 ? 60 : phrase ? 80 : 5;
        if (score >= CONFIRMED) confirmed++;
        best = Math.max(best, score);
        if (matches.length < MAX_MATCHES_PER_CLASSIFIER) {
          matches.push(
            matchedContent(part, e.classifier, s, en, score, {
              pattern: e.customPattern,
              validation: "matches the organisation's pattern",
              contextWords: phrase ? [phrase[2]] : [],
              supporting: [],
              baseScore: phrases.length === 0 ? 60 : 5,
              score,
            }),
          );
        }
      }
    }
    risk = best === 0 ? 0 : Math.min(100, best + EXTRA_PER_FINDING * Math.max(0, confirmed - 1));
    return {
      classifier: e.classifier,
      riskFactor: risk,
      matches,
      summary: `${e.classifier}: ${matches.length} pattern match(es), ${confirmed} near a phrase.`,
    };
  }
  if (phrases.length === 0) {
    notes.push(`${e.classifier}: needs a pattern or phrases before it can match.`);
    return { classifier: e.classifier, riskFactor: 0, matches: [], summary: `${e.classifier}: not customised yet.` };
  }
  let count = 0;
  for (const part of parts) {
    for (const [s, en, w] of findTerms(part.text, phrases, false, true)) {
      count++;
      if (matches.length < MAX_MATCHES_PER_CLASSIFIER) {
        matches.push(
          matchedContent(part, e.classifier, s, en, 60, {
            pattern: `phrase "${w}"`,
            validation: 'listed by the administrator',
            contextWords: [],
            supporting: [],
            baseScore: 60,
            score: 60,
          }),
        );
      }
    }
  }
  risk = count === 0 ? 0 : Math.min(100, 60 + EXTRA_PER_FINDING * (count - 1));
  return { classifier: e.classifier, riskFactor: risk, matches, summary: `${e.classifier}: ${count} phrase occurrence(s).` };
}

/** The result of one entry of the policy's classifier list. */
export function classifierResult(e: Entry, parts: readonly ScanPart[], ctx: EvaluationContext, notes: string[]): ClassifierResult {
  if (e.classifier.startsWith('custom:')) return customResult(e.classifier.slice(7), parts, ctx, notes);
  if (registry().byId.has(e.classifier) && !e.customPattern) return builtinResult(e.classifier, parts);
  return customisedResult(e, parts, notes);
}
