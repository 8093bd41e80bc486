/**
 * Run by young-survivors.test.ts in a Node started with --trace-gc-nvp: scans a long text twice
 * (its findings, with their context words and supporting information, all kept to the end of
 * each scan), then many short messages, marking on standard output where the short ones start.
 */
import { scanText } from '../../../src/engine/dlp/index.ts';
import { generateCorpus, generateMessages } from '../../../bench/corpus.ts';

const messages = generateMessages(2000);
const long = generateCorpus(10_000_000);
for (let i = 0; i < 2; i++) scanText(long);
process.stdout.write('SHORT MESSAGES\n');
for (let pass = 0; pass < 4; pass++) for (const m of messages) scanText(m);
