/**
 * Accuracy on the labelled mail corpus (test/fixtures/dlp-mail/cases.jsonl): any detector given
 * as text → {entity, start, end}[] is scored against the labels, one-to-one by entity and
 * overlapping span. Reports per entity and per category, micro P/R/F1, and the three headline
 * numbers: realistic micro-F1 (all but negative and evasion), hard-negative precision and
 * evasion recall.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { htmlToText, scanText } from '../src/engine/dlp/index.ts';

/** A labelled or detected span (UTF-16 offsets, end exclusive). */
export interface Span {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
}
/** One corpus case. For format "html", `text` is HTML and labels are spans of htmlToText(text). */
export interface MailCase {
  readonly id: string;
  readonly category: string;
  readonly split: 'tune' | 'heldout';
  readonly format?: 'html';
  readonly text: string;
  readonly labels: readonly Span[];
}
/** A detector: the spans it finds in a text. */
export type Detect = (text: string) => readonly Span[];

/** Counts and the rates derived from them. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}
/** One case where the detector and the labels differ. */
export interface MailDisagreement {
  readonly id: string;
  readonly category: string;
  readonly text: string;
  readonly missed: readonly Span[];
  readonly extra: readonly Span[];
}
/** The full result of a scoring run. */
export interface MailReport {
  readonly cases: number;
  readonly micro: Score;
  readonly byEntity: ReadonlyMap<string, Score>;
  readonly byCategory: ReadonlyMap<string, Score>;
  /** Micro-F1 over every category but negative and evasion. */
  readonly realisticF1: number;
  /** Precision on the negative category (its true values count as tp, anything else as fp). */
  readonly negativePrecision: number;
  /** Recall on the evasion category. */
  readonly evasionRecall: number;
  readonly disagreements: readonly MailDisagreement[];
}

/** The categories the corpus has, in report order. */
export const CATEGORIES = [
  'table',
  'csv',
  'tsv',
  'html',
  'signature',
  'forward',
  'form',
  'log',
  'chat',
  'prose',
  'negative',
  'evasion',
] as const;

/** Default path of the corpus. */
export const MAIL_CASES_PATH = fileURLToPath(new URL('../test/fixtures/dlp-mail/cases.jsonl', import.meta.url));
/** The independent hand-written held-out set (same format, no split; test/fixtures/dlp-independent). */
export const INDEPENDENT_CASES_PATH = fileURLToPath(new URL('../test/fixtures/dlp-independent/cases.jsonl', import.meta.url));
/** The second independent set (evasion first): a tune part that may be inspected, and a held-out part that is not. */
export const INDEPENDENT_2_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-2/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-2/heldout.jsonl', import.meta.url)),
} as const;

/** The fourth independent set (precision first: business mail full of look-alikes), tune and held-out parts. */
export const INDEPENDENT_4_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-4/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-4/heldout.jsonl', import.meta.url)),
} as const;

/** The fifth independent set (data pasted into mail: JSON, XML, SQL, logs, grids), tune and held-out parts. */
export const INDEPENDENT_5_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-5/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-5/heldout.jsonl', import.meta.url)),
} as const;

/** The sixth independent set (the rarer identifiers in UK, Canadian, European, securities and healthcare mail), tune and held-out parts. */
export const INDEPENDENT_6_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-6/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-6/heldout.jsonl', import.meta.url)),
} as const;

/** The eighth independent set (forms as their text reaches the gateway: layouts, boxes, combs, instructions), tune and held-out parts. */
export const INDEPENDENT_8_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-8/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-8/heldout.jsonl', import.meta.url)),
} as const;

/** The ninth independent set (short sentences as testers and people type them, many paraphrases per kind), tune and held-out parts. */
export const INDEPENDENT_9_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-9/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-9/heldout.jsonl', import.meta.url)),
} as const;

