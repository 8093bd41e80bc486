/**
 * The per-message ratio through the command line contract: `dlp scan --jsonl` and a peer behind
 * the same contract (peer-jsonl.ts), each a fresh Node process reading the same JSONL file, run
 * in turn for several rounds. A run on a one-message file ("hello") measures each one's
 * start-up — process, module loading and the engine's set-up (our registry and WebAssembly
 * module) — which is subtracted (both are reported). What remains includes the JIT's warm-up: a
 * fresh process runs cold code, the in-process figures are taken warm.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messagesFor } from './messages.ts';
import { median } from './throughput.ts';

/** One command's figures: start-up and full-run medians in ms, MB/s with start-up subtracted. */
export interface JsonlRate {
  readonly name: string;
  /** Messages in its input (a slow peer gets the first of them). */
  readonly messages: number;
  readonly startupMs: number;
  readonly runMs: number;
  readonly mbPerSecond: number;
  readonly messagesPerSecond: number;
}

/** Milliseconds for `node args` with `input` on standard input and standard output discarded. */
function timeRun(args: readonly string[], input: string, env: NodeJS.ProcessEnv = process.env): number {
  const fd = openSync(input, 'r');
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: [fd, 'ignore', 'inherit'], env });
  const ms = performance.now() - start;
  closeSync(fd);
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}`);
  return ms;
}

const jsonl = (messages: readonly string[]) => messages.map((text, id) => `${JSON.stringify({ id, text })}\n`).join('');

/**
 * Ours over `messages` as JSONL, and each peer over `messagesFor` it (messages.ts: a slow peer
 * gets the first 100 KB), in `rounds` interleaved rounds, every process with `env`.
 */
export function jsonlRates(
  messages: readonly string[],
  peers: readonly string[],
  rounds: number,
  env: NodeJS.ProcessEnv = process.env,
): JsonlRate[] {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-bench-'));
  try {
    const one = join(dir, 'one.jsonl');
    writeFileSync(one, `${JSON.stringify({ id: 0, text: 'hello' })}\n`);
    // One file per set of messages: ours and the peers timed on all of them read the same one.
    const files = new Map<readonly string[], string>();
    const inputOf = (msgs: readonly string[]) => {
      let file = files.get(msgs);
      if (file === undefined) {
        files.set(msgs, (file = join(dir, `messages-${files.size}.jsonl`)));
        writeFileSync(file, jsonl(msgs));
      }
      return file;
    };
    // The command as users run it: bin/dlp.cjs (built bundles, code cache; it builds them first if stale).
    const ours = ['bin/dlp.cjs', 'scan', '--jsonl'];
    const commands = [
      { name: 'ours (bin/dlp.cjs)', args: ours, messages },
      ...peers.map((peer) => ({
        name: `${peer} (peer-jsonl.ts, tsx)`,
        args: ['--import', 'tsx', 'bench/peer-jsonl.ts', peer],
        messages: messagesFor(peer, messages),
      })),
    ].map((c) => ({ ...c, input: inputOf(c.messages) }));
    timeRun(ours, one, env); // builds dist-cli if it is stale, outside the timing
    const start = commands.map(() => [] as number[]);
    const full = commands.map(() => [] as number[]);
    for (let r = 0; r < rounds; r++)
      commands.forEach((c, i) => {
        start[i].push(timeRun(c.args, one, env));
        full[i].push(timeRun(c.args, c.input, env));
      });
    return commands.map((c, i) => {
      const startupMs = median(start[i]);
      const runMs = median(full[i]);
      const work = Math.max(1e-3, runMs - startupMs);
      const chars = c.messages.reduce((n, m) => n + m.length, 0);
      return {
        name: c.name,
        messages: c.messages.length,
        startupMs,
        runMs,
        mbPerSecond: chars / 1e3 / work,
        messagesPerSecond: (c.messages.length * 1e3) / work,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
