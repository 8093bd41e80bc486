import { describe, expect, it } from 'vitest';
import { defaultConfig, isFactoryQuarantine } from '../../../src/engine/config/defaults.ts';
import { validateConfig } from '../../../src/engine/config/validate.ts';
import { classifySerial } from '../../../src/engine/model/serial.ts';

describe('factory default configuration', () => {
  const c = defaultConfig();

  it('when cleared then it is valid against the schema', () => {
    expect(validateConfig(c).ok).toBe(true);
  });

  it('when cleared then encryption is disabled with no profiles and a 10M size limit', () => {
    expect(c.encryption).toMatchObject({ enabled: false, licenseAccepted: false, adminEmail: '', maxMessageSize: '10M', profiles: [] });
    expect(c.encryption.proxy.enabled).toBe(false);
  });

  it('when cleared then DLP is disabled with no policies, actions or classifiers', () => {
    expect(c.dlp).toMatchObject({
      enabled: false,
      licenseAccepted: false,
      matchedContentLogging: false,
      policies: [],
      messageActions: [],
      customClassifiers: [],
    });
  });

  it('when cleared then only the Default outgoing policy exists, with DLP disabled', () => {
    expect(c.outgoingPolicies).toEqual({ policies: [], defaultPolicy: { dlp: { mode: 'disabled' } } });
  });

  it('when cleared then the system quarantines exist and the one policy quarantine the appliance ships with, "Policy"', () => {
    expect(c.quarantines.map((q) => q.name)).toEqual(['Policy', 'Virus', 'Outbreak', 'File Analysis', 'Unclassified']);
    expect(c.quarantines.filter((q) => !q.system).map((q) => q.name)).toEqual(['Policy']);
    expect(c.quarantines.filter(isFactoryQuarantine)).toHaveLength(5);
  });

  it.each([
    ['File Analysis', { value: 1, unit: 'hours' }, 'release'],
    ['Virus', { value: 30, unit: 'days' }, 'delete'],
    ['Unclassified', { value: 30, unit: 'days' }, 'release'],
    ['Policy', { value: 10, unit: 'days' }, 'delete'],
  ])('when cleared then the %s quarantine keeps messages %o and then applies %s', (name, retention, action) => {
    const q = c.quarantines.find((x) => x.name === name)!;
    expect(q.retention).toEqual(retention);
    expect(q.defaultAction).toBe(action);
  });

  it('when a quarantine is added by an administrator then it is not a factory quarantine', () => {
    expect(isFactoryQuarantine({ ...c.quarantines[0], name: 'DLP_Medium' })).toBe(false);
  });

  it('when cleared then the appliance is esa1.example.com, a C100V with a virtual serial number', () => {
    expect(c.appliance.hostname).toBe('esa1.example.com');
    expect(c.appliance.model).toBe('C100V');
    expect(classifySerial(c.appliance.serialNumber)).toBe('virtual');
  });

  it('when built twice then the two copies share no objects', () => {
    const other = defaultConfig();
    other.quarantines[1].retention.value = 99;
    expect(c.quarantines[1].retention.value).toBe(30);
  });
});

describe('serial numbers', () => {
  it.each([
    ['42127C7DDEE76852677B-F80CE8074CD3', 'virtual'],
    ['0019B9D0A1C2-FCH1234ABCD', 'hardware'],
    ['VLN123456789', 'vln'],
    ['1AB2C3D4E5F', 'pak'],
    ['FCH1234ABCD', 'hardware'],
    ['FOC-2145-X0AB9', 'hardware'],
    ['vln123456789', 'vln'],
    ['ABCD-12345', 'pak'],
    ['42127C7DDEE76852677B', 'malformed'],
    ['42127c7ddee76852677b-f80ce8074cd3', 'virtual'],
    ['ESA1', 'malformed'],
    ['admin@example.com', 'malformed'],
  ])('when %s is offered then it is %s', (serial, kind) => {
    expect(classifySerial(serial)).toBe(kind);
  });
});

describe('section names', () => {
  it('the light list of sections equals the schema’s keys, in order', async () => {
    const { SECTION_NAMES } = await import('../../../src/engine/config/sections.ts');
    const { configSections } = await import('../../../src/engine/config/schema/index.ts');
    expect(SECTION_NAMES).toEqual(configSections);
  });
});
