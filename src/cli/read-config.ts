/**
 * Reading an exported configuration named on the command line (`--config`, `--compare`): decoded,
 * validated and migrated by the engine's import, every failure one CliError line naming the file.
 */
import { MAX_IMPORT_BYTES, parseConfigImport } from '../engine/config/export-import.ts';
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import type { AppError } from '../engine/errors.ts';
import { decodeText } from '../engine/model/text-decoding.ts';
import { CliError } from './cli-error.ts';
import { readInputFile } from './read-file.ts';

/** How many located problems the one error line lists before "and N more". */
const SHOWN_ISSUES = 3;

/** One line: the file, the error and its first located problems. */
export function describeError(file: string, error: AppError): string {
  const issues = error.issues ?? [];
  const listed = issues.slice(0, SHOWN_ISSUES).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > SHOWN_ISSUES ? ` (and ${issues.length - SHOWN_ISSUES} more)` : '';
  return `${file}: ${error.message}${listed.length ? ` ${listed.join('; ')}${more}` : ''}`;
}

/** The configuration in an exported file; a CliError naming the file when it cannot be used. */
export function readConfig(path: string): ApplianceConfig {
  // A UTF-16 file takes two bytes a character; the character limit is checked after decoding.
  const text = decodeText(readInputFile(path, 'configuration file', 2 * MAX_IMPORT_BYTES + 2));
  if (!text.ok) throw new CliError(describeError(path, text.error));
  const imported = parseConfigImport(text.value);
  if (!imported.ok) throw new CliError(describeError(path, imported.error));
  return imported.value.config;
}
