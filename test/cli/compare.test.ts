/**
 * `dlp check PATH… --config COMMITTED.json --compare PENDING.json`: the lines name exactly the
 * messages whose outcome changes, the summary counts them, a broken file is reported and skipped.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, defaultEncryptionProfile } from '../../src/engine/config/defaults.ts';
import { exportConfig, exportText } from '../../src/engine/config/export-import.ts';
import type { ApplianceConfig, MessageAction } from '../../src/engine/config/schema/index.ts';
import { createPolicyFromTemplate } from '../../src/engine/dlp/index.ts';
import { messageAction } from '../helpers/message-action.ts';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'dlp-compare-'));

/** Runs the command line through tsx; resolves with the exit code, stdout (and its lines as JSON) and stderr. */
const run = (args: string[]) =>
  new Promise<{ status: number | null; stdout: string; lines: Record<string, unknown>[]; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => {
      const lines = stdout.startsWith('{') ? stdout.split('\n').filter(Boolean) : [];
      resolve({ status, stdout, lines: lines.map((l) => JSON.parse(l)), stderr });
    });
  });

const put = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

// ---- configurations: DLP off (factory), PCI quarantining, PCI encrypting --------------------------

const act = messageAction;

/** DLP on with the PCI-DSS template (every severity takes `action`) on the Default outgoing policy. */
function pciConfig(action: MessageAction): ApplianceConfig {
  const c = defaultConfig();
  c.quarantines.push({ ...c.quarantines[3]!, name: 'DLP Hold', system: false, defaultAction: 'release' });
  c.encryption = {
    ...c.encryption,
    enabled: true,
    licenseAccepted: true,
    adminEmail: 'admin@example.com',
    profiles: [defaultEncryptionProfile('CRES_HIGH')],
  };
  c.dlp = {
    ...c.dlp,
    enabled: true,
    licenseAccepted: true,
    policies: [createPolicyFromTemplate('pci-dss', 'PCI', action.name)],
    messageActions: [action],
  };
  c.outgoingPolicies.defaultPolicy.dlp = { mode: 'enabled', policies: ['PCI'] };
  return c;
}

const saveConfig = (name: string, config: ApplianceConfig) => put(name, exportText(exportConfig(config, '0.1.0', Date.UTC(2026, 0, 1))));
const OFF = saveConfig('off.json', defaultConfig());
const QUARANTINE = saveConfig('quarantine.json', pciConfig(act('Hold PCI', { primary: { kind: 'quarantine', quarantine: 'DLP Hold' } })));
const ENCRYPT = saveConfig(
  'encrypt.json',
  pciConfig(act('Encrypt PCI', { encryption: { rule: 'always', profile: 'CRES_HIGH', subject: '[SECURE] $Subject' } })),
);

// ---- messages: a folder of .eml files and an mbox -------------------------------------------------

