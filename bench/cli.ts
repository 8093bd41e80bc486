/**
 * The command line as a user runs it (`node bin/dlp.cjs`, the built bundles with their code
 * cache): `check` on one small message against bare Node's start-up, and `check` on a folder of
 * 1,000 messages on one thread (DLP_WORKERS=0), as it runs by default, and with a worker thread per
 * core but one started at once. Fresh processes, interleaved rounds, medians of wall time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './throughput.ts';
import { poolSize } from '../src/cli/worker-threads.ts';

const CONFIG = 'scripts/cli-warmup/config.json';
const SMALL = 'scripts/cli-warmup/message.eml';

/** Wall milliseconds of `node args` with output discarded; throws when it fails. `env` undefined values unset a variable. */
function wallMs(args: readonly string[], env: Record<string, string | undefined> = {}): number {
  const start = performance.now();
  const merged = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined));
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: merged });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return ms;
}

/** A message file around a corpus text, so the folder is mail, not bare text. */
const asEml = (text: string, i: number) =>
  `From: sender${i}@example.com\r\nTo: partner${i % 37}@example.org\r\nSubject: Message ${i}\r\nMessage-ID: <bench-${i}@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text.replace(/\r?\n/g, '\r\n')}\r\n`;

export interface CliFigures {
  readonly bareNodeMs: number;
  readonly checkOneMs: number;
  /** When NODE_EXTRA_CA_CERTS is set (Node then parses those certificates at every start): both again without it. */
  readonly withoutExtraCerts: { readonly bareNodeMs: number; readonly checkOneMs: number } | null;
  readonly folder: {
    readonly messages: number;
    readonly megabytes: number;
    readonly oneThreadMs: number;
    /** As `check` runs by default (worker threads only where they pay: worker-threads.ts). */
    readonly defaultMs: number;
    readonly defaultWorkers: number;
    /** A worker thread per core but one, started at once (DLP_WORKERS). */
    readonly allCoresMs: number;
    readonly cores: number;
  };
}

/** The figures over `rounds` interleaved rounds (one-message runs: three per round). */
export function cliFigures(messages: readonly string[], rounds: number): CliFigures {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-bench-cli-'));
  try {
    const folder = join(dir, 'mail');
    mkdirSync(folder);
    const chosen = messages.slice(0, 1000);
    chosen.forEach((text, i) => writeFileSync(join(folder, `${String(i).padStart(4, '0')}.eml`), asEml(text, i)));
    const check = ['bin/dlp.cjs', 'check'];
    const bare: number[] = [];
    const one: number[] = [];
    const certs = process.env.NODE_EXTRA_CA_CERTS ? { bare: [] as number[], one: [] as number[] } : null;
    const noCerts = { NODE_EXTRA_CA_CERTS: undefined };
    const single: number[] = [];
    const all: number[] = [];
    const byDefault: number[] = [];
    const cores = availableParallelism();
    wallMs([...check, SMALL, '--config', CONFIG]); // builds dist-cli if it is stale, outside the timing
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < 3; k++) {
        bare.push(wallMs(['-e', '0']));
        one.push(wallMs([...check, SMALL, '--config', CONFIG]));
        certs?.bare.push(wallMs(['-e', '0'], noCerts));
        certs?.one.push(wallMs([...check, SMALL, '--config', CONFIG], noCerts));
      }
      single.push(wallMs([...check, folder, '--config', CONFIG], { DLP_WORKERS: '0' }));
      byDefault.push(wallMs([...check, folder, '--config', CONFIG]));
      all.push(wallMs([...check, folder, '--config', CONFIG], { DLP_WORKERS: String(cores - 1) }));
    }
    return {
      bareNodeMs: median(bare),
      checkOneMs: median(one),
      withoutExtraCerts: certs && { bareNodeMs: median(certs.bare), checkOneMs: median(certs.one) },
      folder: {
        messages: chosen.length,
        megabytes: chosen.reduce((n, m) => n + m.length, 0) / 1e6,
        oneThreadMs: median(single),
        defaultMs: median(byDefault),
        defaultWorkers: poolSize(true),
        allCoresMs: median(all),
        cores,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
