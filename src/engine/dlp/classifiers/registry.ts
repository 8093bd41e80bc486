/**
 * The registry of built-in classifiers, in the order the scanner runs them, and the keyword table
 * compiled from all their context words, negative words and terms (built once, on first use).
 */
import type { ClassifierDef } from './types.ts';
import type { ClassifierInfo } from '../types.ts';
import { KeywordTable } from '../scan/keywords.ts';
import { AT_WORD, DOT_WORD } from '../scan/written-out-emails.ts';
import { TRIGGER_DIGIT_WORDS } from '../scan/spelled-digits.ts';
import { NOT_REAL_WORDS } from '../scan/not-real.ts';
import { STATE_NAMES } from './licence-states.ts';
import { HELD_BY_OTHERS_WORDS } from './held-by-others.ts';
import { ENTITY_NAMES } from '../scan/html-entities.ts';
import { creditCard } from './credit-card.ts';
import { trackData } from './track-data.ts';
import { usSsn } from './us-ssn.ts';
import { usItin } from './us-itin.ts';
import { abaRouting } from './aba-routing.ts';
import { usBankAccount } from './us-bank-account.ts';
import { iban } from './iban.ts';
import { swiftBic } from './swift-bic.ts';
import { cusip } from './cusip.ts';
import { usPassport } from './us-passport.ts';
import { usDriversLicense } from './us-drivers-license.ts';
import { ukNino } from './uk-nino.ts';
import { ukNhs } from './uk-nhs.ts';
import { caSin } from './ca-sin.ts';
import { deaNumber } from './dea-number.ts';
import { npi } from './npi.ts';
import { ndc } from './ndc.ts';
import { icd10 } from './icd-10.ts';
import { emailAddress } from './email-address.ts';
import { usPhone } from './us-phone.ts';
import { ipAddress } from './ip-address.ts';
import { healthTerms } from './health-terms.ts';
import { corporateFinancials } from './corporate-financials.ts';
import { corporateConfidential } from './corporate-confidential.ts';
import { sourceCode } from './source-code.ts';
import { mergersAcquisitions } from './mergers-acquisitions.ts';
import { studentRecords } from './student-records.ts';
import { designDocuments } from './design-documents.ts';
import { jobSearch } from './job-search.ts';
import { exportControl } from './export-control.ts';

/** Every built-in classifier definition. */
export const classifierDefs: readonly ClassifierDef[] = [
  creditCard,
  trackData,
  usSsn,
  usItin,
  abaRouting,
  usBankAccount,
  iban,
  swiftBic,
  cusip,
  usPassport,
  usDriversLicense,
  ukNino,
  ukNhs,
  caSin,
  deaNumber,
  npi,
  ndc,
  icd10,
  emailAddress,
  usPhone,
  ipAddress,
  healthTerms,
  corporateFinancials,
  corporateConfidential,
  sourceCode,
  mergersAcquisitions,
  studentRecords,
  designDocuments,
  jobSearch,
  exportControl,
];

/** The built-in classifiers as lists show them (id, name, description). */
export const builtinClassifiers: readonly ClassifierInfo[] = classifierDefs.map(({ id, name, description }) => ({ id, name, description }));

/** A classifier with its keyword roles resolved to phrase ids. */
export interface CompiledClassifier {
  readonly def: ClassifierDef;
  /** Per phrase id: CONTEXT and/or NEGATIVE when the phrase is one of the classifier's context or negative words. */
  readonly roles: Uint8Array;
  /** Term phrase id → weight, for word/phrase classifiers. */
  readonly terms: ReadonlyMap<number, number>;
}

/** Bits of CompiledClassifier.roles. */
export const CONTEXT = 1;
export const NEGATIVE = 2;

/** Values of Registry.triggerWords. */
export const AT_WORD_TRIGGER = 1;
export const REFERENCE_TRIGGER = 2;
export const DOT_WORD_TRIGGER = 3;
export const DIGIT_WORD_TRIGGER = 4;
/** A word saying a value is not real ("placeholder", "fictional"): scan/not-real.ts reads around it. */
export const NOT_REAL_TRIGGER = 5;
/** A US state's name: a licence number beside it may be in that state's layout (licence-states.ts). */
export const STATE_TRIGGER = 6;
/** A cloud provider's, a broker's, a utility's or a wireless carrier's word: an account beside it may be theirs (us-bank-account.ts). */
export const HELD_BY_OTHERS_TRIGGER = 7;

