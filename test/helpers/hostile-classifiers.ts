/**
 * Seeded generators of hostile but valid custom classifiers and of odd messages, for the fuzz tests
 * of the custom classifier engine and of the mail flow. Every classifier handed out has passed the
 * real Submit validation (the whole configuration's schema with its reference and pattern checks),
 * so a failure is the engine's, never the generator's.
 */
import { mulberry32 } from '../../src/engine/model/random.ts';
import { defaultConfig } from '../../src/engine/config/defaults.ts';
import { validateConfig } from '../../src/engine/config/validate.ts';
import { registry } from '../../src/engine/dlp/classifiers/registry.ts';
import type { ApplianceConfig, CustomClassifier } from '../../src/engine/config/schema/index.ts';

type Dictionary = ApplianceConfig['dlp']['dictionaries'][number];
type Rule = CustomClassifier['rules'][number];

/** A seeded source of choices. */
export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Dictionaries with odd terms: blanks, astral characters, a lone surrogate, length-changing case, the 200-character maximum. */
export const oddDictionaries: Dictionary[] = [
  {
    name: 'Odd terms',
    terms: [' ', '😀', '\uD83D', 'İstanbul', 'ΟΔΟΣ', 'ß', 'x'.repeat(200), '12'],
    caseSensitive: false,
    wholeWords: true,
  },
  { name: 'Exact', terms: ['Secret', '4111', 'a b', ',', '\n'], caseSensitive: true, wholeWords: false },
  { name: 'Empty', terms: [], caseSensitive: false, wholeWords: false },
];

const WORDS = [
  'secret',
  'Secret',
  'project falcon',
  'İ',
  'ς',
  'σ',
  '😀',
  '👩‍💻',
  '\uDE00',
  ' , ',
  ',',
  'a,b\nc',
  '0',
  '9'.repeat(50),
  'é',
  '中文',
];
const WEIGHTS = [0, 0, 0.1, 0.4, 1, 5, 10, 20, 33.3, 60, 100, 250, 1e6, 1e308, Number.MAX_VALUE];
const PROXIMITIES = [1, 1, 2, 5, 10, 12, 50, 100, 100, 101, 500, 1000, 99_999, 100_000];
const MINIMUMS = [0, 0, 0.1, 0.5, 1, 10, 20, 50, 100, 101, 1000, 1e308, Number.MAX_VALUE];

/** One piece of the safe regex grammar (RE2 syntax); some compose to patterns Submit refuses, which are skipped. */
function piece(r: Rng): string {
  const m = r.int(0, 20);
  const n = m + r.int(0, 30);
  switch (r.int(0, 17)) {
    case 0:
      return `[0-9]{${m},${n}}`;
    case 1:
      return `[0-9]{${r.pick([1, 4, 12, 12, 13, 50, 100, 499, r.chance(0.2) ? 1000 : 120])},}`;
    case 2:
      return `\\d{${m}}`;
    case 3:
      return r.pick(['\\d+', '\\d*', '[0-9]?', '\\D+']);
    case 4:
      return r.pick(['[A-Z]{1,3}', '[a-z]+', '[[:alpha:]]+', '\\pL+', '\\w+', '[^ ]{2,}', '[😀-😂]', '\\x{1F600}']);
    case 5:
      return `(?:${r.pick(['foo', 'secret', '\\d{2}', '😀', 'ΟΔΟΣ'])}|${r.pick(['bar', '\\d{4}', 'İ', ''])})`;
    case 6:
      return r.pick(['^', '$', '\\b', '\\B', '(?m)^', '(?m)$', '\\A', '\\z']);
    case 7:
      return `(?:${r.pick(['-', ' ', '\\.', '\\d', 'x'])})?`;
    case 8:
      return r.pick(['.', '.+', '.*', '.{0,5}', '(?s).{3}', '(?s).+']);
    case 9:
      return r.pick(['secret', 'EMP-', 'confidential', 'ς', '中文', '👩‍💻']);
    case 10:
      return r.pick(['\\s', '\\s+', '\\n', '[\\s\\S]', '[,;:!?]']);
    case 11:
      return `(?i)${r.pick(['secret', 'İ', 'σ'])}`;
    case 12:
      return `(?:\\d{${m}}[- ]?){${r.int(1, 4)}}`;
    case 13:
      return r.pick(['[0-9]{12,}', '[0-9]{12,}', '\\d{3}-\\d{2}-\\d{4}']);
    case 14:
      return `(?:${piece(r)})${r.pick(['', '?', '+', '*', '{2}'])}`;
    case 15:
      return r.pick(['a*', 'x?', '(?:)', '\\b\\b']);
    case 16:
      return r.pick(['(a', '[z-a]', '(?<=a)b', 'a**', '\\']);
    default:
      return `${piece(r)}|${piece(r)}`;
  }
}

