/**
 * The export's JSON Schema: the published file is exactly what the code makes, it describes every
 * field an export writes (`$schema` included) around the built-in editor's configuration schema,
 * and an export names it while an import accepts the key.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE_ON_DISK } from '../../../scripts/make-schema.ts';
import { defaultConfig } from '../../../src/engine/config/defaults.ts';
import { EXPORT_FIELDS, exportConfig, exportText, parseConfigImport } from '../../../src/engine/config/export-import.ts';
import { configJsonSchema, exportJsonSchema, exportSchemaText } from '../../../src/engine/config/export-schema.ts';
import { SCHEMA_FILE, SCHEMA_PATH, schemaUrl } from '../../../src/engine/config/schema-address.ts';

const AT = Date.UTC(2026, 0, 12, 9);

describe('the published schema', () => {
  it('when the code makes the schema then it is the file the site publishes (else run npx tsx scripts/make-schema.ts)', () => {
    expect(SCHEMA_FILE_ON_DISK.endsWith(`public/${SCHEMA_PATH}`)).toBe(true);
    expect(readFileSync(SCHEMA_FILE_ON_DISK, 'utf8'), 'public/schema is stale: run npx tsx scripts/make-schema.ts').toBe(
      exportSchemaText(),
    );
  });

  it('when read then its $id is its file name and it lists exactly the fields an export may have', () => {
    const schema = exportJsonSchema() as {
      $id: string;
      $schema: string;
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(schema.$id).toBe(SCHEMA_FILE);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toEqual([...EXPORT_FIELDS]);
    expect(schema.properties.$schema).toMatchObject({ type: 'string' });
    expect(schema.additionalProperties).toBe(false);
  });

  it("when read then its config is the built-in editor's schema", () => {
    const { $schema: _dialect, ...config } = configJsonSchema();
    const { description: _description, ...published } = (exportJsonSchema().properties as { config: Record<string, unknown> }).config;
    expect(published).toEqual(config);
  });

  it('when the site is served from a folder then the address is under that folder', () => {
    expect(schemaUrl('https://training.example/dlp/index.html#/system-administration/configuration-file')).toBe(
      'https://training.example/dlp/schema/appliance-config.schema.json',
    );
  });
});

describe('$schema in exports and imports', () => {
  it('when exported with a schema address then "$schema" is the first key, and the file imports', () => {
    const text = exportText(exportConfig(defaultConfig(), '0.1.0', AT, 'https://training.example/dlp/schema/appliance-config.schema.json'));
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([...EXPORT_FIELDS]);
    expect(doc.$schema).toBe('https://training.example/dlp/schema/appliance-config.schema.json');
    const r = parseConfigImport(text);
    expect(r.ok && r.value.config).toEqual(defaultConfig());
  });

  it('when exported without a schema address then there is no "$schema" key', () => {
    expect(Object.keys(exportConfig(defaultConfig(), '0.1.0', AT))).not.toContain('$schema');
  });

  it('when "$schema" is not a string then the import names the field and changes nothing', () => {
    const doc = { ...exportConfig(defaultConfig(), '0.1.0', AT), $schema: 42 };
    const r = parseConfigImport(JSON.stringify(doc));
    expect(r).toMatchObject({ ok: false, error: { code: 'import.not-export', issues: [{ path: '$.$schema' }] } });
  });
});