/** The tenth independent set (mail threads: quoted replies, forwards, inline answers, signatures, invitations), tune and held-out parts. */
export const INDEPENDENT_10_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-10/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-10/heldout.jsonl', import.meta.url)),
} as const;

/** The eleventh independent set (US clinical and health-plan mail among procedure, lab and plan codes), tune and held-out parts. */
export const INDEPENDENT_11_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-11/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-11/heldout.jsonl', import.meta.url)),
} as const;

/** The twelfth independent set (US banking, payments and brokerage operations mail), tune and held-out parts. */
export const INDEPENDENT_12_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-12/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-12/heldout.jsonl', import.meta.url)),
} as const;

/** The thirteenth independent set (IT, security and DevOps mail), tune and held-out parts. */
export const INDEPENDENT_13_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-13/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-13/heldout.jsonl', import.meta.url)),
} as const;

/** The fourteenth independent set (US insurance claims mail), tune and held-out parts. */
export const INDEPENDENT_14_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-14/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-14/heldout.jsonl', import.meta.url)),
} as const;

/** The fifteenth independent set (US HR, payroll, benefits and recruiting mail), tune and held-out parts. */
export const INDEPENDENT_15_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-15/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-15/heldout.jsonl', import.meta.url)),
} as const;

/** The sixteenth independent set (US tax preparation and accounting mail), tune and held-out parts. */
export const INDEPENDENT_16_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-16/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-16/heldout.jsonl', import.meta.url)),
} as const;

/** The seventeenth independent set (travel, immigration and identity-document mail), tune and held-out parts. */
export const INDEPENDENT_17_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-17/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-17/heldout.jsonl', import.meta.url)),
} as const;

/** The eighteenth independent set (retail, e-commerce and payments support mail), tune and held-out parts. */
export const INDEPENDENT_18_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-18/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-18/heldout.jsonl', import.meta.url)),
} as const;

/** The nineteenth independent set (US legal, litigation and law-firm mail), tune and held-out parts. */
export const INDEPENDENT_19_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-19/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-19/heldout.jsonl', import.meta.url)),
} as const;

/** The twentieth independent set (US education and student-records mail), tune and held-out parts. */
export const INDEPENDENT_20_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-20/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-20/heldout.jsonl', import.meta.url)),
} as const;

/** The twenty-first independent set (US real estate, mortgage, title and escrow mail), tune and held-out parts. */
export const INDEPENDENT_21_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-21/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-21/heldout.jsonl', import.meta.url)),
} as const;

/** The twenty-second independent set (UK and Canadian business mail), tune and held-out parts. */
export const INDEPENDENT_22_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-22/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-22/heldout.jsonl', import.meta.url)),
} as const;

/** The twenty-third independent set (US wireless carrier, telecom and device-support mail), tune and held-out parts. */
export const INDEPENDENT_23_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-23/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-23/heldout.jsonl', import.meta.url)),
} as const;

/** The twenty-fourth independent set (US car dealership, auto finance and registration mail), tune and held-out parts. */
export const INDEPENDENT_24_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-24/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-24/heldout.jsonl', import.meta.url)),
} as const;

/** The twenty-fifth independent set (European business mail in French, German, Spanish, Italian and Dutch), tune and held-out parts. */
export const INDEPENDENT_25_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-25/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-25/heldout.jsonl', import.meta.url)),
} as const;

/** The twenty-sixth independent set (US pharmacy and pharmacy benefit mail), tune and held-out parts. */
export const INDEPENDENT_26_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-26/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-26/heldout.jsonl', import.meta.url)),
} as const;

/** The twenty-seventh independent set (US government benefits and public-sector casework mail), tune and held-out parts. */
export const INDEPENDENT_27_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-27/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-27/heldout.jsonl', import.meta.url)),
} as const;

/** The twenty-eighth independent set (chat and messaging exports pasted into mail), tune and held-out parts. */
export const INDEPENDENT_28_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-28/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-28/heldout.jsonl', import.meta.url)),
} as const;

