/**
 * Reading a file named on the command line, with every way it can go wrong said in one line that
 * names the file: missing, a directory, unreadable, or too large (checked before reading, so a
 * huge file is never loaded). Synchronous: a promise read is five trips through the thread pool
 * (stat, open, fstat, read, close), which on a folder of small messages was a fifth of the run with
 * the main thread idle between them (the worker threads check messages meanwhile either way); and
 * node:fs/promises would start that pool and load Node's stream modules in a one-message `check`.
 */
import { readFileSync, statSync } from 'node:fs';
import { CliError } from './cli-error.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'a folder on the path is not a folder',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied (the file cannot be read)',
  EPERM: 'permission denied (the file cannot be read)',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

/** Why a file system error happened, in words (the code when it is a rare one). */
const reasonOf = (e: unknown): string => {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' ? (REASONS[code] ?? `cannot be read (${code})`) : `cannot be read (${String(e)})`;
};

/** The bytes of a regular file of at most `maxBytes`; a CliError naming `path` otherwise. */
export function readInputFile(path: string, what: string, maxBytes: number): Uint8Array {
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!info.isFile()) throw new CliError(`${path}: is not a regular file (a ${what} must be a file)`);
    size = info.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: ${reasonOf(e)}`, 2, { cause: e });
  }
  if (size > maxBytes) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    throw new CliError(`${path}: the file is ${mb(size)} MB; a ${what} can be at most ${mb(maxBytes)} MB`);
  }
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new CliError(`${path}: ${reasonOf(e)}`, 2, { cause: e });
  }
}
