/**
 * A peer behind the same contract as `dlp scan --jsonl` (src/cli/scan.ts), for timing the two
 * alike: one {"id", "text"} object per line on standard input, one {"id", "matches": [{start,
 * end}]} line per request on standard output (the peers only redact, so matches carry no type).
 * Usage: tsx bench/peer-jsonl.ts [peer name, default @redactpii/node] < input.jsonl
 */
import { createInterface } from 'node:readline';
import { openRedaction, redactPii, redactpiiNode, type Peer } from './peers.ts';

const PEERS: Readonly<Record<string, () => Peer>> = {
  'redact-pii': redactPii,
  '@redactpii/node': redactpiiNode,
  openredaction: openRedaction,
};

async function main(): Promise<void> {
  const name = process.argv[2] ?? '@redactpii/node';
  const make = PEERS[name];
  if (!make) throw new Error(`Unknown peer ${name}; one of ${Object.keys(PEERS).join(', ')}.`);
  const peer = make();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const { id, text } = JSON.parse(line) as { id: string | number; text: string };
    const matches = (await peer.spans(text)).map(([start, end]) => ({ start, end }));
    const out = JSON.stringify({ id, matches });
    if (!process.stdout.write(`${out}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
