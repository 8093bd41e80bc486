/**
 * `encryptionconfig`: the global settings and the profiles with their provisioning status, then
 * the appliance's operation menu (SETUP, PROFILES, PROVISION), returning to it after each
 * operation until Enter. Batch forms: `print`, `setup`, `profiles`, `provision <profile>`.
 */
import type { ApplianceConfig, EncryptionProfile } from '../../engine/config/schema/index.ts';
import type { ProfileProvisioning } from '../../api/encryption.ts';
import { objectLines } from '../config-text.ts';
import { choose, columns, menu, Out, toPrompt, type After } from '../output.ts';
import type { Command, CommandContext, Step } from '../types.ts';
import { setupEncryption } from './encryption-setup.ts';

const KEY_SERVICE = { res: 'Cisco Registered Envelope Service', local: 'Cisco IronPort Encryption Appliance' } as const;

/** A profile's status: provisioning applies to committed hosted-key-service profiles only. */
function statusOf(p: EncryptionProfile, status: readonly ProfileProvisioning[]): string {
  const s = status.find((x) => x.profile === p.name);
  if (!s) return 'Not committed';
  if (s.status === 'not-applicable') return 'N/A (local key server)';
  return s.status === 'provisioned' ? `Provisioned${s.accountNumber ? ` (account ${s.accountNumber})` : ''}` : 'Not Provisioned';
}

/** The global settings and the profile table. */
async function printSettings(
  ctx: CommandContext,
  out: Out,
): Promise<{ candidate: ApplianceConfig; status: readonly ProfileProvisioning[] }> {
  const { candidate, pending } = await ctx.api.config.view(ctx.scope);
  const status = await ctx.api.encryption.provisioningStatus(ctx.scope);
  const enc = candidate.encryption;
  const proxy = enc.proxy.enabled
    ? `${enc.proxy.type} ${enc.proxy.host}:${enc.proxy.port}${enc.proxy.username ? ` (user ${enc.proxy.username}, password masked)` : ''}`
    : 'Not configured';
  out
    .line()
    .line(`IronPort Email Encryption: ${enc.enabled ? 'Enabled' : 'Disabled'}`)
    .line(`License agreement: ${enc.licenseAccepted ? 'Accepted' : 'Not accepted'}`)
    .line(`Maximum message size to encrypt: ${enc.maxMessageSize}`)
    .line(`Email address of the encryption account administrator: ${enc.adminEmail || '(not set)'}`)
    .line(`Proxy: ${proxy}`)
    .line();
  if (enc.profiles.length === 0) out.line('Encryption Profiles: None configured.');
  else {
    out.line('Encryption Profiles:');
    for (const l of columns([
      ['Profile Name', 'Key Service', 'Provisioning Status'],
      ...enc.profiles.map((p) => [p.name, KEY_SERVICE[p.keyService], statusOf(p, status)]),
    ]))
      out.line(l);
  }
  if (pending.length) out.note('Simulator: this shows the settings including pending changes; provisioning sees committed profiles only.');
  return { candidate, status };
}

/** Provisions one profile and prints the outcome. */
async function provision(ctx: CommandContext, out: Out, name: string): Promise<void> {
  out.line().line(`Provisioning profile "${name}" with the Cisco Registered Envelope Service...`);
  const r = await ctx.api.encryption.provision(name, ctx.scope);
  if (!r.ok) out.error(`Provisioning failed: ${r.error.message}`);
  else out.line(`Profile "${name}" was successfully provisioned (account ${r.value.accountNumber}, ${r.value.accountName}).`);
}

/** Picks a profile (numbered, with status), then runs `then`. */
async function pickProfile(
  ctx: CommandContext,
  out: Out,
  heading: string,
  after: After,
  then: (name: string, out: Out) => Promise<void>,
): Promise<Step> {
  const { candidate } = await ctx.api.config.view(ctx.scope);
  const status = await ctx.api.encryption.provisioningStatus(ctx.scope);
  const profiles = candidate.encryption.profiles;
  if (profiles.length === 0) return after(out.line().line('No encryption profiles are configured.'));
  return choose(
    out,
    heading,
    profiles.map((p) => ({ name: p.name, label: `${p.name} (${statusOf(p, status)})` })),
    async (name, o) => {
      if (name) await then(name, o);
      return after(o);
    },
  );
}

