/**
 * Tab completion: a command name, or a command's subcommand (`encryptionconfig pr` → `print` or
 * `provision`). One match completes with a trailing space; several extend to their common prefix
 * and are listed, as a shell does.
 */
import type { Command } from './types.ts';

/** The completed input and, when ambiguous, the candidates. */
export interface Completion {
  readonly input: string;
  readonly candidates: readonly string[];
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function completeWord(before: string, partial: string, words: readonly string[]): Completion {
  const matches = words.filter((w) => w.startsWith(partial.toLowerCase())).sort();
  if (matches.length === 0) return { input: before + partial, candidates: [] };
  if (matches.length === 1) return { input: `${before}${matches[0]} `, candidates: [] };
  const prefix = commonPrefix(matches);
  return { input: before + (prefix.length > partial.length ? prefix : partial), candidates: matches };
}

/** Completes the last word of `input` against the command table. */
export function complete(input: string, commands: readonly Command[]): Completion {
  const m = /^(\s*)(\S*)$/.exec(input);
  if (m)
    return completeWord(
      m[1],
      m[2],
      commands.map((c) => c.name),
    );
  const sub = /^(\s*(\S+)\s+)(\S*)$/.exec(input);
  const cmd = sub ? commands.find((c) => c.name === sub[2].toLowerCase()) : undefined;
  if (!sub || !cmd?.subcommands) return { input, candidates: [] };
  return completeWord(sub[1], sub[3], cmd.subcommands);
}
