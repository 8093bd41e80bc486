/**
 * The messages named on the command line: .eml files, folders (every .eml inside, recursively,
 * sorted by path) and mbox files (split into their messages). A path or message that cannot be
 * read is yielded as a problem in its place, so one bad file never stops the others.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './cli-error.ts';
import { isMbox, splitMbox } from './mbox.ts';
import { readInputFile } from './read-file.ts';

/** The largest mbox read (it is held in memory whole); each message in it still has the message limit. */
const MAX_MBOX_BYTES = 256 * 1024 * 1024;

/** Where a message came from: its file, and its 1-based place when the file is an mbox (null for an .eml). */
export interface MessageSource {
  readonly file: string;
  readonly index: number | null;
}

/** A message's raw bytes, or why a file (or a message in an mbox) could not be read. */
export type MessageFile = (MessageSource & { readonly raw: Uint8Array }) | (MessageSource & { readonly problem: string });

/** "file" or "file (message 3)": how a line names a message. */
export const sourceName = (s: MessageSource): string => (s.index === null ? s.file : `${s.file} (message ${s.index})`);

/** Every message under `paths`, in argument order; a folder's .eml files sorted by path. */
export async function* messageFiles(paths: readonly string[]): AsyncGenerator<MessageFile> {
  for (const path of paths) {
    const listed = emlFilesIn(path);
    if (listed === 'not-a-folder') yield* readMessages(path);
    else if (typeof listed === 'string') yield { file: path, index: null, problem: listed };
    else if (listed.length === 0) yield { file: path, index: null, problem: 'the folder holds no .eml files' };
    else for (const file of listed) yield* readMessages(file);
  }
}

/**
 * The .eml files in and below a folder, sorted by path (code unit order, the same on every
 * machine); 'not-a-folder' for anything else; a reason when the folder cannot be listed.
 * Symbolic links to folders are not followed, so a link loop cannot run forever.
 */
function emlFilesIn(path: string): string[] | 'not-a-folder' | string {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true, recursive: true });
  } catch (e) {
    const code = (e as { code?: unknown })?.code;
    // Not a folder (or missing): reading it as a file says what is wrong in the usual words.
    if (code === 'ENOTDIR' || code === 'ENOENT') return 'not-a-folder';
    return `the folder cannot be listed (${typeof code === 'string' ? code : String(e)})`;
  }
  return entries
    .filter((e) => !e.isDirectory() && /\.eml$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The messages of one file: itself, or each message of an mbox. */
async function* readMessages(file: string): AsyncGenerator<MessageFile> {
  let raw: Uint8Array;
  try {
    raw = readInputFile(file, 'message or mbox file', MAX_MBOX_BYTES);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    // readInputFile names the file first; the problem is the rest.
    yield { file, index: null, problem: e.message.startsWith(`${file}: `) ? e.message.slice(file.length + 2) : e.message };
    return;
  }
  if (!isMbox(file, raw)) {
    yield { file, index: null, raw };
    return;
  }
  const { preamble, messages } = splitMbox(raw);
  if (preamble) yield { file, index: null, problem: 'text before the first "From " separator line belongs to no message (is it an mbox?)' };
  else if (messages.length === 0) yield { file, index: null, problem: 'the mbox holds no messages' };
  for (const [i, message] of messages.entries()) yield { file, index: i + 1, raw: message };
}
