/**
 * The update-status commands: `encryptionstatus` / `encryptionupdate` (PXE engine and Domain
 * Mappings file) and `dlpstatus` / `dlpupdate` / `dlprollback` (DLP engine and classifiers).
 */
import type { EngineStatus } from '../../api/dlp.ts';
import { columns, Out, yesNo } from '../output.ts';
import { statusTime } from '../time.ts';
import type { Command } from '../types.ts';

export const encryptionstatus: Command = {
  name: 'encryptionstatus',
  summary: 'Show the version of the PXE Engine and Domain Mappings File.',
  usage: 'encryptionstatus',
  details: ['Shows the installed PXE engine and Domain Mappings file versions, when they were last updated and the last update check.'],
  async run(ctx) {
    const out = new Out();
    const s = await ctx.api.encryption.pxeUpdates(ctx.scope);
    out.line();
    for (const l of columns([
      ['Component', 'Version', 'Last Updated'],
      ['PXE Engine', s.engineVersion, statusTime(s.installedAt)],
      ['Domain Mappings File', s.domainMappingsVersion, statusTime(s.installedAt)],
    ]))
      out.line(l);
    return out
      .line()
      .line(`Last update check: ${s.lastCheckAt === null ? 'Never' : statusTime(s.lastCheckAt)}`)
      .done();
  },
};

export const encryptionupdate: Command = {
  name: 'encryptionupdate',
  summary: 'Request an update to the PXE Engine.',
  usage: 'encryptionupdate',
  details: ['Checks for a newer PXE engine and Domain Mappings file now (the GUI’s Update Now under PXE Engine Updates).'],
  async run(ctx) {
    const out = new Out();
    out.line().line('Requesting update of PXE Engine.');
    const s = await ctx.api.encryption.pxeUpdateNow(ctx.scope);
    return out.line(`The PXE Engine is up to date (version ${s.engineVersion}, Domain Mappings File ${s.domainMappingsVersion}).`).done();
  },
};

/** The DLP status table and the lines below it. */
function dlpStatusLines(out: Out, s: EngineStatus): Out {
  const updated = s.lastUpdateAt === null ? 'Never updated' : statusTime(s.lastUpdateAt);
  out.line();
  for (const l of columns([
    ['Component', 'Version', 'Last Updated'],
    ['DLP Engine', s.installed.engine, updated],
    ['Content Matching Classifiers', s.installed.classifiers, updated],
  ]))
    out.line(l);
  out
    .line()
    .line(`Last update attempt: ${s.lastAttemptAt === null ? 'Never' : statusTime(s.lastAttemptAt)}`)
    .line(`Automatic updates: ${s.automaticUpdates ? 'Enabled' : 'Disabled'}`)
    .line(`Previous version (dlprollback): ${s.previous ? `${s.previous.engine} (classifiers ${s.previous.classifiers})` : 'None'}`);
  const newest = s.available[s.available.length - 1];
  if (newest) out.line(`Update available: ${newest.engine} (classifiers ${newest.classifiers}). Run dlpupdate to install it.`);
  return out;
}

export const dlpstatus: Command = {
  name: 'dlpstatus',
  summary: 'Display the DLP engine and content matching classifier versions.',
  usage: 'dlpstatus',
  details: [
    'Shows the installed DLP engine and classifier versions, the last update and update attempt, and whether automatic updates are on.',
  ],
  async run(ctx) {
    const out = new Out();
    return dlpStatusLines(out, await ctx.api.dlp.engineStatus(ctx.scope)).done();
  },
};

export const dlpupdate: Command = {
  name: 'dlpupdate',
  summary: 'Update the DLP engine and content matching classifiers.',
  usage: 'dlpupdate [force]',
  details: [
    'Installs the newest available DLP engine and classifier release (the GUI’s Update Now).',
    '  force  Request the update even if no changes are detected.',
  ],
  takesArguments: true,
  subcommands: ['force'],
  async run(ctx, args) {
    const out = new Out();
    const force = args.length === 1 && args[0].toLowerCase() === 'force';
    if (args.length && !force) return out.error(`Usage: ${this.usage}`).done();
    out
      .line()
      .line(force ? 'Forcing an update of the DLP engine and content matching classifiers...' : 'Checking for DLP engine updates...');
    const answer = await ctx.api.dlp.updateNow(ctx.scope);
    out.line(answer.message);
    if (force && !answer.changed)
      out.note('Simulator: no newer release exists, so forcing re-checked the installed version without reinstalling it.');
    return out.done();
  },
};

export const dlprollback: Command = {
  name: 'dlprollback',
  summary: 'Roll back the DLP engine to the previous version.',
  usage: 'dlprollback',
  details: ['Returns the DLP engine and classifiers to the previously installed version, after confirmation.'],
  async run(ctx) {
    const out = new Out();
    const s = await ctx.api.dlp.engineStatus(ctx.scope);
    if (!s.previous) return out.line('There is no previous DLP engine version to roll back to.').done();
    out.line().line(`Current DLP engine: ${s.installed.engine}. Previous: ${s.previous.engine}.`);
    return yesNo(out, 'Do you want to roll back the DLP engine to the previous version?', false, async (yes, o) => {
      if (!yes) return o.line('The DLP engine was not rolled back.').done();
      return o.line((await ctx.api.dlp.rollback(ctx.scope)).message).done();
    });
  },
};
