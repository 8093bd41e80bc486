/**
 * The Node command line: `npm run -s dlp -- <command> …`. A thin shell over the same engine the
 * worker runs; it parses arguments, reads files and streams, and prints JSON.
 */
import { runScan } from './scan.ts';
import { runCheck } from './check.ts';

const USAGE = `Usage:
  dlp scan --jsonl                         read {"id","text"} lines on stdin, write one result line each
  dlp check MESSAGE.eml --config FILE.json  DLP verdict for a message under an exported configuration`;

/** Runs a command; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan':
      return runScan(rest);
    case 'check':
      return runCheck(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
