/**
 * The MIME-layer sets: whole messages written by authors who never read the engine, read and
 * extracted as the appliance reads them and every part scanned. Each tune half was inspected and
 * its failures fixed by class; each held-out half only ever scored in aggregate.
 * - test/fixtures/dlp-mime-3: transfer encodings, charsets, encoded words, simple attachments.
 *   Floors under what was measured when it was written in (tune F1 1.000, held-out 0.989).
 * - test/fixtures/dlp-mime-7: mail as clients and business systems write it (Outlook, Gmail and
 *   template HTML; xlsx, docx, pptx, rtf, Flate-compressed PDF, ics, vcf attachments; HR, AP,
 *   claims, pharmacy and PCI notifications; threads). When it came in: tune 0.956, held-out 0.957
 *   (6 negatives flagged in each half); after: 0.983, 0.979 (4 each: fictional 555-01xx numbers,
 *   which the earlier sets label as phone numbers, and a gift card beside a masked card's brand).
 */
import { describe, expect, it } from 'vitest';
import { loadMimeCases, MIME_SET_7_DIR, scoreMime } from '../../../bench/mime-accuracy.ts';

describe.each(['tune', 'heldout'] as const)('MIME-layer set, %s half', (half) => {
  it('when every message is read and scanned, then none is unreadable, no negative is flagged and F1 stays ≥ 0.97 (tune 0.98)', async () => {
    const cases = loadMimeCases(half);
    expect(cases.length).toBeGreaterThanOrEqual(70);
    const report = await scoreMime(cases);
    expect(report.unreadable).toBe(0);
    expect(report.flaggedNegatives).toBe(0);
    expect(report.micro.f1).toBeGreaterThanOrEqual(half === 'tune' ? 0.98 : 0.97);
  });
});

describe.each(['tune', 'heldout'] as const)('second MIME-layer set (clients and business systems), %s half', (half) => {
  it('when every message is read and scanned, then none is unreadable, at most 4 negatives are flagged and F1 stays ≥ 0.97', async () => {
    const cases = loadMimeCases(half, MIME_SET_7_DIR);
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const report = await scoreMime(cases, MIME_SET_7_DIR);
    expect(report.unreadable).toBe(0);
    expect(report.flaggedNegatives).toBeLessThanOrEqual(4);
    expect(report.micro.f1).toBeGreaterThanOrEqual(0.97);
  });
});
