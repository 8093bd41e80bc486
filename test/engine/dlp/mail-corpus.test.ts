/**
 * The labelled mail corpus (test/fixtures/dlp-mail) is well formed: enough cases, exact spans of
 * valid values, unique ids, both splits in every category, and the file is what the generator
 * writes. It does not assert the engine's accuracy (being fixed in parallel): `accuracyReports`
 * below is where threshold assertions go once it is (see AIMS in bench/mail-accuracy.ts).
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, LABELLED, caseText, loadMailCases, oursDetect, scoreMail, type MailReport } from '../../../bench/mail-accuracy.ts';
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
        // Track data begins and ends with its sentinels; everything else with a letter or digit.
        if (l.entity === 'track-data') expect(/^[%;].*\?$/.test(s), c.id).toBe(true);
        else expect(/^[\p{L}\p{N}(+].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/su.test(s), `${c.id} ${JSON.stringify(s)}`).toBe(true);
      }
    }
  });
});

/** The engine's current reports on both splits; threshold assertions against AIMS can be added here. */
const accuracyReports = (): Record<'tune' | 'heldout', MailReport> => ({
  tune: scoreMail(loadMailCases('tune'), oursDetect),
  heldout: scoreMail(loadMailCases('heldout'), oursDetect),
});

describe('mail corpus accuracy (scored, not yet asserted)', () => {
  it('when scanText runs on both splits then the harness reports every headline number', () => {
    const reports = accuracyReports();
    for (const rep of Object.values(reports)) {
      for (const x of [rep.realisticF1, rep.negativePrecision, rep.evasionRecall, rep.micro.f1]) expect(x).toBeGreaterThanOrEqual(0);
      expect(rep.byCategory.size).toBe(CATEGORIES.length);
    }
  });
});
