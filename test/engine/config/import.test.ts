import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig, defaultEncryptionProfile } from '../../../src/engine/config/defaults.ts';
import { exportConfig, exportText, parseConfigImport } from '../../../src/engine/config/export-import.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../src/engine/config/migrations.ts';
import type { ApplianceConfig } from '../../../src/engine/config/schema/index.ts';

const AT = Date.UTC(2026, 0, 12, 9);
const exported = (config: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'dlp-playground-config',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: '0.1.0',
    exportedAt: '2026-01-12T09:00:00.000Z',
    config,
    ...extra,
  });

function configured(): ApplianceConfig {
  const c = defaultConfig();
  c.encryption = {
    ...c.encryption,
    enabled: true,
    licenseAccepted: true,
    adminEmail: 'res-admin@example.com',
    profiles: [defaultEncryptionProfile('CRES_MED')],
  };
  c.encryption.profiles[0].security = 'medium';
  return c;
}

function rejected(text: string) {
  const r = parseConfigImport(text);
  if (r.ok) throw new Error('expected the import to be rejected');
  return r.error;
}

describe('export then import', () => {
  it('when a configuration is exported and imported then it is identical', () => {
    const c = configured();
    const text = exportText(exportConfig(c, '0.1.0', AT));
    const r = parseConfigImport(text);
    expect(r.ok && r.value.config).toEqual(c);
    expect(r.ok && r.value.fromVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('when exported then the header names the format, schema version, app version and time', () => {
    const e = exportConfig(defaultConfig(), '0.1.0', AT);
    expect(e).toMatchObject({
      format: 'dlp-playground-config',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: '0.1.0',
      exportedAt: '2026-01-12T09:00:00.000Z',
    });
  });
});

describe('bad imports are refused with a specific message', () => {
  it('when the file is not JSON then it says where it broke', () => {
    const e = rejected('{ "format": "dlp-playground-config",\n  "schemaVersion": 2,, }');
    expect(e.code).toBe('import.not-json');
    expect(e.message).toMatch(/line 2/);
  });

  it('when the file is empty then it says so', () => {
    expect(rejected('').code).toBe('import.empty');
    expect(rejected('   \n').code).toBe('import.empty');
  });

  it('when the file is 50 MB then it is refused before parsing', () => {
    const e = rejected(`{"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`);
    expect(e.code).toBe('import.too-large');
    expect(e.message).toMatch(/50\.0 MB/);
  });

  it('when the file holds a JSON array then it says a configuration is an object', () => {
    const e = rejected('[1,2,3]');
    expect(e.code).toBe('import.not-object');
    expect(e.message).toMatch(/array/);
  });

  it('when the header is missing then the missing fields are listed', () => {
    const e = rejected(JSON.stringify(defaultConfig()));
    expect(e.code).toBe('import.not-export');
    expect(e.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['$.format', '$.schemaVersion', '$.config']));
  });

  it('when a field has the wrong type then its path and the expected type are given', () => {
    const c = configured() as any;
    c.dlp.enabled = 'yes';
    const e = rejected(exported(c));
    expect(e.code).toBe('config.invalid');
    expect(e.issues).toContainEqual({ path: '$.config.dlp.enabled', message: 'Expected boolean, got string "yes".' });
  });

  it('when a field is unknown then it is named', () => {
    const c = configured() as any;
    c.encryption.profiles[0].colour = 'blue';
    const e = rejected(exported(c));
    expect(e.issues).toContainEqual({
      path: '$.config.encryption.profiles[0]',
      message: 'Unknown field “colour”: not part of the configuration.',
    });
  });

  it('when a required field is missing then it is named', () => {
    const c = configured() as any;
    delete c.appliance.hostname;
    const e = rejected(exported(c));
    expect(e.issues?.[0]).toMatchObject({ path: '$.config.appliance.hostname', message: expect.stringMatching(/Missing required field/) });
  });

  it('when the schema version is unknown then it is refused', () => {
    const e = rejected(exported(configured(), { schemaVersion: 0 }));
    expect(e.code).toBe('import.unknown-version');
  });

  it('when the schema version is from the future then it says so', () => {
    const e = rejected(exported(configured(), { schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
    expect(e.code).toBe('import.future-version');
    expect(e.message).toMatch(/newer version/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('when the key %s appears anywhere then it is refused', (key) => {
    const text = exported(configured()).replace('"dlp":{', `"dlp":{"${key}":{"polluted":true},`);
    const e = rejected(text);
    expect(e.code).toBe('import.forbidden-key');
    expect(e.issues?.[0].path).toBe(`$.config.dlp.${key}`);
    expect(({} as any).polluted).toBeUndefined();
  });

  it('when two profiles share a name then the duplicate is located', () => {
    const c = configured();
    c.encryption.profiles.push(defaultEncryptionProfile('CRES_MED'));
    const e = rejected(exported(c));
    expect(e.issues).toContainEqual({
      path: '$.config.encryption.profiles[1].name',
      message: 'Duplicate encryption profile name “CRES_MED” (also at position 1).',
    });
  });

  it('when an email address is invalid then it is quoted back', () => {
    const c = configured();
    c.encryption.adminEmail = 'admin@@example';
    const e = rejected(exported(c));
    expect(e.issues).toContainEqual({ path: '$.config.encryption.adminEmail', message: '“admin@@example” is not a valid email address.' });
  });

  it('when the serial number is a licence number then it is refused', () => {
    const c = configured();
    c.appliance.serialNumber = 'VLN123456789';
    const e = rejected(exported(c));
    expect(e.issues?.[0].path).toBe('$.config.appliance.serialNumber');
    expect(e.issues?.[0].message).toMatch(/not an appliance serial number/);
  });

  it('when a message action names a missing quarantine then the reference is located', () => {
    const c = configured();
    c.dlp.messageActions.push({
      name: 'Hold',
      description: '',
      primary: { kind: 'quarantine', quarantine: 'DLP' },
      copyToQuarantine: null,
      encryption: null,
      modifySubject: null,
      disclaimer: null,
      alternateHost: null,
      bcc: null,
      notification: null,
    });
    const e = rejected(exported(c));
    expect(e.issues).toContainEqual({
      path: '$.config.dlp.messageActions[0].primary.quarantine',
      message: 'Quarantine “DLP” does not exist.',
    });
  });
});

describe('migration', () => {
  it('when a version 1 export is imported then it is migrated to the current schema', () => {
    const text = readFileSync(new URL('../../fixtures/config/schema-v1.json', import.meta.url), 'utf8');
    const r = parseConfigImport(text);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.fromVersion).toBe(1);
    expect(r.value.config.appliance.serialNumber).toBe('42127C7DDEE76852677B-F80CE8074CD3');
    expect(r.value.config.encryption.maxMessageSize).toBe('12M');
    expect(r.value.config.dlp.policies[0].scale).toEqual({ low: 10, medium: 40, high: 60, critical: 90 });
    expect(r.value.config.dlp.policies[0].actions).toEqual({ critical: 'Encrypt Medium and Deliver', high: null, medium: null, low: null });
  });
});
