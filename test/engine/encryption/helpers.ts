/** Shared set-up for the encryption and key service tests: a service with encryption ready to use. */
import { expect } from 'vitest';
import { defaultEncryptionProfile } from '../../../src/engine/config/defaults.ts';
import type { EncryptionProfile } from '../../../src/engine/config/schema/index.ts';
import type { PlainMessage } from '../../../src/engine/encryption/types.ts';
import type { EngineApi } from '../../../src/api/engine-api.ts';

/** The default simulated appliance's serial number. */
export const SERIAL = '42127C7DDEE76852677B-F80CE8074CD3';
export const DAY_MS = 86_400_000;

/** A profile with the defaults and some changes. */
export const profile = (name: string, changes: Partial<EncryptionProfile> = {}): EncryptionProfile => ({
  ...defaultEncryptionProfile(name),
  ...changes,
});

/** Enables encryption with these profiles, and commits. */
export async function commitEncryption(svc: EngineApi, profiles: EncryptionProfile[], extra: Record<string, unknown> = {}): Promise<void> {
  const { candidate } = await svc.config.view();
  const r = await svc.config.submit(
    'encryption',
    { ...candidate.encryption, enabled: true, licenseAccepted: true, profiles, ...extra },
    'Encryption',
  );
  expect(r.ok, JSON.stringify(r)).toBe(true);
  expect((await svc.config.commit('encryption')).ok).toBe(true);
}

/** A valid request for the default appliance. */
export const REQUEST = {
  accountName: 'Example Corp',
  administrators: ['admin@example.com'],
  serials: [SERIAL],
  domains: ['example.com'],
};

/** Enables encryption, gets an account fulfilled and provisions every profile. */
export async function readyToEncrypt(svc: EngineApi, profiles: EncryptionProfile[]): Promise<void> {
  await commitEncryption(svc, profiles);
  expect((await svc.res.requestProvisioning(REQUEST)).ok).toBe(true);
  expect((await svc.clock.advance(DAY_MS)).ok).toBe(true);
  for (const p of profiles) {
    const r = await svc.encryption.provision(p.name);
    expect(r.ok, JSON.stringify(r)).toBe(true);
  }
}

/** A small message with one attachment. */
export const MESSAGE: PlainMessage = {
  from: 'alice@example.com',
  to: ['bob@partner.example'],
  cc: ['carol@partner.example'],
  subject: 'Quarterly figures',
  text: 'The secret numbers are 42 and 7.',
  html: '<p>The secret numbers are <b>42</b> and 7.</p>',
  attachments: [{ name: 'figures.csv', contentType: 'text/csv', data: new TextEncoder().encode('q,value\n1,42\n') }],
};
