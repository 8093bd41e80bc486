/**
 * Encryption answered without a key service, storing nothing: what the real service would refuse
 * first (encryption disabled, no such profile, profile not provisioned), else a stand-in notification.
 * The dry run and Preview impact use it with the appliance's provisioning; the command line, which
 * has none, assumes every profile is provisioned.
 */
import type { ApplianceConfig } from '../config/schema/index.ts';
import type { Encryptor } from './ports.ts';

export function dryEncryptor(
  configOf: () => Promise<ApplianceConfig | undefined>,
  provisioned: (profile: string) => Promise<boolean>,
): Encryptor {
  return async (req) => {
    const config = await configOf();
    if (!config?.encryption.enabled) return { ok: false, reason: 'Cisco IronPort Email Encryption is disabled.' };
    const profile = config.encryption.profiles.find((p) => p.name === req.profile);
    if (!profile) return { ok: false, reason: `No encryption profile named “${req.profile}”.` };
    if (!(await provisioned(profile.name)))
      return { ok: false, reason: `Profile “${profile.name}” has not been provisioned on ${config.appliance.hostname}.` };
    return {
      ok: true,
      resMessageId: '(dry run)',
      notification: {
        from: req.message.from,
        subject: req.subject,
        text: `(dry run: the recipient would receive a Registered Envelope, encrypted with the profile ${profile.name})`,
        html: '',
        attachments: [],
      },
    };
  };
}
