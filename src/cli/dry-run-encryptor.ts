/**
 * The command line has no key service: this stand-in answers every encryption request as the
 * service would when it works, without keys or an envelope, so a replay shows "Encrypted (PROFILE)".
 */
import type { Encryptor } from '../engine/mailflow/ports.ts';

/** Says the message would be encrypted with its profile; stores nothing. */
export const dryRunEncryptor: Encryptor = async (request) => ({
  ok: true,
  resMessageId: `dry-run-${request.mid}`,
  notification: {
    from: request.message.from,
    subject: request.subject,
    text: `This message would be encrypted with the encryption profile ${request.profile}.`,
    html: '',
    attachments: [],
  },
});
