/**
 * The per-message comparison (messages.ts) in a process of its own: `npm run bench` measures per
 * message after its accuracy and 10 MB sections, whose varied text leaves our engine's optimised
 * code more general (about a tenth slower on these messages); a fresh process shows the engine
 * before any of that, as a short-lived command or a new worker runs it. Takes the peer's name
 * and prints both rates as one JSON line (run by run.ts).
 */
import { perMessage } from './messages.ts';
import { openRedaction, redactPii, redactpiiNode } from './peers.ts';

const name = process.argv[2];
const peer = [redactPii, redactpiiNode, openRedaction].map((make) => make()).find((p) => p.name === name);
if (!peer) throw new Error(`no peer named ${name}`);
const [ours, theirs] = await perMessage([peer], Number(process.argv[3] ?? 5));
process.stdout.write(`${JSON.stringify({ ours, theirs })}\n`);