const eml = (subject: string, body: string) =>
  `From: Alice <alice@example.com>\r\nTo: bob@partner.net\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
const CARD = 'Please charge my Visa 4012 8888 8888 1881, expiry 08/27.';
const CLEAN = 'Lunch at noon on Friday?';

mkdirSync(join(dir, 'mail/2024'), { recursive: true });
put('mail/card.eml', eml('Card order', CARD));
put('mail/clean.eml', eml('Lunch', CLEAN));
put('mail/2024/old-card.eml', eml('Old card', CARD));
const MAIL = join(dir, 'mail');
// The second message's body has an escaped ">From " line: un-escaped, it is still a message, not a separator.
const MBOX = put(
  'archive.mbox',
  [
    eml('Box clean', CLEAN),
    eml('Box card', `>From the desk of Alice:\r\n${CARD}`),
    eml('Box also clean', 'Minutes attached.'),
    eml('Box card again', CARD),
  ]
    .map((m) => `From alice@example.com Mon Jan  1 10:00:00 2024\r\n${m}\r\n`)
    .join(''),
);

/** What a change line says, short: file (relative), mbox index, subject, label before → after. */
const changes = (lines: Record<string, unknown>[]) =>
  lines
    .filter((l) => 'file' in l)
    .map((l) => {
      const side = (s: unknown) => (s as { label: string }).label;
      return [(l.file as string).slice(dir.length + 1), l.index ?? null, l.subject, side(l.before), side(l.after)];
    });
const summary = (lines: Record<string, unknown>[]) => lines.at(-1)!;
const severities = (before: number[], after: number[]) =>
  Object.fromEntries(['critical', 'high', 'medium', 'low', 'none'].map((s, i) => [s, { before: before[i], after: after[i] }]));

describe('dlp check --compare', { timeout: 120_000 }, () => {
  it('when DLP goes from off to quarantining PCI then exactly the card messages change, and the summary counts them', async () => {
    const r = await run(['check', MAIL, MBOX, '--config', OFF, '--compare', QUARANTINE]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(changes(r.lines)).toEqual([
      ['mail/2024/old-card.eml', null, 'Old card', 'Delivered', 'Quarantined (DLP Hold)'],
      ['mail/card.eml', null, 'Card order', 'Delivered', 'Quarantined (DLP Hold)'],
      ['archive.mbox', 2, 'Box card', 'Delivered', 'Quarantined (DLP Hold)'],
      ['archive.mbox', 4, 'Box card again', 'Delivered', 'Quarantined (DLP Hold)'],
    ]);
    expect(r.lines[0]).toMatchObject({
      before: { outcome: 'delivered', severity: 'none', policy: null },
      after: { outcome: 'quarantined', target: 'DLP Hold', severity: 'critical', policy: 'PCI', action: 'Hold PCI' },
    });
    expect(r.lines).toHaveLength(5);
    expect(summary(r.lines)).toEqual({
      messages: 7,
      changed: 4,
      failed: 0,
      outcomes: { Delivered: { before: 7, after: 3 }, 'Quarantined (DLP Hold)': { before: 0, after: 4 } },
      severities: severities([0, 0, 0, 0, 7], [4, 0, 0, 0, 3]),
    });
  });

  it('when quarantining becomes encrypting then the card messages show "Encrypted (CRES_HIGH)" and keep their severity', async () => {
    const r = await run(['check', join(MAIL, 'card.eml'), join(MAIL, 'clean.eml'), '--config', QUARANTINE, '--compare', ENCRYPT]);
    expect(r.status).toBe(0);
    expect(changes(r.lines)).toEqual([['mail/card.eml', null, 'Card order', 'Quarantined (DLP Hold)', 'Encrypted (CRES_HIGH)']]);
    expect(summary(r.lines)).toMatchObject({
      messages: 2,
      changed: 1,
      outcomes: {
        Delivered: { before: 1, after: 1 },
        'Quarantined (DLP Hold)': { before: 1, after: 0 },
        'Encrypted (CRES_HIGH)': { before: 0, after: 1 },
      },
      severities: severities([1, 0, 0, 0, 1], [1, 0, 0, 0, 1]),
    });
  });

  it('when a configuration is compared with itself then nothing changed, though violations were found', async () => {
    const r = await run(['check', MAIL, MBOX, '--config', QUARANTINE, '--compare', QUARANTINE]);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(summary(r.lines)).toMatchObject({
      messages: 7,
      changed: 0,
      failed: 0,
      outcomes: { 'Quarantined (DLP Hold)': { before: 4, after: 4 } },
    });
  });

  it('when a folder holds a broken .eml then one stderr line names it, the rest are compared, and the exit code is 1', async () => {
    mkdirSync(join(dir, 'with-broken'));
    put('with-broken/a-card.eml', eml('Card order', CARD));
    put('with-broken/b-broken.eml', 'Dear Bob, this is not a message.\n');
    put('with-broken/c-clean.eml', eml('Lunch', CLEAN));
    const r = await run(['check', join(dir, 'with-broken'), '--config', OFF, '--compare', ENCRYPT]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^dlp: .*with-broken\/b-broken\.eml: .*No message headers/)]);
    expect(changes(r.lines)).toEqual([['with-broken/a-card.eml', null, 'Card order', 'Delivered', 'Encrypted (CRES_HIGH)']]);
    expect(summary(r.lines)).toMatchObject({ messages: 2, changed: 1, failed: 1 });
  });

  it('when the --compare file is missing then one line names it and nothing is compared', async () => {
    const r = await run(['check', MAIL, '--config', OFF, '--compare', join(dir, 'pending.json')]);
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/pending\.json: no such file$/)]);
  });

  it('when the --config file is not an export then one line names it and nothing is compared', async () => {
    const r = await run(['check', MAIL, '--config', put('other.json', '{"hello": 1}'), '--compare', OFF]);
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/other\.json: .*not a configuration exported/)]);
  });

  it('when help is asked for then the usage names --compare', async () => {
    const r = await run(['check', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/dlp check PATH… --config COMMITTED\.json --compare PENDING\.json/);
    expect(r.stderr).toBe('');
  });
});
