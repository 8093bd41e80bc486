/**
 * The per-message throughput: a seeded corpus of messages sized like mail (corpus.ts), each
 * scanned on its own — by us with one scanText call per message, by each peer with one call per
 * message — interleaved in the same rounds. Reports MB/s and messages/s; the fixed cost of a
 * call matters here as it does not in one 10 MB text.
 */
import { scanText } from '../src/engine/dlp/index.ts';
import { generateMessages } from './corpus.ts';
import type { Peer } from './peers.ts';
import { interleave, mbPerSecond, median, type Task, type Timing } from './throughput.ts';

/** Messages in the corpus. */
export const MESSAGES = 5_000;
/** openredaction is very slow on large texts: it gets the first messages up to this many characters. */
const SLOW_PEER_CHARS = 100_000;

/** One engine's per-message figures. */
export interface MessageRate {
  readonly name: string;
  readonly messages: number;
  readonly mbPerSecond: number;
  readonly messagesPerSecond: number;
}

/** The first messages of `all` whose sizes add up to at most `chars`. */
function prefix(all: readonly string[], chars: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (const m of all) {
    if (n + m.length > chars) break;
    out.push(m);
    n += m.length;
  }
  return out;
}

const sum = (msgs: readonly string[]) => msgs.reduce((n, m) => n + m.length, 0);

/** The messages a peer is timed on: all of them, or for openredaction the first 100 KB. */
export const messagesFor = (peer: string, messages: readonly string[]): readonly string[] =>
  peer === 'openredaction' ? prefix(messages, SLOW_PEER_CHARS) : messages;

/** Per-message MB/s and messages/s of us and each peer, medians of `rounds` interleaved rounds. */
export async function perMessage(peers: readonly Peer[], rounds: number, messages = generateMessages(MESSAGES)): Promise<MessageRate[]> {
  const sets = new Map<string, readonly string[]>([['ours', messages]]);
  for (const p of peers) sets.set(p.name, messagesFor(p.name, messages));
  const tasks: Task[] = [
    {
      name: 'ours',
      chars: sum(messages),
      run: () => {
        for (const m of messages) scanText(m);
      },
    },
    ...peers.map((p) => {
      const msgs = sets.get(p.name)!;
      return {
        name: p.name,
        chars: sum(msgs),
        run: async () => {
          for (const m of msgs) await p.run(m);
        },
      };
    }),
  ];
  const t = await interleave(tasks, rounds);
  return tasks.map(({ name }) => rate(t.get(name)!, sets.get(name)!.length));
}

function rate(t: Timing, messages: number): MessageRate {
  return { name: t.name, messages, mbPerSecond: mbPerSecond(t), messagesPerSecond: (messages * 1e3) / median(t.times) };
}

/** The fastest of the peers' rates (by MB/s). */
export const fastest = (rates: readonly MessageRate[]): MessageRate =>
  rates.filter((r) => r.name !== 'ours').reduce((a, b) => (b.mbPerSecond > a.mbPerSecond ? b : a));
