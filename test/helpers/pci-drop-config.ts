/** An exported configuration file with DLP on and a PCI-DSS policy that drops, for the command-line tests. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, newMessageAction } from '../../src/engine/config/defaults.ts';
import { exportConfig, exportText } from '../../src/engine/config/export-import.ts';
import { createPolicyFromTemplate } from '../../src/engine/dlp/index.ts';

/** Writes it as config.json in `dir` and answers its path. */
export function writePciDropConfig(dir: string): string {
  const config = defaultConfig();
  config.dlp.enabled = true;
  config.dlp.licenseAccepted = true;
  config.dlp.policies = [createPolicyFromTemplate('pci-dss', 'PCI', 'Drop')];
  config.dlp.messageActions = [newMessageAction('Drop', { primary: { kind: 'drop' } })];
  config.outgoingPolicies.defaultPolicy.dlp = { mode: 'enabled', policies: ['PCI'] };
  const path = join(dir, 'config.json');
  writeFileSync(path, exportText(exportConfig(config, '0.1.0', Date.UTC(2024, 0, 1))));
  return path;
}
