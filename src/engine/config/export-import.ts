/**
 * System Administration > Configuration File: the export format (the configuration plus a header)
 * and the import checks. An import is read in stages — size, JSON, shape of the header, forbidden
 * keys, version, migration, schema — and stops at the first stage that fails, listing every
 * problem of that stage with its JSON path. Nothing is applied here: an accepted import becomes
 * pending changes for the learner to review and commit.
 */
import { fail, ok, type Issue, type Result } from '../errors.ts';
import { CURRENT_SCHEMA_VERSION, migrate, supportedVersions } from './migrations.ts';
import { depthError, textDepthProblem } from './json-depth.ts';
import { jsonPath } from './paths.ts';
import type { ApplianceConfig } from './schema/index.ts';
import { validateConfig } from './validate.ts';

export const EXPORT_FORMAT = 'dlp-playground-config';
/** Far above any real configuration; refuses a runaway file before parsing it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The file a configuration export writes. */
export interface ConfigExport {
  /** Where its JSON Schema is (export-schema.ts), so an administrator's own editor completes and checks it; optional on import. */
  readonly $schema?: string;
  readonly format: typeof EXPORT_FORMAT;
  readonly schemaVersion: number;
  readonly appVersion: string;
  readonly exportedAt: string;
  readonly config: ApplianceConfig;
}

/** What an accepted import yields: the configuration, and whether it was migrated. */
export interface ImportedConfig {
  readonly config: ApplianceConfig;
  readonly fromVersion: number;
}

/** The fields an export may have, in the order it writes them; an import refuses any other. */
export const EXPORT_FIELDS = ['$schema', 'format', 'schemaVersion', 'appVersion', 'exportedAt', 'config'] as const;

/** Builds the export document for a committed configuration; `schema`, when given, is the address of its JSON Schema, the first key. */
export function exportConfig(config: ApplianceConfig, appVersion: string, at: number, schema?: string): ConfigExport {
  const header = {
    format: EXPORT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion,
    exportedAt: new Date(at).toISOString(),
  } as const;
  return schema === undefined ? { ...header, config } : { $schema: schema, ...header, config };
}

/** Serialises an export as the downloadable file's text. */
export const exportText = (e: ConfigExport): string => `${JSON.stringify(e, null, 2)}\n`;

/** Reads an exported configuration file's text; the result is validated and migrated. */
export function parseConfigImport(text: string): Result<ImportedConfig> {
  if (text.length > MAX_IMPORT_BYTES) {
    return fail(
      'import.too-large',
      undefined,
      `It is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB.`,
    );
  }
  if (text.trim() === '') return fail('import.empty');
  // Before JSON.parse and every recursive check after it: a hostile depth is named, not a stack overflow.
  const deep = textDepthProblem(text);
  if (deep) return depthError(deep);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail('import.not-json', undefined, describeJsonError(text, e));
  }
  const forbidden = findForbiddenKeys(data);
  if (forbidden.length) return fail('import.forbidden-key', forbidden);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(
      'import.not-object',
      undefined,
      `It contains ${Array.isArray(data) ? 'an array' : `a ${data === null ? 'null' : typeof data}`}.`,
    );
  }
  const doc = data as Record<string, unknown>;
  const header = headerIssues(doc);
  if (header.length) return fail('import.not-export', header);
  const version = doc.schemaVersion as number;
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail('import.future-version', [
      {
        path: '$.schemaVersion',
        message: `Version ${version}; this simulator reads versions ${supportedVersions.join(' and ')}. Update the simulator or export again from the same version.`,
      },
    ]);
  }
  if (!(supportedVersions as readonly number[]).includes(version)) {
    return fail('import.unknown-version', [
      { path: '$.schemaVersion', message: `Version ${version} is not one of ${supportedVersions.join(', ')}.` },
    ]);
  }
  const checked = validateConfig(migrate(doc.config, version));
  if (!checked.ok) {
    const issues = (checked.error.issues ?? []).map((i) => ({ ...i, path: i.path.replace(/^\$/, '$.config') }));
    return fail('config.invalid', issues);
  }
  return ok({ config: checked.value, fromVersion: version });
}

function headerIssues(doc: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (doc.format !== EXPORT_FORMAT) issues.push({ path: '$.format', message: `Expected "${EXPORT_FORMAT}".` });
  if (typeof doc.schemaVersion !== 'number' || !Number.isInteger(doc.schemaVersion)) {
    issues.push({ path: '$.schemaVersion', message: 'Missing or not a whole number.' });
  }
  if (typeof doc.config !== 'object' || doc.config === null || Array.isArray(doc.config)) {
    issues.push({ path: '$.config', message: 'Missing, or not an object.' });
  }
  if ('$schema' in doc && typeof doc.$schema !== 'string') {
    issues.push({
      path: '$.$schema',
      message: 'Not a string: it is the address of the JSON Schema, which editors read; remove it or give a URL.',
    });
  }
  for (const key of Object.keys(doc)) {
    if (!(EXPORT_FIELDS as readonly string[]).includes(key)) {
      issues.push({ path: jsonPath([key]), message: `Unknown field “${key}”.` });
    }
  }
  return issues;
}

/** Every own key that could pollute prototypes when copied, wherever it hides. */
function findForbiddenKeys(value: unknown, path: PropertyKey[] = [], out: Issue[] = []): Issue[] {
  if (typeof value !== 'object' || value === null || out.length > 20) return out;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key))
      out.push({ path: jsonPath([...path, key]), message: `The key “${key}” is not allowed (it could alter objects in the app).` });
    else findForbiddenKeys((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

/** Says where the JSON broke, as line and column, from the engine's message. */
function describeJsonError(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(message);
  if (!pos) return message;
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  const column = Number(pos[1]) - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}.`;
}
