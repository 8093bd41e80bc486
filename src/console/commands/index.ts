/** The command table, in alphabetical order as `help` lists it. */
import type { Command } from '../types.ts';
import { clear, commit } from './commit.ts';
import { encryptionconfig } from './encryptionconfig.ts';
import { help } from './help.ts';
import { quarantineconfig } from './quarantineconfig.ts';
import { showconfig } from './showconfig.ts';
import { dlprollback, dlpstatus, dlpupdate, encryptionstatus, encryptionupdate } from './status.ts';
import { version } from './version.ts';

/** `quit` / `exit`: the session handles the disconnect; these only describe it. */
const quit: Command = {
  name: 'quit',
  summary: 'Terminate the CLI session.',
  usage: 'quit',
  details: ['Ends the session (exit does the same). Uncommitted changes stay pending in this simulator.'],
  run: async () => ({ lines: [] }),
};

export const commands: readonly Command[] = [
  clear,
  commit,
  dlprollback,
  dlpstatus,
  dlpupdate,
  encryptionconfig,
  encryptionstatus,
  encryptionupdate,
  help,
  quarantineconfig,
  quit,
  showconfig,
  version,
];

/** Other names the appliance accepts for a command. */
export const aliases: Readonly<Record<string, string>> = { '?': 'help', exit: 'quit', h: 'help' };
