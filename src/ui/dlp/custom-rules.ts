/** Custom classifier rules as the form edits them: the four rule types, fresh rules and colours. */
import type { CustomClassifier } from '../../engine/config/schema/index.ts';

export type Rule = CustomClassifier['rules'][number];
export type RuleType = Rule['type'];

/** Rule types as Add Custom Classifier names them. */
export const RULE_TYPES: readonly { value: RuleType; label: string }[] = [
  { value: 'words', label: 'Words or Phrases' },
  { value: 'regex', label: 'Regular Expression' },
  { value: 'dictionary', label: 'Dictionary' },
  { value: 'entity', label: 'Entity' },
];

/** A new rule of a type, keeping the weight and max score of the rule it replaces. */
export function freshRule(type: RuleType, keep: { weight: number; maxScore: number } = { weight: 10, maxScore: 20 }): Rule {
  const { weight, maxScore } = keep;
  switch (type) {
    case 'words':
      return { type, words: [], weight, maxScore };
    case 'regex':
      return { type, pattern: '', exclude: '', weight, maxScore };
    case 'dictionary':
      return { type, dictionary: '', weight, maxScore };
    case 'entity':
      return { type, entity: 'credit-card', weight, maxScore };
  }
}

/** A new classifier with one empty regular expression rule. */
export const freshClassifier = (): CustomClassifier => ({
  name: '',
  description: '',
  proximity: 100,
  minimumTotalScore: 10,
  match: 'any',
  rules: [freshRule('regex')],
});

/** How many distinct rule colours the playground cycles through. */
export const RULE_COLOURS = 6;

/** The CSS class of rule `i`'s highlight colour. */
export const ruleClass = (i: number): string => `dlp-rule-${i % RULE_COLOURS}`;
