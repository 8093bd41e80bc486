/**
 * Several policies on one message share one extraction and one scan per part (evaluatePolicies):
 * every verdict must be exactly what that policy gets on its own, whichever classifiers the other
 * policies bring, and a scanner that remembers selections must never answer for a changed list.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicyFromTemplate, evaluatePolicies, extractMessageText, scanText, templates } from '../../../src/engine/dlp/index.ts';
import { evaluatePolicy } from '../../../src/engine/dlp/policy/evaluate-policy.ts';
import { parseEml } from '../../../src/engine/mailflow/eml.ts';
import type { DlpPolicy } from '../../../src/engine/config/schema/index.ts';
import type { PolicyVerdict } from '../../../src/engine/dlp/types.ts';

const ROOT = join(import.meta.dirname, '../../fixtures/dlp');
const messages = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'message.eml')));
const ctx = { customClassifiers: [], dictionaries: [] };

/** One policy per template (without a customisation to fill in), each with its template's classifiers. */
const policies: DlpPolicy[] = templates
  .filter((t) => t.classifiers.length > 0 && !t.customisation)
  .map((t) => createPolicyFromTemplate(t.id, undefined, 'Quarantine Message'));

/** What a verdict says, matched content included. */
const said = (v: PolicyVerdict) => JSON.stringify(v);

describe('evaluating several policies on one message', () => {
  it('when the sample messages and templates are listed, then there is something to compare', () => {
    expect(messages.length).toBeGreaterThan(10);
    expect(policies.length).toBeGreaterThan(5);
  });

  it.each(messages)('when every template policy is evaluated together on %s, then each verdict equals its own evaluation', async (name) => {
    const eml = readFileSync(join(ROOT, name, 'message.eml'));
    const together = await evaluatePolicies(policies, await parseEml(eml), ctx);
    for (const [i, policy] of policies.entries()) {
      const [alone] = await evaluatePolicies([policy], await parseEml(eml), ctx);
      expect(said(together[i]), policy.name).toBe(said(alone));
    }
    // In reverse order too: the first policy's classifiers are no longer the ones the parts were first scanned for.
    const reversed = await evaluatePolicies([...policies].reverse(), await parseEml(eml), ctx);
    expect(reversed.map(said).reverse()).toEqual(together.map(said));
    // Without the classifiers named up front, each part is scanned as each classifier asks for it.
    const message = await parseEml(eml);
    const parts = await extractMessageText(message);
    expect(policies.map((p) => said(evaluatePolicy(p, parts, message, ctx)))).toEqual(together.map(said));
  });
});

describe('the scanner reading a list of classifiers', () => {
  const text = 'Card 4111 1111 1111 1111 exp 09/29, social security number 536-22-8714 for the payroll file.';

  it('when a list is changed in place between two scans, then the second scan uses what the list says now', () => {
    const ids = ['credit-card'];
    expect(scanText(text, { classifiers: ids }).map((f) => f.classifier)).toEqual(['credit-card']);
    ids[0] = 'us-ssn';
    expect(scanText(text, { classifiers: ids }).map((f) => f.classifier)).toEqual(['us-ssn']);
  });

  it('when the same classifiers come as a frozen list, then the findings are the same as from a fresh one', () => {
    const frozen = Object.freeze(['us-ssn', 'credit-card']);
    const first = scanText(text, { classifiers: frozen });
    expect(first.map((f) => f.classifier).sort()).toEqual(['credit-card', 'us-ssn']);
    expect(scanText(text, { classifiers: frozen })).toEqual(first);
    expect(scanText(text, { classifiers: ['us-ssn', 'credit-card'] })).toEqual(first);
  });
});
