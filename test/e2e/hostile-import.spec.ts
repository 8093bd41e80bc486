/**
 * Hostile files on the import pages: a configuration export saved as UTF-16 shows its real
 * changes; one nested 100,000 deep, or bytes that are not text, get a clear error and change
 * nothing; an .eml nested 500 multiparts deep is refused as nested too deeply.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures.ts';

const exported = readFileSync(new URL('../fixtures/config/dlp-actions.json', import.meta.url), 'utf8');
const utf16 = (s: string, bigEndian: boolean) => {
  const out = Buffer.alloc(2 + 2 * s.length);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    if (bigEndian) out.writeUInt16BE(s.charCodeAt(i), 2 + 2 * i);
    else out.writeUInt16LE(s.charCodeAt(i), 2 + 2 * i);
  }
  return out;
};

/** Chooses a file on System Administration > Configuration File. */
async function choose(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/json', buffer });
}

test('an export saved as UTF-8, UTF-16LE and UTF-16BE previews the same real changes, and the UTF-16LE one loads', async ({ page }) => {
  await open(page, '/system-administration/configuration-file');
  const preview = page.getByTestId('import-preview');
  await choose(page, 'utf8.json', Buffer.from(exported));
  await expect(preview).toContainText(/\d+ settings? would change/);
  const expected = (await preview.locator('.banner').innerText()).match(/(\d+) settings? would change/)![0];
  expect(expected).not.toMatch(/^0 /);
  const changes = await preview.innerText();

  for (const [name, bytes] of [
    ['utf16be.json', utf16(exported, true)],
    ['utf16le.json', utf16(exported, false)],
  ] as const) {
    await page.getByRole('button', { name: 'Cancel' }).click();
    await choose(page, name, bytes);
    await expect(preview, name).toContainText(`${name} is valid`);
    await expect(preview, name).toContainText(expected);
    expect((await preview.innerText()).replace(name, 'utf8.json'), name).toBe(changes);
  }
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await expect(page.getByTestId('commit-button')).toHaveText('Commit Changes (1)');
});

test('a file nested 100,000 deep, or bytes that are not text, get a clear error and nothing changes', async ({ page }) => {
  await open(page, '/system-administration/configuration-file');
  const banner = page.getByTestId('error-banner');
  for (const [name, bytes, message] of [
    [
      'deep-arrays.json',
      Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)),
      /too deeply nested \(more than 64 levels\) at \$\[0\]\[0\]/,
    ],
    ['deep-objects.json', Buffer.from('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)), /at \$\.a\.a\.a\.a\.a\.a\.a\.a…/],
    ['latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]), /not readable text .* Byte 3 is not valid UTF-8/],
    ['cut.json', utf16(exported, false).subarray(0, 301), /odd number of bytes/],
  ] as const) {
    await choose(page, name, bytes);
    await expect(banner, name).toContainText(message);
    await expect(banner, name).not.toContainText('call stack');
    await expect(page.getByText('Nothing was changed.'), name).toBeVisible();
    await expect(page.getByTestId('import-preview'), name).toHaveCount(0);
  }
  await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
});

test('an .eml nested 500 multiparts deep is refused as nested too deeply', async ({ page }) => {
  const head = 'From: a@example.com\r\nTo: b@example.com\r\nSubject: Deep\r\n';
  const body = Array.from({ length: 500 }, (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`).join('');
  await open(page, '/simulation/compose');
  await page
    .getByTestId('eml-input')
    .setInputFiles({ name: 'deep.eml', mimeType: 'message/rfc822', buffer: Buffer.from(head + body + 'x\r\n') });
  await expect(page.getByTestId('error-banner')).toContainText(/nested too deeply.*more than 50 levels/);
  await expect(page.getByLabel('Subject')).toHaveValue('');
});
