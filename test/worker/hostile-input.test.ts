/** The worker's answers to hostile files: a Result with the reason, and nothing changed. */
import { describe, expect, it } from 'vitest';
import { fresh } from '../helpers/fresh.ts';

const HEAD = 'From: a@example.com\r\nTo: b@example.com\r\nSubject: Deep\r\n';
const nestedEml = (depth: number) =>
  HEAD +
  Array.from({ length: depth }, (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`).join('') +
  'Content-Type: text/plain\r\n\r\nx\r\n';

describe('mail.importEml', () => {
  it.each([
    ['bytes', (s: string) => new TextEncoder().encode(s)],
    ['text (the raw MIME editor)', (s: string) => s],
  ])('when a 500-deep multipart arrives as %s then the answer says it is nested too deeply', async (_, as) => {
    const { svc } = await fresh();
    const r = await svc.mail.importEml(as(nestedEml(500)));
    expect(r).toMatchObject({ ok: false, error: { code: 'mail.eml-too-deep', message: expect.stringMatching(/more than 50 levels/) } });
  });

  it('when the file is headers only then the answer says the body is missing', async () => {
    const { svc } = await fresh();
    expect(await svc.mail.importEml(HEAD)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no body/) } });
  });
});

describe('config.submitAll and previewImport', () => {
  it('when the editor submits a value 100,000 levels deep then it is refused with the path and nothing is pending', async () => {
    const { svc } = await fresh();
    const { candidate } = await svc.config.view();
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const r = await svc.config.submitAll({ ...candidate, dlp: { ...candidate.dlp, policies: deep } });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'import.too-deep', message: expect.stringContaining('at $.dlp.policies[0][0][0][0][0][0]…') },
    });
    expect((await svc.config.view()).diff).toEqual([]);
  });

  it('when a file 100,000 levels deep is previewed or imported then both say so and nothing is pending', async () => {
    const { svc } = await fresh();
    const text = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    expect(await svc.config.previewImport(text)).toMatchObject({ ok: false, error: { code: 'import.too-deep' } });
    expect(await svc.config.importFile(text, 'deep.json')).toMatchObject({ ok: false, error: { code: 'import.too-deep' } });
    expect((await svc.config.view()).diff).toEqual([]);
  });
});
