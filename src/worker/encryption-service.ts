/**
 * Email encryption on the appliance side as a service: provisioning a profile with the key service
 * (per appliance scope, stored outside the configuration), the profile table's provisioning
 * status, encrypting a message for the mail flow (crypto first, then one transaction storing the
 * key and metadata at the key service) and the profile page's Example Message preview.
 */
import { kvGet, kvKeys, kvPut } from '../db/kv.ts';
import type { ApplianceConfig, EncryptionProfile } from '../engine/config/schema/index.ts';
import { fail, ok, type Result } from '../engine/errors.ts';
import { encryptionFailed, encryptMessage, type EncryptOutcome } from '../engine/encryption/encrypt.ts';
import { examplePreview, type ExamplePreview } from '../engine/encryption/example.ts';
import { FALLBACK_TEMPLATES, resolveTemplates } from '../engine/encryption/notification.ts';
import { checkProvisioning, type ProvisioningRecord } from '../engine/encryption/provisioning.ts';
import { cryptoRandom, type RandomBytes } from '../engine/encryption/random.ts';
import { parseSize } from '../engine/model/size.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import type { ServiceContext } from './context.ts';
import { settleRes } from './res-service.ts';
import { effectiveCandidate, effectiveCommitted, readLayout } from '../db/views/levels.ts';
import type { ProfileProvisioning, PxeUpdates, EncryptRequest } from '../api/encryption.ts';

/** Test hooks: randomness for keys and IVs. */
export interface EncryptionServiceOptions {
  readonly random?: RandomBytes;
}

/** The simulated PXE component versions: fixed, so Update Now always finds them current. */
const PXE_ENGINE_VERSION = '8.0.0-017';
const PXE_DOMAIN_MAPPINGS_VERSION = '1.0.0';
const PXE_INSTALLED_AT = Date.UTC(2025, 10, 3, 0, 0, 0);

