/**
 * The JSON Schema of an exported configuration file, for an administrator who edits an export in
 * their own editor: it completes and checks the file as the built-in configuration editor does
 * (both come from the one zod schema). Published with the site as a static file
 * (`public/schema/appliance-config.schema.json`, written by scripts/make-schema.ts; a test fails
 * when it differs from what this code makes) and printed by `dlp schema`. Its address, and what an
 * export calls it: schema-address.ts.
 */
import { z } from 'zod';
import { EXPORT_FIELDS, EXPORT_FORMAT } from './export-import.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations.ts';
import { SCHEMA_FILE } from './schema-address.ts';
import { applianceConfigShape } from './schema/index.ts';

/** The configuration's JSON Schema (the built-in editor's): what `config` in an export holds. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(applianceConfigShape, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}

/** The JSON Schema of a whole export file: the header, then the configuration. */
export function exportJsonSchema(): Record<string, unknown> {
  const { $schema: dialect, ...config } = configJsonSchema();
  const properties = {
    $schema: { type: 'string', description: 'The address of this JSON Schema, for editors. Optional.' },
    format: { const: EXPORT_FORMAT, description: 'Marks a configuration exported from the DLP & Encryption Playground.' },
    schemaVersion: {
      const: CURRENT_SCHEMA_VERSION,
      description: `The configuration's schema version. This schema describes version ${CURRENT_SCHEMA_VERSION}; an import also migrates older versions.`,
    },
    appVersion: { type: 'string', description: 'The simulator version that exported the file.' },
    exportedAt: { type: 'string', format: 'date-time', description: 'When the file was exported (simulated time).' },
    config: { ...config, description: 'The committed configuration.' },
  } satisfies Record<(typeof EXPORT_FIELDS)[number], object>;
  return {
    $schema: dialect,
    $id: SCHEMA_FILE,
    title: 'DLP & Encryption Playground configuration export',
    description:
      'A configuration file from System Administration > Configuration File. Load it there: it is checked, then becomes pending changes to review and commit.',
    type: 'object',
    properties,
    required: ['format', 'schemaVersion', 'config'],
    additionalProperties: false,
  };
}

/** The published file's text (and `dlp schema`'s output). */
export const exportSchemaText = (): string => `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
