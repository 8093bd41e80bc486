/**
 * Accuracy on the labelled Presidio cases (test/fixtures/corpus/presidio-cases.json): per entity,
 * precision, recall and F1 with overlap span matching. Each case counts only matches of its own
 * entity, as upstream. Works for any detector (ours or a peer) given as text → spans per entity.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

/** One labelled case. */
export interface LabelledCase {
  readonly entity: string;
  readonly text: string;
  readonly expected: number;
  readonly spans?: readonly (readonly [number, number])[];
}

/** Presidio entity → our classifier id. */
export const ENTITY_MAP: Readonly<Record<string, string>> = {
  CREDIT_CARD: 'credit-card',
  US_SSN: 'us-ssn',
  IBAN_CODE: 'iban',
  IP_ADDRESS: 'ip-address',
  EMAIL_ADDRESS: 'email-address',
  ABA_ROUTING_NUMBER: 'aba-routing',
  MEDICAL_LICENSE: 'dea-number',
  UK_NHS: 'uk-nhs',
  UK_NINO: 'uk-nino',
  CA_SIN: 'ca-sin',
  US_ITIN: 'us-itin',
  US_PASSPORT: 'us-passport',
  US_DRIVER_LICENSE: 'us-drivers-license',
  US_BANK_NUMBER: 'us-bank-account',
  US_NPI: 'npi',
  PHONE_NUMBER: 'us-phone',
};

/** Default path of the labelled cases (copied into the repository, with their licence notice). */
export const CASES_PATH = fileURLToPath(new URL('../test/fixtures/corpus/presidio-cases.json', import.meta.url));

/** Loads the cases. */
export const loadCases = (path = CASES_PATH): LabelledCase[] => JSON.parse(readFileSync(path, 'utf8')) as LabelledCase[];

/**
 * PHONE_NUMBER cases mix countries; us-phone is scored only on the US spans: ten digits, or
 * eleven starting "+1".
 */
function usPhoneSpan(text: string, [s, e]: readonly [number, number]): boolean {
  const t = text.slice(s, e);
  const d = t.replace(/\D/g, '');
  return d.length === 10 || (d.length === 11 && t.startsWith('+1'));
}

/** The case as scored for our id (PHONE_NUMBER restricted to US numbers). */
export function expectedSpans(c: LabelledCase): { spans: (readonly [number, number])[] | null; count: number } {
  if (!c.spans) return { spans: null, count: c.expected };
  const spans = c.entity === 'PHONE_NUMBER' ? c.spans.filter((s) => usPhoneSpan(c.text, s)) : [...c.spans];
  return { spans, count: spans.length };
}

/** Counts for one entity. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  cases: number;
}

/** Precision, recall, F1 of a score (1 when there is nothing to find and nothing was found). */
export function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** A case the detector disagreed with, for the printed list. */
export interface Disagreement {
  readonly entity: string;
  readonly text: string;
  readonly expected: readonly (readonly [number, number])[] | number;
  readonly got: readonly (readonly [number, number])[];
}

/**
 * Scores a detector. `detect(text, id)` returns the spans it reports for our classifier id;
 * `supports(id)` says which ids the detector covers (others are left out of its table).
 */
export function evaluate(
  cases: readonly LabelledCase[],
  detect: (text: string, id: string) => (readonly [number, number])[],
  supports: (id: string) => boolean = () => true,
): { scores: Map<string, Score>; disagreements: Disagreement[] } {
  const scores = new Map<string, Score>();
  const disagreements: Disagreement[] = [];
  for (const c of cases) {
    const id = ENTITY_MAP[c.entity];
    if (!id || !supports(id)) continue;
    const got = detect(c.text, id);
    const exp = expectedSpans(c);
    const s = scores.get(id) ?? { tp: 0, fp: 0, fn: 0, cases: 0 };
    s.cases++;
    let tp: number;
    if (exp.spans) {
      const used = new Set<number>();
      tp = 0;
      for (const [gs, ge] of got) {
        const j = exp.spans.findIndex(([es, ee], k) => !used.has(k) && gs < ee && es < ge);
        if (j >= 0) {
          used.add(j);
          tp++;
        }
      }
    } else tp = Math.min(got.length, exp.count);
    s.tp += tp;
    s.fp += got.length - tp;
    s.fn += exp.count - tp;
    scores.set(id, s);
    if (got.length !== tp || exp.count !== tp)
      disagreements.push({ entity: c.entity, text: c.text, expected: exp.spans ?? exp.count, got });
  }
  return { scores, disagreements };
}