/** The `encryption` part of the service: provisioning, status, encrypting, the example preview. */
export function createEncryptionService(ctx: ServiceContext, options: EncryptionServiceOptions = {}) {
  const { db } = ctx;
  const random = options.random ?? cryptoRandom;

  /** The machine's committed configuration; in a cluster, its effective one. */
  const committed = (scope: string): Promise<ApplianceConfig> => effectiveCommitted(db, scope);

  return {
    /** The Provision (or Re-provision) button: checks the preconditions in order, then records the provisioning. */
    async provision(profileName: string, scope = DEFAULT_SCOPE): Promise<Result<ProvisioningRecord>> {
      const now = await ctx.now();
      await settleRes(db, now);
      // Provisioning is per appliance: in a cluster only a machine (with its own serial) provisions.
      if ((await readLayout(db))?.mode === 'cluster' && !scope.startsWith('machine:'))
        return fail('site.unknown-machine', undefined, 'Provisioning is per appliance: switch to Machine mode.');
      return db.transaction('rw', [db.config, db.pending, db.resAccounts, db.resRequests, db.provisioning, db.kv], async () => {
        const config = await committed(scope);
        const checked = checkProvisioning({
          committed: config,
          candidate: await effectiveCandidate(db, scope),
          profileName,
          accounts: await db.resAccounts.toArray(),
          pendingRequests: await db.resRequests.where('status').equals('pending').toArray(),
          now,
        });
        if (!checked.ok) return checked;
        const record: ProvisioningRecord = {
          scope,
          profile: profileName,
          accountNumber: checked.value.number,
          accountName: checked.value.name,
          serial: config.appliance.serialNumber,
          provisionedAt: now,
        };
        await db.provisioning.put(record);
        return ok(record);
      });
    },

    /** Each committed profile with its provisioning state on this appliance. */
    async provisioningStatus(scope = DEFAULT_SCOPE): Promise<ProfileProvisioning[]> {
      const config = await committed(scope);
      const records = await db.provisioning.where('scope').equals(scope).toArray();
      return config.encryption.profiles.map((p) => {
        if (p.keyService !== 'res')
          return {
            profile: p.name,
            keyService: p.keyService,
            status: 'not-applicable',
            action: null,
            accountNumber: null,
            provisionedAt: null,
          };
        const r = records.find((x) => x.profile === p.name);
        return r
          ? {
              profile: p.name,
              keyService: p.keyService,
              status: 'provisioned',
              action: 'Re-provision',
              accountNumber: r.accountNumber,
              provisionedAt: r.provisionedAt,
            }
          : {
              profile: p.name,
              keyService: p.keyService,
              status: 'not-provisioned',
              action: 'Provision',
              accountNumber: null,
              provisionedAt: null,
            };
      });
    },

    /**
     * Encrypts a message with a committed profile (for the mail flow). On failure nothing is stored
     * and the outcome carries the sender's failure notification; the message must not be delivered.
     */
    async encryptMessage(req: EncryptRequest): Promise<EncryptOutcome> {
      const scope = req.scope ?? DEFAULT_SCOPE;
      const now = await ctx.now();
      const config = await committed(scope);
      const host = config.appliance.hostname;
      const profile = config.encryption.profiles.find((p) => p.name === req.profile);
      const templates = profile ? resolveTemplates(config, profile) : FALLBACK_TEMPLATES;
      const failed = (reason: Parameters<typeof encryptionFailed>[0], detail: string) =>
        encryptionFailed(reason, detail, req.message, templates, host, now);
      if (!config.encryption.enabled || !config.encryption.licenseAccepted)
        return failed('not-enabled', 'Cisco IronPort Email Encryption is disabled.');
      if (!profile) return failed('unknown-profile', `No encryption profile named “${req.profile}”.`);
      if (profile.keyService !== 'res') return failed('local-key-server', `Profile “${profile.name}” uses a local key server.`);
      const provisioned = await db.provisioning.get([scope, profile.name]);
      if (!provisioned) return failed('not-provisioned', `Profile “${profile.name}” has not been provisioned on ${host}.`);

      // Crypto first; the transaction below only stores its result.
      const outcome = await encryptMessage(
        {
          message: req.message,
          profile,
          templates,
          accountNumber: provisioned.accountNumber,
          maxMessageSize: parseSize(config.encryption.maxMessageSize) ?? 10 * 1024 ** 2,
          subjectTemplate: req.subject,
          hostname: host,
        },
        { now, messageId: ctx.newId(), random },
      );
      if (!outcome.ok) return outcome;
      await db.transaction('rw', db.resMessages, db.resKeys, async () => {
        await db.resMessages.add(outcome.value.resMessage);
        await db.resKeys.add(outcome.value.resKey);
      });
      return outcome;
    },

    /** PXE Engine Updates: versions and the last manual check (per appliance scope). */
    async pxeUpdates(scope = DEFAULT_SCOPE): Promise<PxeUpdates> {
      const lastCheckAt = (await kvGet(db, kvKeys.pxeLastCheck(scope))) ?? null;
      return {
        engineVersion: PXE_ENGINE_VERSION,
        domainMappingsVersion: PXE_DOMAIN_MAPPINGS_VERSION,
        installedAt: PXE_INSTALLED_AT,
        lastCheckAt,
      };
    },

    /** Update Now: records a check at the simulated time; no newer version exists in the simulation. */
    async pxeUpdateNow(scope = DEFAULT_SCOPE): Promise<PxeUpdates> {
      const now = await ctx.now();
      await kvPut(db, kvKeys.pxeLastCheck(scope), now);
      return {
        engineVersion: PXE_ENGINE_VERSION,
        domainMappingsVersion: PXE_DOMAIN_MAPPINGS_VERSION,
        installedAt: PXE_INSTALLED_AT,
        lastCheckAt: now,
      };
    },

    /** The Example Message preview for a profile as edited (templates from the pending configuration if any). */
    async examplePreview(profile: EncryptionProfile, scope = DEFAULT_SCOPE): Promise<ExamplePreview> {
      const config = (await db.pending.get(scope))?.candidate ?? (await committed(scope));
      return examplePreview(profile, resolveTemplates(config, profile), await ctx.now(), random);
    },
  };
}
