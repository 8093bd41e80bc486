/**
 * Writes the JSON Schema of an exported configuration to public/schema/, which the site serves as
 * a static file (schema/appliance-config.schema.json) for administrators' own editors. Committed,
 * like the scenarios, so it is the same file in development, preview and the build, and reviewable
 * in a diff; test/engine/config/export-schema.test.ts fails when it differs from what the code makes.
 *
 *   npx tsx scripts/make-schema.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportSchemaText } from '../src/engine/config/export-schema.ts';
import { SCHEMA_PATH } from '../src/engine/config/schema-address.ts';

/** Where the file goes. */
export const SCHEMA_FILE_ON_DISK = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', SCHEMA_PATH);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(dirname(SCHEMA_FILE_ON_DISK), { recursive: true });
  writeFileSync(SCHEMA_FILE_ON_DISK, exportSchemaText());
  console.log(`wrote public/${SCHEMA_PATH}`);
}
