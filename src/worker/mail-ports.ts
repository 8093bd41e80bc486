/**
 * The mail flow's ports, bound to the real engine: the DLP engine's policy evaluation and the
 * encryption service. The dry-run encryptor only checks what the real one would refuse first
 * (profile exists and is provisioned) and stores nothing.
 */
import type { ApplianceConfig } from '../engine/config/schema/index.ts';
import { evaluatePolicies } from '../engine/dlp/index.ts';
import type { Attachment } from '../engine/mailflow/types.ts';
import type { EncryptOutcome, Encryptor } from '../engine/mailflow/ports.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import type { ServiceContext } from './context.ts';
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

  const encryptDry = dryEncryptor(ctx, scope, async () =>
    (await ctx.db.config.get(scope)) ? await effectiveCommitted(ctx.db, scope) : undefined,
  );

  return { evaluateDlp: (policies, message, c) => evaluatePolicies(policies, message, c), encrypt, encryptDry };
}

/**
 * Answers what encryption would do, storing nothing: the dry run (against the committed
 * configuration) and Preview impact (against the configuration replayed).
 */
export function dryEncryptor(ctx: ServiceContext, scope: string, configOf: () => Promise<ApplianceConfig | undefined>): Encryptor {
  return async (req) => {
    const config = await configOf();
    const profile = config?.encryption.profiles.find((p) => p.name === req.profile);
    if (!config?.encryption.enabled) return { ok: false, reason: 'Cisco IronPort Email Encryption is disabled.' };
    if (!profile) return { ok: false, reason: `No encryption profile named “${req.profile}”.` };
    if (!(await ctx.db.provisioning.get([scope, profile.name])))
      return { ok: false, reason: `Profile “${profile.name}” has not been provisioned on ${config.appliance.hostname}.` };
    return {
      ok: true,
      resMessageId: '(dry run)',
      notification: {
        from: req.message.from,
        subject: req.subject,
        text: '(dry run: the recipient would receive a Registered Envelope)',
        html: '',
        attachments: [],
      },
    };
  };
}
