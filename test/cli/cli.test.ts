/** The command line's contract: `scan --jsonl` line by line (bad lines included), `check` and `schema`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/engine/config/defaults.ts';
import { exportConfig, exportText } from '../../src/engine/config/export-import.ts';
import { exportJsonSchema } from '../../src/engine/config/export-schema.ts';
import { SCHEMA_FILE_ON_DISK } from '../../scripts/make-schema.ts';
import { strToU8, zipSync } from 'fflate';
import { writePciDropConfig } from '../helpers/pci-drop-config.ts';

const ROOT = join(import.meta.dirname, '../..');
const run = (args: string[], input = '') =>
  spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

describe('dlp scan --jsonl', () => {
  it('when lines are good and bad, then each gets one answer line in order and the run fails naming the bad lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'SSN: 321-02-3456' }),
      'not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: 'nothing here' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 'd', text: '😀 Visa 4012888888881881' }),
    ].join('\n');
    const r = run(['scan', '--jsonl'], `${input}\n`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^dlp: standard input: 3 of 6 lines were not valid requests \(lines 2, 3, 5\)/);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({ id: 'a', matches: [{ classifier: 'us-ssn', start: 5, end: 16, score: 80 }] });
    expect(lines[1]).toMatchObject({ id: null, line: 2, error: expect.stringMatching(/^Line 2: not valid JSON/) });
    expect(lines[2]).toMatchObject({ id: 'b', error: expect.stringMatching(/text/) });
    expect(lines[3]).toEqual({ id: 'c', matches: [] });
    expect(lines[4]).toMatchObject({ id: null, error: expect.any(String) });
    // Offsets are UTF-16 code units: the emoji counts as two.
    expect(lines[5].matches).toContainEqual({ classifier: 'credit-card', start: 8, end: 24, score: 80 });
  });

  it('when --jsonl is missing, then it prints usage and fails', () => {
    const r = run(['scan']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage/);
  });
});

describe('dlp check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-cli-'));
  const configPath = writePciDropConfig(dir);

  it('when a message carries a card with its expiry, then the verdict names the policy, severity and action', () => {
    const r = run(['check', join(ROOT, 'test/fixtures/dlp/pci-card-with-expiry/message.eml'), '--config', configPath]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      dlpEnabled: true,
      outgoingPolicy: 'Default Policy',
      dlpPolicies: ['PCI'],
      violated: true,
      verdict: { policy: 'PCI', severity: 'critical', action: 'Drop' },
    });
    expect(out.verdict.riskFactor).toBeGreaterThanOrEqual(90);
  });

  it('when a card sits in a zip inside a zip and another zip is encrypted, then the card is found and the locked file noted', () => {
    const nested = zipSync({ 'inner.zip': zipSync({ 'cards.csv': strToU8('name,card\nJ,Visa 4012 8888 8888 1881 exp 08/27') }) });
    const locked = zipSync({ 'secret.txt': strToU8('x') });
    for (let i = 0; i + 4 <= locked.length; i++) {
      const sig = new DataView(locked.buffer).getUint32(i, true);
      if (sig === 0x04034b50) locked[i + 6] |= 1;
      if (sig === 0x02014b50) locked[i + 8] |= 1;
    }
    const b64 = (d: Uint8Array) => Buffer.from(d).toString('base64');
    const attachment = (name: string, d: Uint8Array) =>
      `--b\r\nContent-Type: application/zip; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(d)}\r\n`;
    const eml = join(dir, 'zips.eml');
    writeFileSync(
      eml,
      'From: a@example.com\r\nTo: b@partner.net\r\nSubject: Files\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n' +
        `--b\r\nContent-Type: text/plain\r\n\r\nAttached.\r\n${attachment('archive.zip', nested)}${attachment('locked.zip', locked)}--b--\r\n`,
    );
    const r = run(['check', eml, '--config', configPath]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ violated: true, verdict: { policy: 'PCI', action: 'Drop' } });
    expect(out.notes).toContain('Unscannable attachment locked.zip › secret.txt: not scanned: encrypted (password-protected)');
  });

  it('when a real message without sensitive data is checked, then nothing is violated', () => {
    const r = run(['check', fileURLToPath(new URL('../fixtures/corpus/eml/attachment_pdf.eml', import.meta.url)), '--config', configPath]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ violated: false, verdict: null });
  });

  it('when the configuration file is not an export, then it explains and fails', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    const r = run(['check', join(ROOT, 'test/fixtures/dlp/pci-lone-card/message.eml'), '--config', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a configuration exported/);
  });

  it('when arguments are missing, then it prints usage and fails', () => {
    expect(run(['check', 'x.eml']).status).toBe(2);
  });
});

describe('dlp schema', () => {
  it('when run, then it prints the JSON Schema the site publishes, as JSON', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(exportJsonSchema());
    expect(r.stdout).toBe(readFileSync(SCHEMA_FILE_ON_DISK, 'utf8'));
  });

  it('when an export names the schema, then check reads it like any export', () => {
    const named = join(mkdtempSync(join(tmpdir(), 'dlp-cli-')), 'named.json');
    writeFileSync(named, exportText(exportConfig(defaultConfig(), '0.1.0', Date.UTC(2024, 0, 1), 'appliance-config.schema.json')));
    const r = run(['check', join(ROOT, 'test/fixtures/dlp/pci-lone-card/message.eml'), '--config', named]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dlpEnabled: false, violated: false });
  });

  it('when given an argument, then it says it takes none and fails; --help explains', () => {
    const r = run(['schema', 'extra']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dlp: dlp schema takes no arguments/);
    expect(run(['schema', '--help']).stdout).toMatch(/appliance-config\.schema\.json/);
  });
});