/** The twenty-ninth independent set (Spanish-language mail from US businesses and their customers), tune and held-out parts. */
export const INDEPENDENT_29_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-29/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-29/heldout.jsonl', import.meta.url)),
} as const;

/** The thirtieth independent set (US freight, dispatch and customs-brokerage mail), tune and held-out parts. */
export const INDEPENDENT_30_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-30/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-30/heldout.jsonl', import.meta.url)),
} as const;

/** The thirty-first independent set (US payment-app, fintech and crypto-exchange support mail), tune and held-out parts. */
export const INDEPENDENT_31_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-31/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-31/heldout.jsonl', import.meta.url)),
} as const;

/** The thirty-second independent set (US hotel, restaurant and event-venue mail), tune and held-out parts. */
export const INDEPENDENT_32_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-32/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-32/heldout.jsonl', import.meta.url)),
} as const;

/** The thirty-third independent set (US nonprofit, charity and fundraising mail), tune and held-out parts. */
export const INDEPENDENT_33_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-33/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-33/heldout.jsonl', import.meta.url)),
} as const;

/** The thirty-fourth independent set (US electric, gas, water and cable utility customer-service mail), tune and held-out parts. */
export const INDEPENDENT_34_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-34/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-34/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_35_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-35/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-35/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_36_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-36/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-36/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_37_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-37/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-37/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_38_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-38/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-38/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_39_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-39/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-39/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_40_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-40/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-40/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_41_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-41/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-41/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_42_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-42/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-42/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_43_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-43/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-43/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_44_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-44/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-44/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_45_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-45/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-45/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_46_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-46/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-46/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_47_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-47/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-47/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_48_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-48/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-48/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_49_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-49/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-49/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_50_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-50/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-50/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_51_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-51/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-51/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_52_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-52/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-52/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_53_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-53/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-53/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_54_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-54/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-54/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_55_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-55/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-55/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_56_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-56/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-56/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_57_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-57/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-57/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_58_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-58/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-58/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_59_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-59/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-59/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_60_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-60/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-60/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_61_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-61/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-61/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_62_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-62/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-62/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_63_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-63/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-63/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_64_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-64/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-64/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_65_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-65/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-65/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_66_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-66/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-66/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_67_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-67/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-67/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_68_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-68/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-68/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_69_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-69/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-69/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_70_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-70/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-70/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_71_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-71/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-71/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_72_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-72/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-72/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_73_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-73/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-73/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_74_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-74/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-74/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_75_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-75/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-75/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_76_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-76/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-76/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_77_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-77/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-77/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_78_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-78/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-78/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_79_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-79/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-79/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_80_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-80/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-80/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_81_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-81/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-81/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_82_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-82/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-82/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_83_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-83/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-83/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_84_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-84/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-84/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_85_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-85/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-85/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_86_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-86/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-86/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_87_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-87/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-87/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_88_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-88/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-88/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_89_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-89/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-89/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_90_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-90/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-90/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_91_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-91/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-91/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_92_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-92/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-92/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_93_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-93/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-93/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_94_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-94/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-94/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_95_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-95/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-95/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_96_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-96/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-96/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_97_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-97/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-97/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_98_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-98/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-98/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_99_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-99/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-99/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_100_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-100/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-100/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_101_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-101/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-101/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_102_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-102/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-102/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_103_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-103/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-103/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_104_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-104/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-104/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_105_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-105/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-105/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_106_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-106/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-106/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_107_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-107/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-107/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_108_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-108/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-108/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_109_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-109/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-109/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_110_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-110/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-110/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_111_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-111/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-111/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_112_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-112/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-112/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_113_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-113/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-113/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_114_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-114/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-114/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_115_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-115/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-115/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_116_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-116/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-116/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_117_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-117/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-117/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_118_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-118/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-118/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_119_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-119/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-119/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_120_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-120/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-120/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_121_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-121/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-121/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_122_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-122/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-122/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_123_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-123/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-123/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_124_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-124/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-124/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_125_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-125/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-125/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_126_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-126/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-126/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_127_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-127/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-127/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_128_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-128/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-128/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_129_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-129/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-129/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_130_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-130/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-130/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_131_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-131/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-131/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_132_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-132/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-132/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_133_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-133/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-133/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_134_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-134/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-134/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_135_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-135/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-135/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_136_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-136/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-136/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_137_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-137/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-137/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_138_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-138/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-138/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_139_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-139/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-139/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_140_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-140/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-140/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_141_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-141/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-141/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_142_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-142/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-142/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_143_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-143/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-143/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_144_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-144/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-144/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_145_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-145/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-145/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_146_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-146/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-146/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_147_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-147/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-147/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_148_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-148/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-148/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_149_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-149/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-149/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_150_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-150/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-150/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_151_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-151/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-151/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_152_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-152/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-152/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_153_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-153/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-153/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_154_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-154/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-154/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_155_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-155/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-155/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_156_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-156/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-156/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_157_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-157/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-157/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_158_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-158/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-158/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_159_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-159/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-159/heldout.jsonl', import.meta.url)),
} as const;

