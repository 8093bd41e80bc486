/** Template policies on sample messages: every folder under test/fixtures/dlp/ is one case. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicyFromTemplate, evaluatePolicies } from '../../../src/engine/dlp/index.ts';
import { parseEml } from '../../../src/engine/mailflow/eml.ts';
import type { DlpPolicy } from '../../../src/engine/config/schema/index.ts';
import { dlpPolicySchema } from '../../../src/engine/config/schema/dlp.ts';

const ROOT = join(import.meta.dirname, '../../fixtures/dlp');
const cases = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'message.eml')));

interface Expected {
  applicable: boolean;
  violated: boolean;
  severity: string;
  action: string | null;
  riskFactor: [number, number];
  classifiers: Record<string, [number, number]>;
}

describe('template policies on sample messages', () => {
  it('when the fixtures are listed, then there are cases to run', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('when %s is evaluated, then the verdict is as expected', async (name) => {
    const dir = join(ROOT, name);
    const spec = JSON.parse(readFileSync(join(dir, 'policy.json'), 'utf8'));
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const policy: DlpPolicy = { ...createPolicyFromTemplate(spec.template, undefined, 'Quarantine Message'), ...(spec.overrides ?? {}) };
    expect(dlpPolicySchema.safeParse(policy).success).toBe(true);
    const message = await parseEml(readFileSync(join(dir, 'message.eml')));
    const [v] = await evaluatePolicies([policy], message, {
      customClassifiers: spec.customClassifiers ?? [],
      dictionaries: spec.dictionaries ?? [],
    });
    const got = {
      applicable: v.applicable,
      violated: v.violated,
      severity: v.severity,
      action: v.action,
      riskFactor: v.riskFactor,
      classifiers: Object.fromEntries(v.classifiers.map((c) => [c.classifier, c.riskFactor])),
    };
    expect({ applicable: got.applicable, violated: got.violated, severity: got.severity, action: got.action }).toEqual({
      applicable: expected.applicable,
      violated: expected.violated,
      severity: expected.severity,
      action: expected.action,
    });
    expect(got.riskFactor, JSON.stringify(got)).toBeGreaterThanOrEqual(expected.riskFactor[0]);
    expect(got.riskFactor, JSON.stringify(got)).toBeLessThanOrEqual(expected.riskFactor[1]);
    for (const [id, [lo, hi]] of Object.entries(expected.classifiers)) {
      expect(got.classifiers[id], `${id} in ${JSON.stringify(got.classifiers)}`).toBeGreaterThanOrEqual(lo);
      expect(got.classifiers[id], `${id} in ${JSON.stringify(got.classifiers)}`).toBeLessThanOrEqual(hi);
    }
    if (v.violated) {
      const m = v.classifiers.flatMap((c) => c.matches)[0];
      if (m) expect(m.before.length + m.after.length).toBeGreaterThan(0);
    }
  });
});
