/**
 * The mail flow's ports, bound to the real engine: the DLP engine's policy evaluation and the
 * encryption service. The dry-run encryptor only checks what the real one would refuse first
 * (profile exists and is provisioned) and stores nothing.
 */
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import { evaluatePolicies } from '../engine/dlp/index.ts';
import { dryEncryptor } from '../engine/mailflow/dry-encryptor.ts';
import type { Attachment } from '../engine/mailflow/types.ts';
import type { EncryptOutcome, Encryptor } from '../engine/mailflow/ports.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import type { ServiceContext } from './context.ts';
import { resReachable } from './encryption-queue-service.ts';
import type { createEncryptionService } from './encryption-service.ts';
import type { MailPorts } from './mail-service.ts';
import { effectiveCommitted } from '../db/views/levels.ts';

type EncryptionService = ReturnType<typeof createEncryptionService>;

const toAttachments = (list: readonly { name: string; contentType: string; data: Uint8Array }[]): Attachment[] =>
  list.map((a) => ({ filename: a.name, contentType: a.contentType, content: a.data }));

/** The ports for one appliance scope. */
export function mailPorts(ctx: ServiceContext, encryption: EncryptionService, scope = DEFAULT_SCOPE): MailPorts {
  const encrypt: Encryptor = async (req): Promise<EncryptOutcome> => {
    const m = req.message;
    // A hosted-key-service profile needs res.cisco.com to answer; with the RES Portal's switch off it does not.
    const config = await effectiveCommitted(ctx.db, scope);
    const profile = config.encryption.profiles.find((p) => p.name === req.profile);
    if (config.encryption.enabled && profile?.keyService === 'res' && !(await resReachable(ctx.db)))
      return { ok: false, retry: true, reason: 'the key server res.cisco.com did not answer' };
    const result = await encryption.encryptMessage({
      scope,
      profile: req.profile,
      subject: req.subject,
      message: {
        from: m.from,
        to: [...req.recipients],
        subject: m.subject,
        text: m.text,
        html: m.html,
        attachments: m.attachments.map((a) => ({ name: a.filename, contentType: a.contentType, data: a.content })),
      },
    });
    if (result.ok) {
      const n = result.value.notification;
      return {
        ok: true,
        resMessageId: n.resMessageId,
        notification: { from: n.from, subject: n.subject, text: n.text, html: n.html, attachments: toAttachments(n.attachments) },
      };
    }
    const f = result.failure;
    return {
      ok: false,
      reason: f.detail,
      notice: { from: f.notification.from, subject: f.notification.subject, text: f.notification.text },
    };
  };

  const encryptDry = scopeDryEncryptor(ctx, scope, async () =>
    (await ctx.db.config.get(scope)) ? await effectiveCommitted(ctx.db, scope) : undefined,
  );

  return { evaluateDlp: (policies, message, c) => evaluatePolicies(policies, message, c), encrypt, encryptDry };
}

/** The dry encryptor of one appliance scope: its provisioning decides, against the configuration `configOf` reads. */
export const scopeDryEncryptor = (ctx: ServiceContext, scope: string, configOf: () => Promise<ApplianceConfig | undefined>) =>
  dryEncryptor(configOf, async (profile) => !!(await ctx.db.provisioning.get([scope, profile])));
