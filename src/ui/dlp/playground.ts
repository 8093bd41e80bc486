/** Pure helpers of the pattern playground: sample texts and what a result highlights. */
import type { BuiltinPlaygroundResult, CustomPlaygroundResult } from '../../api/dlp.ts';
import { ruleClass } from './custom-rules.ts';

/** Ready-made sample texts, including the catastrophic-backtracking case. */
export const SAMPLES: readonly { id: string; label: string; text: () => string }[] = [
  {
    id: 'memo',
    label: 'Project memo',
    text: () =>
      'Hello team,\n\nThe confidential budget for project PRJ-2041 is attached; PRJ-2042 follows next week.\nPlease do not forward outside the company.\n\nRegards,\nDana',
  },
  {
    id: 'card',
    label: 'Card and SSN data',
    text: () => 'Customer: Joe Smith\nVisa 4111 1111 1111 1111 exp 08/27\nSSN: 321-02-3456, DOB 7/4/1980\nRouting number 021000021',
  },
  { id: 'stress', label: 'Stress test: 50,000 × “a” then “!”', text: () => `${'a'.repeat(50_000)}!` },
];

/** One highlight: offsets in the text and the CSS class of its colour. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly hover: string;
}

/** Highlights of a custom classifier result: one colour per rule. */
export const customHighlights = (r: CustomPlaygroundResult): Highlight[] =>
  r.matches.map((m) => ({
    start: m.start,
    end: m.end,
    className: ruleClass(m.rule),
    hover: `${m.explanation} (+${m.contribution}, running ${m.runningScore})`,
  }));

/** Highlights of a built-in classifier result. */
export const builtinHighlights = (r: BuiltinPlaygroundResult): Highlight[] =>
  r.findings.map((f) => ({
    start: f.start,
    end: f.end,
    className: ruleClass(f.score >= r.minimum ? 0 : 5),
    hover: `${f.explanation.pattern}; ${f.explanation.validation}${f.explanation.obfuscation ? `; ${f.explanation.obfuscation}` : ''}; score ${f.score}`,
  }));
