/**
 * `dlp schema`: prints the JSON Schema of an exported configuration file — the same text the site
 * publishes at schema/appliance-config.schema.json — for an administrator's own editor.
 */
import { exportSchemaText } from '../engine/config/export-schema.ts';
import { SCHEMA_FILE, SCHEMA_PATH } from '../engine/config/schema-address.ts';
import { CliError } from './cli-error.ts';
import { writeOut } from './stdout.ts';

const HELP = `Usage: dlp schema > ${SCHEMA_FILE}
    Prints the JSON Schema (draft 2020-12) of a configuration file exported from
    System Administration > Configuration File; the site serves the same file at ${SCHEMA_PATH}.
    An export names its schema in "$schema": the site's address for it, or "${SCHEMA_FILE}"
    (this file saved beside the export). Editors such as VS Code then complete and check the file.`;

/** Runs the command; returns the exit code. */
export function runSchema(args: readonly string[]): number {
  if (args.some((a) => a === '--help' || a === '-h')) {
    writeOut(`${HELP}\n`);
    return 0;
  }
  if (args.length) throw new CliError(`dlp schema takes no arguments (got "${args[0]}"). Run "dlp schema --help".`);
  writeOut(exportSchemaText());
  return 0;
}
