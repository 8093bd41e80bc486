/**
 * The labelled mail corpus (test/fixtures/dlp-mail) is well formed: enough cases, exact spans of
 * valid values, unique ids, both splits in every category, and the file is what the generator
 * writes; and the engine meets the aims (AIMS in bench/mail-accuracy.ts) on both splits:
 * a regression guard, not a tuning tool (held-out failures are never inspected one by one).
 */
import { describe, expect, it } from 'vitest';
import { AIMS, CATEGORIES, LABELLED, caseText, loadMailCases, oursDetect, scoreMail } from '../../../bench/mail-accuracy.ts';
import { makeCases } from '../../fixtures/dlp-mail/make-cases.ts';
import { validValue } from '../../fixtures/dlp-mail/values.ts';

const cases = loadMailCases();

describe('mail corpus', () => {
  it('when loaded then it has at least 400 cases with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(400);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('when the generator runs then it writes exactly the stored cases', () => {
    expect(makeCases()).toEqual(cases);
  });

  it('when split then every category has at least 30 cases and both splits', () => {
    for (const cat of CATEGORIES) {
      const of = cases.filter((c) => c.category === cat);
      expect(of.length, cat).toBeGreaterThanOrEqual(30);
      expect(of.some((c) => c.split === 'tune') && of.some((c) => c.split === 'heldout'), cat).toBe(true);
    }
  });

  it('when labelled then every label is a labelled entity inside its text, non-blank, not overlapping another of its entity', () => {
    for (const c of cases) {
      const text = caseText(c);
      for (const l of c.labels) {
        expect(LABELLED.has(l.entity), `${c.id} ${l.entity}`).toBe(true);
        expect(l.start >= 0 && l.start < l.end && l.end <= text.length, `${c.id} ${l.start}-${l.end}`).toBe(true);
        expect(/[\p{L}\p{N}]/u.test(text.slice(l.start, l.end)), c.id).toBe(true);
        const clash = c.labels.find((o) => o !== l && o.entity === l.entity && o.start < l.end && l.start < o.end);
        expect(clash, c.id).toBeUndefined();
      }
    }
  });

  it('when a value is labelled then it is valid for its entity (evasion undone first)', () => {
    for (const c of cases) {
      const text = caseText(c);
      for (const l of c.labels)
        expect(validValue(l.entity, text.slice(l.start, l.end)), `${c.id} ${l.entity} ${text.slice(l.start, l.end)}`).toBe(true);
    }
  });

  it('when a label is a value then it does not start or end with separators or punctuation', () => {
    for (const c of cases) {
      const text = caseText(c);
      for (const l of c.labels) {
        const s = text.slice(l.start, l.end);
        // Track data begins and ends with its sentinels; everything else with a letter or digit
        // (and the combining marks drawn on it).
        if (l.entity === 'track-data') expect(/^[%;].*\?$/.test(s), c.id).toBe(true);
        else expect(/^[\p{L}\p{N}(+].*[\p{L}\p{N}]\p{M}*$|^[\p{L}\p{N}]\p{M}*$/su.test(s), `${c.id} ${JSON.stringify(s)}`).toBe(true);
      }
    }
  });
});

describe('mail corpus accuracy', () => {
  const reports = { tune: scoreMail(loadMailCases('tune'), oursDetect), heldout: scoreMail(loadMailCases('heldout'), oursDetect) };
  it.each(['tune', 'heldout'] as const)('when scanText runs on the %s split then it meets the aims', (split) => {
    const rep = reports[split];
    expect(rep.byCategory.size).toBe(CATEGORIES.length);
    expect(rep.realisticF1).toBeGreaterThanOrEqual(AIMS.realisticF1);
    expect(rep.negativePrecision).toBeGreaterThanOrEqual(AIMS.negativePrecision);
    expect(rep.evasionRecall).toBeGreaterThanOrEqual(AIMS.evasionRecall);
  });
});