/** PROFILES: list, print one, provision one; back to the main menu on Enter. */
async function profilesMenu(ctx: CommandContext, out: Out, after: After): Promise<Step> {
  await printSettings(ctx, out);
  out.note(
    'Simulator: add, edit or delete profiles on Security Services > Cisco IronPort Email Encryption; this CLI prints and provisions them.',
  );
  const again: After = (o) => profilesMenu(ctx, o, after);
  return menu(
    out,
    [
      ['PRINT', "Display a profile's settings."],
      ['PROVISION', 'Provision a profile with the Cisco Registered Envelope Service.'],
    ],
    async (op, o) => {
      if (op === 'PRINT') {
        return pickProfile(ctx, o, 'Select the profile to display:', again, async (name, o2) => {
          const { candidate } = await ctx.api.config.view(ctx.scope);
          const profile = candidate.encryption.profiles.find((x) => x.name === name);
          if (!profile) return;
          const { name: _name, ...fields } = profile;
          o2.line().line(`Profile: ${name}`);
          for (const l of objectLines(fields, 1)) o2.line(l);
        });
      }
      if (op === 'PROVISION') return pickProfile(ctx, o, 'Select the profile to provision:', again, (name, o2) => provision(ctx, o2, name));
      return after(o);
    },
  );
}

/** The main menu, shown after the settings; each operation comes back to it. */
async function mainMenu(ctx: CommandContext, out: Out): Promise<Step> {
  await printSettings(ctx, out);
  const again: After = (o) => mainMenu(ctx, o);
  return menu(
    out,
    [
      ['SETUP', 'Enable/Disable IronPort Email Encryption.'],
      ['PROFILES', 'Configure email encryption profiles.'],
      ['PROVISION', 'Provision with the Cisco Registered Envelope Service.'],
    ],
    async (op, o) => {
      if (op === 'SETUP') return setupEncryption(ctx, o, again);
      if (op === 'PROFILES') return profilesMenu(ctx, o, again);
      if (op === 'PROVISION') return pickProfile(ctx, o, 'Select the profile to provision:', again, (name, o2) => provision(ctx, o2, name));
      return o.done();
    },
  );
}

const USAGE = 'encryptionconfig [setup | profiles | print | provision <profile>]';

export const encryptionconfig: Command = {
  name: 'encryptionconfig',
  summary: 'Configure email encryption.',
  usage: USAGE,
  details: [
    'Without arguments: shows the settings and profiles, then a menu (press Enter on an empty [] > line to leave it).',
    '  setup               Enable or disable encryption: licence, maximum message size, administrator address.',
    '  profiles            List, print and provision encryption profiles.',
    '  print               Print the settings and profiles only.',
    '  provision <profile> Provision a committed profile with the Cisco Registered Envelope Service.',
    'Changes made here are pending until you commit them, exactly like Submit in the GUI.',
  ],
  takesArguments: true,
  subcommands: ['setup', 'profiles', 'print', 'provision'],
  async run(ctx, args) {
    const out = new Out();
    const [sub, ...rest] = args.map((a, i) => (i === 0 ? a.toLowerCase() : a));
    if (sub === undefined) return mainMenu(ctx, out);
    if (sub === 'print' && rest.length === 0) {
      await printSettings(ctx, out);
      return out.done();
    }
    if (sub === 'setup' && rest.length === 0) return setupEncryption(ctx, out, toPrompt);
    if (sub === 'profiles' && rest.length === 0) return profilesMenu(ctx, out, toPrompt);
    if (sub === 'provision' && rest.length > 0) {
      await provision(ctx, out, rest.join(' '));
      return out.done();
    }
    return out.error(`Usage: ${USAGE}`).done();
  },
};