const pattern = (r: Rng): string => Array.from({ length: r.int(1, 4) }, () => piece(r)).join('');

function rule(r: Rng): Rule {
  const weight = r.pick(WEIGHTS);
  const maxScore = r.pick([0, 0, 0, ...WEIGHTS]);
  switch (r.int(0, 3)) {
    case 0:
      return { type: 'words', words: Array.from({ length: r.int(1, 3) }, () => r.pick(WORDS)), weight, maxScore };
    case 1:
      return { type: 'regex', pattern: pattern(r), exclude: r.chance(0.3) ? pattern(r) : '', weight, maxScore };
    case 2:
      return { type: 'dictionary', dictionary: r.pick(oddDictionaries).name, weight, maxScore };
    default: {
      const ids = registry().all.map((c) => c.def.id);
      return { type: 'entity', entity: r.chance(0.1) ? 'not-a-classifier' : r.pick(ids), weight, maxScore };
    }
  }
}

/** A random custom classifier, not yet validated. */
function classifier(r: Rng, i: number): CustomClassifier {
  return {
    name: `Hostile ${i}`,
    description: '',
    proximity: r.chance(0.2) ? r.int(1, 100_000) : r.pick(PROXIMITIES),
    minimumTotalScore: r.pick(MINIMUMS),
    match: r.pick(['any', 'all'] as const),
    rules: Array.from({ length: r.int(1, 5) }, () => rule(r)),
  };
}

/** A configuration holding `c` and the odd dictionaries, as Submit would validate it. */
export const configWith = (c: CustomClassifier): ApplianceConfig => {
  const base = defaultConfig();
  return { ...base, dlp: { ...base.dlp, customClassifiers: [c], dictionaries: oddDictionaries } };
};

/** `count` classifiers that Submit accepts, and how many were generated to find them. */
export function acceptedClassifiers(seed: number, count: number): { accepted: CustomClassifier[]; tried: number } {
  const r = new Rng(seed);
  const accepted: CustomClassifier[] = [];
  let tried = 0;
  while (accepted.length < count && tried < count * 20) {
    const c = classifier(r, tried++);
    if (validateConfig(configWith(c)).ok) accepted.push(c);
  }
  return { accepted, tried };
}

const UNICODE = ['é', 'İ', 'ΟΔΟΣ', 'ß', '中文', '😀', '👩‍💻', '🇫🇷', '\uD83D', '\uDE00', 'e\u0301', '\u200b', '\uFEFF'];
const PUNCTUATION = ['.', ',', ';', '!', '?', '-', '—', '(', ')', '"', "'", '<b>', '&amp;', '\t'];

function segment(r: Rng): string {
  switch (r.int(0, 5)) {
    case 0:
      return '0123456789'.charAt(r.int(0, 9)).repeat(r.int(0, 500));
    case 1:
      return Array.from({ length: r.int(0, 500) }, () => r.int(0, 9)).join('');
    case 2:
      return r.pick(['secret', 'Secret', 'project', 'falcon', 'confidential', 'SSN', '321-02-3456', '4111 1111 1111 1111', 'EMP-0001']);
    case 3:
      return r.pick(PUNCTUATION);
    case 4:
      return r.pick(['\n', '\r\n', ' ', '  ', '\n\n']);
    default:
      return r.pick(UNICODE);
  }
}

/** A random message body: empty, short, or long, mixing digit runs, words, punctuation, newlines and Unicode. */
export function randomMessage(r: Rng): string {
  const kind = r.int(0, 9);
  if (kind === 0) return '';
  const parts = kind === 9 ? r.int(60, 120) : r.int(1, 30);
  let s = '';
  for (let i = 0; i < parts; i++) s += segment(r) + (r.chance(0.6) ? ' ' : '');
  return s;
}