/** The compiled registry. */
export interface Registry {
  readonly keywords: KeywordTable;
  readonly all: readonly CompiledClassifier[];
  readonly byId: ReadonlyMap<string, CompiledClassifier>;
  /**
   * Per phrase id, the words that only tell scanText to look again (no classifier has a role for
   * them, so context, negatives and terms never read them): AT_WORD_TRIGGER for "at" and
   * DOT_WORD_TRIGGER for "dot" (an at sign written out: written-out-emails.ts), REFERENCE_TRIGGER for the names of HTML
   * character references ("nbsp": html-entities.ts), DIGIT_WORD_TRIGGER for digit words
   * ("five": spelled-digits.ts), NOT_REAL_TRIGGER for the words calling a value a placeholder
   * (not-real.ts), STATE_TRIGGER for the states' names (licence-states.ts), HELD_BY_OTHERS_TRIGGER
   * for a cloud provider's, a broker's, a utility's or a carrier's words (held-by-others.ts); 0 for every other phrase.
   */
  readonly triggerWords: Uint8Array;
  /** Per phrase id, 1 when it is only ever some classifier's quiet negative word (ClassifierDef.quietNegative): it names no kind. */
  readonly quietOnly: Uint8Array;
}

/**
 * Context words and the plurals of the short ones, as a list of values is introduced ("NPIs:
 * …", an "ssns" key, "phones", "account numbers"): a word of two to five letters not ending in s,
 * or a phrase ending in "number", with an s.
 */
function withPlurals(words: readonly string[]): string[] {
  const out = [...words];
  for (const w of words)
    if ((/^[a-z]{2,5}$/.test(w) || w.endsWith(' number') || w.endsWith(' code')) && !w.endsWith('s') && !words.includes(`${w}s`))
      out.push(`${w}s`);
  return out;
}

let compiled: Registry | null = null;

/** The registry, compiled on first use. */
export function registry(): Registry {
  if (compiled) return compiled;
  const keywords = new KeywordTable();
  const phrases = classifierDefs.map((def) => {
    if (!/^[a-z0-9-]+$/.test(def.id)) throw new Error(`Classifier id "${def.id}" must be kebab-case.`);
    if (!def.find && !def.terms) throw new Error(`Classifier ${def.id} needs find() or terms.`);
    return {
      context: withPlurals(def.context).map((w) => keywords.add(w)),
      negative: withPlurals(def.negative ?? []).map((w) => keywords.add(w)),
      quiet: (def.quietNegative ?? []).map((w) => keywords.add(w)),
      terms: new Map((def.terms ?? []).map((t) => [keywords.add(t.text, t.caseSensitive), t.weight] as const)),
    };
  });
  const atWord = keywords.add(AT_WORD);
  const dotWord = keywords.add(DOT_WORD);
  const referenceNames = ENTITY_NAMES.map((name) => keywords.add(name));
  const digitWords = TRIGGER_DIGIT_WORDS.map((word) => keywords.add(word));
  const notRealWords = NOT_REAL_WORDS.map((word) => keywords.add(word));
  const stateNames = STATE_NAMES.map((name) => keywords.add(name));
  const othersWords = HELD_BY_OTHERS_WORDS.map((word) => keywords.add(word));
  keywords.seal();
  const triggerWords = new Uint8Array(keywords.phrases.length);
  triggerWords[atWord] = AT_WORD_TRIGGER;
  triggerWords[dotWord] = DOT_WORD_TRIGGER;
  for (const id of referenceNames) triggerWords[id] = REFERENCE_TRIGGER;
  for (const id of digitWords) triggerWords[id] = DIGIT_WORD_TRIGGER;
  for (const id of notRealWords) triggerWords[id] = NOT_REAL_TRIGGER;
  for (const id of stateNames) triggerWords[id] = STATE_TRIGGER;
  for (const id of othersWords) triggerWords[id] = HELD_BY_OTHERS_TRIGGER;
  // Roles are indexed by phrase id: only known once every classifier has added its phrases.
  const all = classifierDefs.map((def, i): CompiledClassifier => {
    const roles = new Uint8Array(keywords.phrases.length);
    for (const id of phrases[i].context) roles[id] |= CONTEXT;
    for (const id of phrases[i].negative) roles[id] |= NEGATIVE;
    for (const id of phrases[i].quiet) roles[id] |= NEGATIVE;
    return { def, roles, terms: phrases[i].terms };
  });
  const quietOnly = new Uint8Array(keywords.phrases.length);
  for (const p of phrases) for (const id of p.quiet) quietOnly[id] = 1;
  for (const p of phrases) for (const id of [...p.context, ...p.negative, ...p.terms.keys()]) quietOnly[id] = 0;
  compiled = { keywords, all, byId: new Map(all.map((c) => [c.def.id, c])), triggerWords, quietOnly };
  return compiled;
}
