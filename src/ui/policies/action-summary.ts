/**
 * What a DLP message action does, in words: the one-line summary under the form and in the table,
 * and which DLP policies (at which severities) use an action.
 */
import type { ApplianceConfig, MessageAction, Severity } from '../../engine/config/schema/index.ts';
import { SEVERITY_LABELS } from './labels.ts';

const q = (s: string) => `“${s}”`;
const list = (items: readonly string[]) => items.join(', ');

/** The primary action, e.g. `Quarantine in “Policy”`. */
export function primaryLabel(a: MessageAction): string {
  if (a.primary.kind === 'deliver') return 'Deliver';
  if (a.primary.kind === 'drop') return 'Drop';
  return a.primary.quarantine ? `Quarantine in ${q(a.primary.quarantine)}` : 'Quarantine (no quarantine chosen)';
}

/** The secondary actions, one short phrase each, in the order the appliance applies them. */
export function secondaryPhrases(a: MessageAction): string[] {
  const out: string[] = [];
  if (a.encryption) {
    const rule = a.encryption.rule === 'always' ? 'always' : 'only if TLS fails';
    out.push(`encrypted with ${a.encryption.profile || '(no profile)'} (${rule})`);
  }
  if (a.copyToQuarantine) out.push(`copy to quarantine ${q(a.copyToQuarantine)}`);
  if (a.modifySubject && a.modifySubject.text)
    out.push(`subject ${a.modifySubject.position === 'prepend' ? 'prefixed with' : 'suffixed with'} ${q(a.modifySubject.text)}`);
  if (a.disclaimer) out.push(`disclaimer ${q(a.disclaimer.resource || '(none chosen)')} ${a.disclaimer.position}`);
  if (a.alternateHost) out.push(`sent to alternate host ${a.alternateHost}`);
  if (a.bcc) out.push(`bcc to ${a.bcc.addresses.length ? list(a.bcc.addresses) : '(no address)'}`);
  if (a.notification) {
    const n = a.notification;
    const to = [...(n.toSender ? ['the sender'] : []), ...n.otherRecipients];
    out.push(`DLP notification ${q(n.template || '(no template)')} to ${to.length ? list(to) : '(nobody)'}`);
  }
  return out;
}

/** The live one-line summary: `Deliver, encrypted with CRES_MED (always), bcc to …`. */
export function summarise(a: MessageAction): string {
  const rest = secondaryPhrases(a);
  if (a.primary.kind === 'drop' && rest.length === 0) return 'Drop: the message is not delivered.';
  return `${[primaryLabel(a), ...rest].join(', ')}.`;
}

/** One DLP policy that uses an action, and at which severities (inherited levels included). */
export interface ActionUse {
  readonly policy: string;
  readonly levels: readonly Severity[];
}

/**
 * The DLP policies that use action `name`. A level left empty inherits the action of the level
 * above it, so it counts as a use of that action too.
 */
export function actionUses(config: ApplianceConfig, name: string): ActionUse[] {
  const uses: ActionUse[] = [];
  for (const p of config.dlp.policies) {
    const levels: Severity[] = [];
    let current = p.actions.critical;
    for (const level of ['critical', 'high', 'medium', 'low'] as const) {
      current = (level === 'critical' ? p.actions.critical : p.actions[level]) ?? current;
      if (current === name) levels.push(level);
    }
    if (levels.length) uses.push({ policy: p.name, levels });
  }
  return uses;
}

/** `PCI-DSS (Critical, High)` */
export const useLabel = (u: ActionUse): string => `${u.policy} (${u.levels.map((l) => SEVERITY_LABELS[l]).join(', ')})`;
