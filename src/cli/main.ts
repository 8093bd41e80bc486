/**
 * The Node command line: `npx dlp <command> …` (bin/dlp.cjs runs this file built into dist-cli/). A thin shell over the same engine the
 * worker runs; it parses arguments, reads files and streams, and prints JSON.
 *
 * Every failure ends here, in one place: an expected one (CliError: bad input, a missing file) is
 * one line on standard error naming the file; anything else is a bug, said as one. Stack traces
 * only with --debug, so a user never reads one for a bad file, and a developer still can.
 */
import './jitless.ts';
import { CliError } from './cli-error.ts';
import { runCheck } from './check.ts';
import { runScan } from './scan.ts';
import { runSchema } from './schema.ts';
import { streamed, writeOut } from './stdout.ts';

const USAGE = `Usage:
  dlp scan --jsonl                         read {"id","text"} lines on stdin, write one result line each
  dlp check MESSAGE.eml --config FILE.json  DLP verdict for a message under an exported configuration
  dlp check PATH… --config FILE.json        one verdict line per message (.eml, folders, mbox), in input
                                           order, on all cores, then a summary line
  dlp check PATH… --config COMMITTED.json --compare PENDING.json
                                           messages whose outcome the change alters, then a summary
  dlp schema                               the JSON Schema of an exported configuration file
  dlp COMMAND --help                       what a command does and prints
  --debug (with any command)               print the stack trace of a failure`;

/** Runs a command; returns the exit code, or throws (a CliError for the user's mistakes). */
async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan':
      return runScan(rest);
    case 'check':
      return runCheck(rest);
    case 'schema':
      return runSchema(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      writeOut(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw new CliError(`Unknown command "${command}". Run "dlp --help" for the commands.`);
  }
}

/** The one line (or, with --debug, the stack and its causes) that a failure prints. */
function report(e: unknown, debug: boolean): string {
  if (debug) {
    const lines: string[] = [];
    for (let c: unknown = e, i = 0; c !== undefined && i < 5; c = (c as { cause?: unknown })?.cause, i++) {
      lines.push(`${i ? 'Caused by: ' : ''}${c instanceof Error ? (c.stack ?? c.message) : String(c)}`);
    }
    return lines.join('\n');
  }
  const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (e instanceof CliError) return `dlp: ${oneLine(e.message)}`;
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return `dlp: internal error (a bug, not your input): ${oneLine(what)}. Run again with --debug for the stack trace.`;
}

const argv = process.argv.slice(2);
const debug = argv.includes('--debug');
/** Ends the process on a failure that escaped the promise chain, reported like any other. */
const die = (e: unknown) => {
  process.stderr.write(`${report(e, debug)}\n`);
  process.exit(e instanceof CliError ? e.exitCode : 1);
};
process.on('uncaughtException', die);
process.on('unhandledRejection', die);
main(argv.filter((a) => a !== '--debug')).then(
  (code) => {
    process.exitCode = code;
    // Nothing left to write (the answer went out with writeSync): end now. Left to itself, Node
    // waits for V8's background jobs (optimising compiles the run started) before it exits; on a
    // busy machine that held a finished `check` for tens of milliseconds.
    if (!streamed()) process.exit(code);
  },
  (e: unknown) => {
    process.stderr.write(`${report(e, debug)}\n`);
    process.exitCode = e instanceof CliError ? e.exitCode : 1;
  },
);
