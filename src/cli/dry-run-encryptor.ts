/**
 * The command line has no key service: this stand-in answers encryption requests as the service
 * would when the configuration replayed allows it — encryption enabled and the profile defined
 * (provisioning is not part of an exported configuration, so it is assumed) — without keys or an
 * envelope, so a replay shows "Encrypted (PROFILE)", or "Bounced" when that configuration cannot encrypt.
 */
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import type { Encryptor } from '../engine/mailflow/ports.ts';

/** An encryptor for one configuration; stores nothing. */
export const dryRunEncryptor =
  (config: ApplianceConfig): Encryptor =>
  async (request) => {
    if (!config.encryption.enabled) return { ok: false, reason: 'Cisco IronPort Email Encryption is disabled.' };
    if (!config.encryption.profiles.some((p) => p.name === request.profile))
      return { ok: false, reason: `No encryption profile named “${request.profile}”.` };
    return {
      ok: true,
      resMessageId: `dry-run-${request.mid}`,
      notification: {
        from: request.message.from,
        subject: request.subject,
        text: `This message would be encrypted with the encryption profile ${request.profile}.`,
        html: '',
        attachments: [],
      },
    };
  };
