/**
 * `version` and the login banner: the appliance's identity from the configuration. The learner
 * reads the Serial # here for the Registered Envelope Service provisioning request.
 */
import type { ApplianceConfig } from '../../engine/config/schema/index.ts';
import { Out } from '../output.ts';
import type { Command } from '../types.ts';

type Appliance = ApplianceConfig['appliance'];

/** Virtual models end in V. */
const isVirtual = (model: string) => model.endsWith('V');

/** `Cisco C100V Email Security Virtual Appliance`. */
export const productName = (model: string) => `Cisco ${model} Email Security ${isVirtual(model) ? 'Virtual ' : ''}Appliance`;

/** The simulated build's fixed facts (not part of the configuration). */
const BUILD_DATE = '2021-01-20';
const INSTALL_DATE = '2025-11-03 10:15:02';

/** Resources a virtual model is sized with. */
const VIRTUAL_SIZES: Record<string, { cpus: number; memoryMb: number; diskGb: number }> = {
  C100V: { cpus: 2, memoryMb: 8192, diskGb: 200 },
  C300V: { cpus: 4, memoryMb: 8192, diskGb: 500 },
  C600V: { cpus: 8, memoryMb: 16384, diskGb: 500 },
};

/** The `version` report (layout from the appliance's output). */
export function versionLines(a: Appliance): string[] {
  const lines = [
    'Current Version',
    '===============',
    `UDI: ${a.model} ${a.serialNumber}`,
    `Name: ${a.model}`,
    `Product: ${productName(a.model)}`,
    `Model: ${a.model}`,
    `Version: ${a.asyncOsVersion}`,
    `Build Date: ${BUILD_DATE}`,
    `Install Date: ${INSTALL_DATE}`,
    `Serial #: ${a.serialNumber}`,
  ];
  const size = VIRTUAL_SIZES[a.model];
  if (size) {
    lines.push(
      'BIOS: 6.00',
      `CPUs: ${size.cpus} expected, ${size.cpus} allocated`,
      `Memory: ${size.memoryMb} MB expected, ${size.memoryMb} MB allocated`,
      `Hard disk: ${size.diskGb} GB expected, ${size.diskGb} GB allocated`,
      'RAID: NA',
      'RAID Status: Unknown',
      'RAID Type: NA',
      'BMC: NA',
    );
  } else {
    lines.push('BIOS: C240M5.4.1', 'RAID: 2 Drives', 'RAID Status: Optimal', 'RAID Type: 10', 'BMC: 4.1(2a)');
  }
  return lines;
}

/** The login banner, with the simulator's honest aside about idle sessions. */
export function bannerLines(a: Appliance, out = new Out()): Out {
  const [release, build] = a.asyncOsVersion.split('-');
  return out
    .line(`AsyncOS ${release} for Cisco ${a.model} build ${build}`)
    .line()
    .line(`Welcome to the ${productName(a.model)}`)
    .line()
    .line(
      'NOTE: This session will expire if left idle for 30 minutes. Any uncommitted configuration changes will be lost. Commit the configuration changes as soon as they are made.',
    )
    .note(
      'Simulator: sessions here never expire, and uncommitted changes are kept until you commit or clear them (or use Commit Changes in the header). Type help for the commands.',
    )
    .line();
}

export const version: Command = {
  name: 'version',
  summary: 'View system version information.',
  usage: 'version',
  details: [
    'Shows the model, AsyncOS version and build, and the appliance serial number (Serial #).',
    'The serial number is what the Registered Envelope Service needs to provision this appliance — not the VLN or PAK.',
  ],
  async run(ctx) {
    const { committed } = await ctx.api.config.view(ctx.scope);
    const out = new Out().line();
    for (const l of versionLines(committed.appliance)) out.line(l);
    return out.done();
  },
};
