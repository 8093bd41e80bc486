import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/engine/config/defaults.ts';
import { validateConfig } from '../../../src/engine/config/validate.ts';
import type { ApplianceConfig, CustomClassifier } from '../../../src/engine/config/schema/index.ts';
import { createPolicyFromTemplate } from '../../../src/engine/dlp/index.ts';

const classifier = (pattern: string, exclude = ''): CustomClassifier => ({
  name: 'Project codes',
  description: '',
  proximity: 50,
  minimumTotalScore: 10,
  match: 'any',
  rules: [
    { type: 'words', words: ['project'], weight: 5, maxScore: 10 },
    { type: 'regex', pattern, exclude, weight: 10, maxScore: 20 },
  ],
});

const withClassifier = (c: CustomClassifier): ApplianceConfig => {
  const config = defaultConfig();
  config.dlp.customClassifiers = [c];
  return config;
};

const issues = (config: ApplianceConfig) => {
  const r = validateConfig(config);
  return r.ok ? [] : (r.error.issues ?? []);
};

describe('custom classifier patterns at Submit', () => {
  it('when the pattern is valid then the configuration is accepted', () => {
    expect(issues(withClassifier(classifier('PRJ-\\d{4}')))).toEqual([]);
  });

  it.each([
    ['an unclosed group', 'PRJ-(\\d{4}', 4],
    ['a nested repetition', 'PRJ-*+', 4],
    ['look-ahead', 'PRJ(?=\\d)', 3],
  ])("when the pattern has %s then it is refused at the rule's pattern with the position", (_what, pattern, position) => {
    const found = issues(withClassifier(classifier(pattern)));
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe('$.dlp.customClassifiers[0].rules[1].pattern');
    expect(found[0].message).toMatch(new RegExp(`^Position ${position + 1}: Invalid regular expression`));
  });

  it('when the pattern matches empty text then it is refused', () => {
    const found = issues(withClassifier(classifier('\\d*')));
    expect(found.map((i) => i.path)).toEqual(['$.dlp.customClassifiers[0].rules[1].pattern']);
    expect(found[0].message).toMatch(/matches empty text/);
  });

  it('when only the exclude pattern is invalid then it is refused at the exclude field', () => {
    const found = issues(withClassifier(classifier('PRJ-\\d{4}', '[0-')));
    expect(found.map((i) => i.path)).toEqual(['$.dlp.customClassifiers[0].rules[1].exclude']);
  });

  it('when a template policy has an invalid customised pattern then it is refused at that classifier', () => {
    const config = defaultConfig();
    config.dlp.messageActions = [
      {
        name: 'Deliver',
        description: '',
        primary: { kind: 'deliver' },
        copyToQuarantine: null,
        encryption: null,
        modifySubject: null,
        disclaimer: null,
        alternateHost: null,
        bcc: null,
        notification: null,
      },
    ];
    const policy = createPolicyFromTemplate('patient-id', undefined, 'Deliver');
    policy.classifiers[0].customPattern = 'P(\\d{6}';
    config.dlp.policies = [policy];
    expect(issues(config).map((i) => i.path)).toEqual(['$.dlp.policies[0].classifiers[0].customPattern']);
  });
});
