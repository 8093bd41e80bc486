/**
 * The built command line (bin/dlp.cjs → dist-cli/): --help for each command, and `dlp check` on
 * many messages — folders, mbox files and files in one run, one line each in input order, then a
 * summary; an unreadable message on standard error without stopping the others; worker threads
 * giving the same lines as this thread; `scan --jsonl` answering line by line; the code cache.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePciDropConfig } from '../helpers/pci-drop-config.ts';

const ROOT = join(import.meta.dirname, '../..');

/** Runs bin/dlp.cjs with `env` added; the exit code and output. */
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['bin/dlp.cjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
const jsonLines = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

// Built here, not found built: the test runs the CLI of the sources under test.
beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the CLI build failed: ${r.stderr}`);
}, 120_000);

describe('dlp --help', () => {
  it.each([
    [[], /dlp check PATH… --config FILE\.json/],
    [['scan'], /Usage: dlp scan --jsonl/],
    [['check'], /dlp check PATH… --config EXPORTED\.json[\s\S]*summary line/],
    [['schema'], /Usage: dlp schema/],
  ])('when "dlp %j --help" runs, then it explains the command and succeeds', (command, says) => {
    const r = run([...command, '--help']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(says);
  });
});

describe('dlp check on many messages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-many-'));
  const configPath = writePciDropConfig(dir);
  const body = (i: number) => (i % 2 ? `Card 4012 8888 8888 1881 exp 08/27 for order ${i}.` : `Lunch at ${i}?`);
  const eml = (i: number) => `From: a@example.com\nTo: b@partner.net\nSubject: Message ${i}\nMIME-Version: 1.0\n\n${body(i)}\n`;
  // A folder of 6 (sorted by path, one in a sub-folder), an mbox of 3, a lone file: 10 messages.
  const folder = join(dir, 'mail');
  mkdirSync(join(folder, 'sub'), { recursive: true });
  for (let i = 0; i < 6; i++) writeFileSync(join(folder, i < 4 ? '' : 'sub', `m${i}.eml`), eml(i));
  const mbox = join(dir, 'archive.mbox');
  writeFileSync(mbox, [6, 7, 8].map((i) => `From a@example.com Mon Jan  1 00:00:00 2024\n${eml(i)}\n`).join(''));
  const lone = join(dir, 'lone.eml');
  writeFileSync(lone, eml(9));
  const expected = [
    ...[0, 1, 2, 3].map((i) => ({ file: join(folder, `m${i}.eml`), index: undefined, subject: `Message ${i}` })),
    ...[4, 5].map((i) => ({ file: join(folder, 'sub', `m${i}.eml`), index: undefined, subject: `Message ${i}` })),
    ...[6, 7, 8].map((i) => ({ file: mbox, index: i - 5, subject: `Message ${i}` })),
    { file: lone, index: undefined, subject: 'Message 9' },
  ];

  it('when a folder, an mbox and a file are checked, then each message is one line in input order and a summary ends', () => {
    const r = run(['check', folder, mbox, lone, '--config', configPath]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(11);
    expect(lines.slice(0, 10).map((l) => ({ file: l.file, index: l.index, subject: (l.message as { subject: string }).subject }))).toEqual(
      expected,
    );
    expect(lines.slice(0, 10).map((l) => l.violated)).toEqual(expected.map((_, i) => i % 2 === 1));
    expect(lines[1]).toMatchObject({ verdict: { policy: 'PCI', severity: 'critical' }, policies: [{ policy: 'PCI' }] });
    expect(lines[10]).toMatchObject({ messages: 10, violated: 5, severities: { critical: 5, high: 0 }, failed: 0 });
    expect(lines[10].seconds).toEqual(expect.any(Number));
  });

  it('when worker threads are forced (this thread checking too), then their lines equal the lines of the in-thread run', () => {
    const inThread = run(['check', folder, mbox, lone, '--config', configPath], { DLP_WORKERS: '0' });
    for (const workers of ['1', '2']) {
      const pooled = run(['check', folder, mbox, lone, '--config', configPath], { DLP_WORKERS: workers });
      expect(pooled.stderr).toBe('');
      expect(pooled.status).toBe(0);
      expect(jsonLines(pooled.stdout).slice(0, -1)).toEqual(jsonLines(inThread.stdout).slice(0, -1));
      expect(jsonLines(pooled.stdout).slice(0, -1)).toHaveLength(10);
    }
  });

  it('when a message cannot be read, then one line on stderr names it, the others are output and the exit is 1', () => {
    const bad = join(dir, 'bad.eml');
    writeFileSync(bad, 'no headers at all\n');
    for (const workers of ['0', '2']) {
      const r = run(['check', lone, bad, join(dir, 'missing.eml'), mbox, '--config', configPath], { DLP_WORKERS: workers });
      expect(r.status).toBe(1);
      expect(r.stderr.trimEnd().split('\n')).toEqual([
        expect.stringMatching(/^dlp: .*bad\.eml: .*No message headers/),
        expect.stringMatching(/^dlp: .*missing\.eml: no such file/),
      ]);
      const lines = jsonLines(r.stdout);
      expect(lines.map((l) => l.file)).toEqual([lone, mbox, mbox, mbox, undefined]);
      expect(lines.at(-1)).toMatchObject({ messages: 4, failed: 2 });
    }
  });

  it('when one message file is checked, then the output is the single indented verdict as before', () => {
    const r = run(['check', lone, '--config', configPath]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"message": \{\n {4}"file": /);
    expect(JSON.parse(r.stdout)).toMatchObject({
      message: { file: lone, subject: 'Message 9' },
      violated: true,
      verdict: { policy: 'PCI' },
    });
  });

  it('when DLP_WORKERS is not a number, then one line says so', () => {
    const r = run(['check', folder, '--config', configPath], { DLP_WORKERS: 'many' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dlp: DLP_WORKERS must be a whole number/);
  });
});

describe('dlp scan --jsonl, built', () => {
  it('when a caller waits for each answer before writing the next line, then each comes back on its own', async () => {
    const child = spawn(process.execPath, ['bin/dlp.cjs', 'scan', '--jsonl'], { cwd: ROOT });
    let out = '';
    let wake = () => {};
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      wake();
    });
    const exited = new Promise((r) => child.on('exit', r));
    /** Resolves once `n` answer lines are out; fails if the command ends first. */
    const answered = (n: number) =>
      Promise.race([
        new Promise<void>((resolve) => {
          wake = () => (out.split('\n').length > n ? resolve() : undefined);
          wake();
        }),
        exited.then(() => Promise.reject(new Error(`the command ended after ${out.split('\n').length - 1} answers`))),
      ]);
    for (let i = 1; i <= 3; i++) {
      child.stdin.write(`${JSON.stringify({ id: i, text: `SSN 321-02-345${i}` })}\n`);
      await answered(i);
    }
    child.stdin.end();
    await exited;
    expect(jsonLines(out).map((a) => a.id)).toEqual([1, 2, 3]);
  }, 60_000);
});

describe('the built command line', () => {
  it('when built, then the three postal-mime decoders join their lines without a Blob', () => {
    const bundles = readdirSync(join(ROOT, 'dist-cli')).filter((f) => f.endsWith('.cjs'));
    const code = bundles.map((f) => readFileSync(join(ROOT, 'dist-cli', f), 'utf8')).join('\n');
    expect(code.match(/joinChunks(\$\d+)?\(this\.chunks\)/g)).toHaveLength(3);
    expect(code).not.toContain('new Blob(this.chunks');
  });

  it('when built, then every bundle is ASCII (V8 keeps its source one byte a character, read without decoding)', () => {
    const bundles = readdirSync(join(ROOT, 'dist-cli')).filter((f) => f.endsWith('.cjs'));
    const nonAscii = bundles.filter((f) => readFileSync(join(ROOT, 'dist-cli', f)).some((byte) => byte > 0x7f));
    expect(nonAscii).toEqual([]);
  });

  it('when the build has run, then every bundle a command loads comes from its code cache', () => {
    const script = `process.argv = [process.argv[0], 'dlp', 'scan', '--help'];
      const loader = require('./bin/load-cached.cjs');
      loader.runCached('main.cjs');
      process.on('exit', () => console.error(JSON.stringify(loader.loadedFiles())));`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const files = JSON.parse(r.stderr) as { file: string; fromCache: boolean }[];
    expect(files.map((f) => f.file)).toContainEqual(expect.stringMatching(/dist-cli\/main\.cjs$/));
    expect(files.filter((f) => !f.fromCache)).toEqual([]);
  });

  it('when a configuration has a pattern, then the built command matches it, loading re2js for that run only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlp-re2js-'));
    const plain = writePciDropConfig(dir);
    const exported = JSON.parse(readFileSync(plain, 'utf8')) as {
      config: { dlp: { customClassifiers: unknown[]; policies: { classifiers: unknown[] }[] } };
    };
    const rule = { type: 'regex', pattern: 'ORD-[0-9]{6}', exclude: '', weight: 1, maxScore: 5 };
    exported.config.dlp.customClassifiers = [
      { name: 'Order IDs', description: '', proximity: 50, minimumTotalScore: 1, match: 'any', rules: [rule] },
    ];
    exported.config.dlp.policies[0]!.classifiers.push({ classifier: 'custom:Order IDs', customPattern: '', customPhrases: [] });
    const withPattern = join(dir, 'pattern.json');
    writeFileSync(withPattern, JSON.stringify(exported));
    const message = join(dir, 'order.eml');
    writeFileSync(message, 'From: a@example.com\nTo: b@partner.net\nSubject: Order\n\nYour order ORD-123456 shipped.\n');
    /** `dlp check` on the message under `config`: its output and the bundles it loaded. */
    const check = (config: string) => {
      const script = `process.argv = [process.argv[0], 'dlp', 'check', ${JSON.stringify(message)}, '--config', ${JSON.stringify(config)}];
        const loader = require('./bin/load-cached.cjs');
        loader.runCached('main.cjs');
        process.on('exit', () => console.error(JSON.stringify(loader.loadedFiles().map((f) => f.file))));`;
      const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      return { out: r.stdout, files: JSON.parse(r.stderr) as string[] };
    };
    const matched = check(withPattern);
    expect(matched.out).toContain('Order IDs (Body (text)): Matched');
    expect(matched.files).toContainEqual(expect.stringMatching(/dist-cli\/re2js\.cjs$/));
    const without = check(plain);
    expect(without.out).not.toContain('Order IDs');
    expect(without.files.filter((f) => f.includes('re2js'))).toEqual([]);
  });

  it('when one message is checked, then its answer is written without process.stdout, node:fs/promises or node:os', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlp-one-'));
    const config = writePciDropConfig(dir);
    const message = join(dir, 'card.eml');
    writeFileSync(message, 'From: a@example.com\nTo: b@partner.net\nSubject: Card\n\nVisa 4111 1111 1111 1111 exp 09/28\n');
    // The modules Node loads for those (the stream classes, the thread pool's fs/promises, os).
    const script = `process.argv = [process.argv[0], 'dlp', 'check', ${JSON.stringify(message)}, '--config', ${JSON.stringify(config)}];
      require('./bin/load-cached.cjs').runCached('main.cjs');
      process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList)));`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ violated: true, message: { subject: 'Card' } });
    const loaded = JSON.parse(r.stderr) as string[];
    expect(loaded.filter((m) => /^NativeModule (stream|fs\/promises|os|internal\/fs\/sync_write_stream|net)$/.test(m))).toEqual([]);
  });

  it('when the reader of the answer has gone, then check ends quietly with exit code 0', async () => {
    const child = spawn(
      process.execPath,
      ['bin/dlp.cjs', 'check', join(ROOT, 'scripts/cli-warmup/message.eml'), '--config', join(ROOT, 'scripts/cli-warmup/config.json')],
      {
        cwd: ROOT,
      },
    );
    // Closed before the command has started: its write then fails with EPIPE.
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise((r) => child.on('exit', r));
    expect({ code, err }).toEqual({ code: 0, err: '' });
  }, 60_000);

  it('when a source is newer than the build, then bin/dlp.cjs builds again before running', () => {
    const inputs = JSON.parse(readFileSync(join(ROOT, 'dist-cli/inputs.json'), 'utf8')) as string[];
    expect(inputs).toContain('src/cli/main.ts');
    expect(inputs).toContain('src/engine/dlp/scan/wasm/scanner.as.ts');
    const builtAt = statSync(join(ROOT, 'dist-cli/main.cjs')).mtimeMs;
    const later = new Date(builtAt + 1000);
    utimesSync(join(ROOT, 'src/cli/cli-error.ts'), later, later);
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage:/);
    expect(statSync(join(ROOT, 'dist-cli/main.cjs')).mtimeMs).toBeGreaterThan(builtAt);
  }, 60_000);
});
