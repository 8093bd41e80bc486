/**
 * `encryptionconfig` → SETUP: enable or disable email encryption, accept the licence agreement,
 * the maximum message size and the account administrator's address. The result is submitted as
 * a pending change, exactly like Submit on the GUI page, and needs a commit to take effect.
 */
import type { EncryptionSettings } from '../../engine/config/schema/index.ts';
import { isEmailAddress } from '../../engine/model/address.ts';
import { parseSize } from '../../engine/model/size.ts';
import { askValue, Out, yesNo, type After } from '../output.ts';
import type { CommandContext, Step } from '../types.ts';

/** The same bounds as the schema and the GUI form: 1k to 100M. */
function checkSize(s: string): string | null {
  const bytes = parseSize(s);
  if (bytes === null) return 'Please enter a size such as 10M or 512K.';
  if (bytes < 1024 || bytes > 100 * 1024 ** 2) return 'The size must be between 1K and 100M.';
  return null;
}

const checkEmail = (s: string): string | null => (isEmailAddress(s) ? null : 'Please enter a valid email address.');

/** Submits the new global settings and tells the learner a commit is needed. */
async function submit(ctx: CommandContext, out: Out, value: EncryptionSettings, what: string): Promise<void> {
  const r = await ctx.api.config.submit('encryption', value, `Email Encryption Global Settings (CLI: ${what})`, ctx.scope);
  if (!r.ok) {
    out.error(r.error.message);
    for (const issue of r.error.issues ?? []) out.error(`  ${issue.path}: ${issue.message}`);
    return;
  }
  out.note(
    `Simulator: submitted as a pending change (${r.value.pendingCount} pending). Type commit to apply it — the header's Commit Changes button counts it too.`,
  );
}

/** The licence text, kept as plain as the GUI's simulated agreement. */
const LICENSE = [
  'IronPort Email Encryption License Agreement',
  '',
  'Simulated end user licence agreement. In this training simulator, accepting lets you enable',
  'IronPort Email Encryption on the simulated appliance. On a real appliance you would read the',
  "vendor's agreement here before accepting; declining leaves the feature disabled.",
];

/** The interactive setup; `after` continues (the menu, or the command prompt). */
export async function setupEncryption(ctx: CommandContext, out: Out, after: After): Promise<Step> {
  const { candidate } = await ctx.api.config.view(ctx.scope);
  const enc = candidate.encryption;
  out
    .line()
    .line(`IronPort Email Encryption: ${enc.enabled ? 'Enabled' : 'Disabled'}`)
    .line();

  const askDetails = (o: Out, licenseAccepted: boolean): Step =>
    askValue(
      o,
      'What is the maximum message size to encrypt? (Add a trailing K or M to indicate units. Recommended setting is 10M or less.)',
      enc.maxMessageSize,
      checkSize,
      async (size, o2) =>
        askValue(
          o2,
          'Please enter the email address of the Cisco Registered Envelope Service administrator:',
          enc.adminEmail,
          checkEmail,
          async (email, o3) => {
            o3.line();
            await submit(
              ctx,
              o3,
              { ...enc, enabled: true, licenseAccepted, maxMessageSize: size.toUpperCase(), adminEmail: email },
              'encryptionconfig setup',
            );
            return after(o3);
          },
        ),
    );

  return yesNo(out, 'Would you like to use IronPort Email Encryption?', true, async (yes, o) => {
    if (!yes) {
      if (!enc.enabled) return after(o.line('IronPort Email Encryption remains disabled.'));
      await submit(ctx, o, { ...enc, enabled: false }, 'encryptionconfig setup');
      return after(o);
    }
    if (enc.licenseAccepted) return askDetails(o, true);
    o.line();
    for (const l of LICENSE) o.line(l);
    o.line();
    return yesNo(o, 'Do you accept the above license agreement?', null, async (accepted, o2) => {
      if (!accepted) return after(o2.line('IronPort Email Encryption was not enabled: the license agreement was declined.'));
      return askDetails(o2, true);
    });
  });
}
