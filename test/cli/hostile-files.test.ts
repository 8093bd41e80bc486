/**
 * `dlp check` and `dlp scan` on hostile input, as a table: every case exits non-zero with exactly
 * one line on standard error that names the file, and no stack trace; with --debug the stack is there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/engine/config/defaults.ts';
import { exportConfig, exportText } from '../../src/engine/config/export-import.ts';

const ROOT = join(import.meta.dirname, '../..');
const STACK_LINE = /^\s+at /m;

const dir = mkdtempSync(join(tmpdir(), 'dlp-hostile-'));
const BUNDLE = join(dir, 'dlp.mjs');

// The CLI bundled once (esbuild, which tsx itself runs on): some 50 runs through tsx would each
// transform the engine again, minutes on a shared machine. The real entry, through tsx, is run by
// cli.test.ts and by the last case here that checks a real message.
beforeAll(() => {
  const esbuild = join(ROOT, 'node_modules/.bin/esbuild');
  const r = spawnSync(
    esbuild,
    ['src/cli/main.ts', '--bundle', '--platform=node', '--format=esm', `--outfile=${BUNDLE}`, '--log-level=error'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`esbuild failed: ${r.stderr}`);
}, 120_000);

/** Runs the command line (the bundle, or through tsx); resolves with the exit code and output. */
const run = (args: string[], input = '', viaTsx = false) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const entry = viaTsx ? ['--import', 'tsx', 'src/cli/main.ts'] : [BUNDLE];
    const child = spawn(process.execPath, [...entry, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(input);
  });

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const HEAD = 'From: a@example.com\r\nTo: b@example.com\r\nSubject: Hello\r\nMIME-Version: 1.0\r\n';
let seed = 1234;
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
const utf16le = (s: string, bom: boolean) =>
  Uint8Array.from([...(bom ? [0xff, 0xfe] : []), ...Array.from(s).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
const deepMultipart = (depth: number) =>
  HEAD +
  Array.from({ length: depth }, (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`).join('') +
  'Content-Type: text/plain\r\n\r\nx\r\n';

const configText = exportText(exportConfig(defaultConfig(), '0.1.0', Date.UTC(2026, 0, 1)));
const goodConfig = file('config.json', configText);
const goodEml = file('good.eml', `${HEAD}\r\nNothing sensitive.\r\n`);
const missing = join(dir, 'no-such.eml');
const folder = join(dir, 'folder.eml');
mkdirSync(folder);

/** [case, message file, config file, the file the error line must name, what it must say]. */
const CASES: [string, string, string, string, RegExp][] = [
  ['an empty file', file('empty.eml', ''), goodConfig, 'empty.eml', /empty/],
  ['one byte', file('one.eml', 'x'), goodConfig, 'one.eml', /No message headers/],
  ['64 KB of random bytes', file('random.eml', randomBytes(65536)), goodConfig, 'random.eml', /No message headers/],
  ['NUL bytes', file('nul.eml', new Uint8Array(4096)), goodConfig, 'nul.eml', /No message headers/],
  ['UTF-16 text without a mark', file('utf16.eml', utf16le(`${HEAD}\r\nbody\r\n`, false)), goodConfig, 'utf16.eml', /No message headers/],
  ['headers only', file('headers.eml', HEAD), goodConfig, 'headers.eml', /no body/],
  ['no headers', file('noheaders.eml', 'Dear Bob,\nthe card is below.\n'), goodConfig, 'noheaders.eml', /No message headers/],
  ['a 500-deep nested multipart', file('deep.eml', deepMultipart(500)), goodConfig, 'deep.eml', /nested too deeply/],
  ['10 MB of one line', file('oneline.eml', 'a'.repeat(10 * 1024 * 1024)), goodConfig, 'oneline.eml', /No message headers/],
  ['25 MB (over the limit)', file('huge.eml', new Uint8Array(25 * 1024 * 1024)), goodConfig, 'huge.eml', /at most 20\.0 MB/],
  [
    'a real message of 21 MB (a large attachment)',
    file(
      'big.eml',
      `${HEAD}Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\n` +
        'Content-Type: application/pdf; name="scan.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n' +
        `${'A'.repeat(76)}\r\n`.repeat(290_000) +
        '--b--\r\n',
    ),
    goodConfig,
    'big.eml',
    /the file is 21\.\d MB; a message can be at most 20\.0 MB/,
  ],
  ['a folder without .eml files', folder, goodConfig, 'folder.eml', /the folder holds no \.eml files/],
  ['a missing file', missing, goodConfig, 'no-such.eml', /no such file/],
  ['a config that is not JSON', goodEml, file('bad.json', '{"format": "dlp-playground-config",'), 'bad.json', /not valid JSON/],
  ['an empty config', goodEml, file('empty.json', ''), 'empty.json', /empty/],
  ['a config that is not an export', goodEml, file('other.json', '{"hello": 1}'), 'other.json', /not a configuration exported.*\$\.format/],
  [
    'a config with many invalid fields',
    goodEml,
    file('invalid.json', configText.replace('"enabled": false', '"enabled": "yes"').replace(/"hostname": "[^"]*"/, '"hostname": 7')),
    'invalid.json',
    /not valid\. \$\./,
  ],
  [
    'a config nested 100,000 deep',
    goodEml,
    file('deep.json', '['.repeat(100_000) + ']'.repeat(100_000)),
    'deep.json',
    /too deeply nested \(more than 64 levels\) at \$\[0\]/,
  ],
  ['a UTF-16 config cut short', goodEml, file('cut.json', utf16le(configText, true).subarray(0, 999)), 'cut.json', /odd number of bytes/],
  [
    'a config that is a Latin-1 file',
    goodEml,
    file('latin1.json', Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])),
    'latin1.json',
    /Byte 3 is not valid UTF-8/,
  ],
  ['a missing config', goodEml, join(dir, 'nope.json'), 'nope.json', /no such file/],
  ['a config that is a directory', goodEml, dir, dir, /is a directory/],
];

describe('dlp check on hostile files', { timeout: 60_000 }, () => {
  it.concurrent.each(CASES)(
    'when the input is %s then one clear line names the file, with no stack',
    async (_, eml, config, named, says) => {
      const r = await run(['check', eml, '--config', config]);
      expect(r.status).not.toBe(0);
      expect(r.status).not.toBeNull();
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(named);
      expect(lines[0]).toMatch(says);
      expect(r.stderr).not.toMatch(STACK_LINE);
    },
  );

  it.concurrent.each(CASES)('when the input is %s and --debug is given then the stack trace is printed', async (_, eml, config) => {
    const r = await run(['check', eml, '--config', config, '--debug']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(STACK_LINE);
  });

  it.skipIf(process.getuid?.() === 0)('when the message file cannot be read then it says permission denied', async () => {
    const locked = file('locked.eml', `${HEAD}\r\nx\r\n`);
    chmodSync(locked, 0o000);
    const r = await run(['check', locked, '--config', goodConfig]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/locked\.eml: permission denied/)]);
  });

  it('when the config is a UTF-16LE export with its mark and the message is real then the check runs', async () => {
    const r = await run(['check', goodEml, '--config', file('utf16.json', utf16le(configText, true))], '', true);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ message: { subject: 'Hello' }, violated: false });
  });

  it.concurrent.each([
    [['check', goodEml, '--config'], /--config needs a file name/],
    [['check', '--config', goodConfig], /Usage: dlp check MESSAGE\.eml/],
    [['check', goodEml, '--config', goodConfig, '--verbose'], /Unknown option "--verbose"/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['scan'], /Usage: dlp scan --jsonl/],
  ])('when the arguments are %j then one line says what is wrong', async (args, says) => {
    const r = await run(args);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(says)]);
  });
});

describe('dlp scan --jsonl on malformed lines', { timeout: 60_000 }, () => {
  it('when some lines are malformed then each is answered, and one line on stderr names them and the exit is 1', async () => {
    const input = ['{"id":1,"text":"x"}', 'not json', '', '{"id":2}', '[[[[', '{"id":3,"text":"SSN 321-02-3456"}', '"just a string"'].join(
      '\n',
    );
    const r = await run(['scan', '--jsonl'], `${input}\n`);
    expect(r.status).toBe(1);
    const answers = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.line ?? null)).toEqual([null, 2, 4, 5, null, 7]);
    expect(answers[1].error).toMatch(/^Line 2: not valid JSON/);
    expect(answers[2]).toMatchObject({ id: 2, error: 'Line 4: the "text" field must be a string.' });
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/standard input: 4 of 7 lines were not valid requests \(lines 2, 4, 5, 7\)/),
    ]);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('when a line holds JSON nested 100,000 deep then it is one bad line, not a crash', async () => {
    const r = await run(['scan', '--jsonl'], `${'['.repeat(100_000)}${']'.repeat(100_000)}\n{"id":"a","text":"ok"}\n`);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/line 1\)/);
  });
});
