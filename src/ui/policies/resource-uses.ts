/** Which settings use a text resource: DLP message actions and encryption profiles. */
import type { ApplianceConfig } from '../../engine/config/schema/index.ts';

/** Human-readable users of resource `name`, e.g. `message action “Notify” (notification)`. */
export function resourceUses(config: ApplianceConfig, name: string): string[] {
  const uses: string[] = [];
  for (const a of config.dlp.messageActions) {
    if (a.disclaimer?.resource === name) uses.push(`message action “${a.name}” (disclaimer)`);
    if (a.notification?.template === name) uses.push(`message action “${a.name}” (DLP notification)`);
  }
  for (const p of config.encryption.profiles) {
    const n = p.notifications;
    if ([n.htmlTemplate, n.textTemplate, n.failureTemplate].includes(name)) uses.push(`encryption profile “${p.name}”`);
  }
  return uses;
}