export const INDEPENDENT_160_PATHS = {
  tune: fileURLToPath(new URL('../test/fixtures/dlp-independent-160/tune.jsonl', import.meta.url)),
  heldout: fileURLToPath(new URL('../test/fixtures/dlp-independent-160/heldout.jsonl', import.meta.url)),
} as const;

/** Loads the corpus, optionally one split. */
export function loadMailCases(split?: 'tune' | 'heldout', path = MAIL_CASES_PATH): MailCase[] {
  const all = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as MailCase);
  return split ? all.filter((c) => c.split === split) : all;
}

/** The text a detector is given for a case (HTML converted as the engine converts mail bodies). */
export const caseText = (c: MailCase): string => (c.format === 'html' ? htmlToText(c.text) : c.text);

/** Our engine as a detector: every finding of scanText, whatever its score. */
export const oursDetect: Detect = (text) => scanText(text).map((f) => ({ entity: f.classifier, start: f.start, end: f.end }));

type Counts = { tp: number; fp: number; fn: number };
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const add = (a: Counts, b: Counts) => {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
};
/** Precision, recall and F1 of counts (1 when there is nothing to get wrong). */
export function rates({ tp, fp, fn }: Counts): Score {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { tp, fp, fn, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * Matches found spans to labels one-to-one: same entity and overlapping spans, greedily in order
 * of start. Returns the unmatched labels and the unmatched findings.
 */
export function match(labels: readonly Span[], found: readonly Span[]): { matched: Span[]; missed: Span[]; extra: Span[] } {
  const used = new Set<number>();
  const matched: Span[] = [];
  const missed: Span[] = [];
  const sortedFound = [...found].sort((a, b) => a.start - b.start);
  for (const l of [...labels].sort((a, b) => a.start - b.start)) {
    const i = sortedFound.findIndex((f, k) => !used.has(k) && f.entity === l.entity && f.start < l.end && l.start < f.end);
    if (i < 0) missed.push(l);
    else {
      used.add(i);
      matched.push(l);
    }
  }
  return { matched, missed, extra: sortedFound.filter((_, k) => !used.has(k)) };
}

/** Scores a detector on cases. Only the entities the corpus labels are counted (word classifiers are ignored). */
export function scoreMail(cases: readonly MailCase[], detect: Detect, entities: ReadonlySet<string> = LABELLED): MailReport {
  const byEntity = new Map<string, Counts>();
  const byCategory = new Map<string, Counts>();
  const micro = zero();
  const realistic = zero();
  const disagreements: MailDisagreement[] = [];
  const ent = (e: string) => byEntity.get(e) ?? byEntity.set(e, zero()).get(e)!;
  for (const c of cases) {
    const text = caseText(c);
    const found = detect(text).filter((f) => entities.has(f.entity));
    const { matched, missed, extra } = match(c.labels, found);
    const counts = { tp: matched.length, fp: extra.length, fn: missed.length };
    for (const s of matched) ent(s.entity).tp++;
    for (const s of missed) ent(s.entity).fn++;
    for (const s of extra) ent(s.entity).fp++;
    add(micro, counts);
    add(byCategory.get(c.category) ?? byCategory.set(c.category, zero()).get(c.category)!, counts);
    if (c.category !== 'negative' && c.category !== 'evasion') add(realistic, counts);
    if (missed.length || extra.length) disagreements.push({ id: c.id, category: c.category, text, missed, extra });
  }
  const cat = (k: string) => rates(byCategory.get(k) ?? zero());
  return {
    cases: cases.length,
    micro: rates(micro),
    byEntity: new Map([...byEntity].sort((a, b) => a[0].localeCompare(b[0])).map(([k, s]) => [k, rates(s)])),
    byCategory: new Map(CATEGORIES.filter((k) => byCategory.has(k)).map((k) => [k, cat(k)])),
    realisticF1: rates(realistic).f1,
    negativePrecision: cat('negative').p,
    evasionRecall: cat('evasion').r,
    disagreements,
  };
}

/** The entities the corpus labels: the pattern-type built-in classifiers. */
export const LABELLED: ReadonlySet<string> = new Set([
  'credit-card',
  'track-data',
  'us-ssn',
  'us-itin',
  'aba-routing',
  'us-bank-account',
  'iban',
  'swift-bic',
  'cusip',
  'us-passport',
  'us-drivers-license',
  'uk-nino',
  'uk-nhs',
  'ca-sin',
  'dea-number',
  'npi',
  'ndc',
  'icd-10',
  'email-address',
  'us-phone',
  'ip-address',
]);

/**
 * Thresholds the lead may assert once the engine is fixed (aims from the brief). Kept here so a
 * test can import them: `expect(report.realisticF1).toBeGreaterThanOrEqual(AIMS.realisticF1)`.
 */
export const AIMS = { realisticF1: 0.97, negativePrecision: 0.95, evasionRecall: 0.9 } as const;

const f3 = (x: number) => x.toFixed(3);
const row = (name: string, s: Score) => `| ${name} | ${s.tp} | ${s.fp} | ${s.fn} | ${f3(s.p)} | ${f3(s.r)} | ${f3(s.f1)} |`;
const HEAD = '| TP | FP | FN | precision | recall | F1 |\n';
const RULE = '|---|---:|---:|---:|---:|---:|---:|';

/** The report as Markdown: headline lines, then per-entity and per-category tables. */
export function formatMailReport(title: string, rep: MailReport): string {
  const out = [
    `### ${title} (${rep.cases} cases)\n`,
    `- realistic micro-F1 (aim ≥ ${AIMS.realisticF1}): **${f3(rep.realisticF1)}**`,
    `- hard-negative precision (aim ≥ ${AIMS.negativePrecision}): **${f3(rep.negativePrecision)}**`,
    `- evasion recall (aim ≥ ${AIMS.evasionRecall}): **${f3(rep.evasionRecall)}**`,
    `- micro P/R/F1 over all: ${f3(rep.micro.p)} / ${f3(rep.micro.r)} / ${f3(rep.micro.f1)}\n`,
    `| entity ${HEAD}${RULE}`,
    ...[...rep.byEntity].map(([k, s]) => row(k, s)),
    '',
    `| category ${HEAD}${RULE}`,
    ...[...rep.byCategory].map(([k, s]) => row(k, s)),
  ];
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const split of ['tune', 'heldout'] as const)
    console.log(`${formatMailReport(`Mail corpus, ${split}`, scoreMail(loadMailCases(split), oursDetect))}\n`);
}
