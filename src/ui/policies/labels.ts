/**
 * The mail-policy pages' wording and addresses, as the appliance labels things, in one place so
 * tables, forms and summaries say the same.
 */
import type { ApplianceConfig, TextResource } from '../../engine/config/schema/index.ts';

/** Page addresses (hash routes), for links between pages. */
export const PAGES = {
  customizations: '#/mail-policies/dlp-policy-customizations',
  outgoing: '#/mail-policies/outgoing-mail-policies',
  contentFilters: '#/mail-policies/outgoing-content-filters',
  textResources: '#/mail-policies/text-resources',
  destinationControls: '#/network/destination-controls',
  dlpPolicyManager: '#/mail-policies/dlp-policy-manager',
  dlpSettings: '#/security-services/data-loss-prevention',
  quarantines: '#/monitor/quarantines',
  encryption: '#/security-services/email-encryption',
} as const;

/** Text resource types, named as in Add Text Resource > Type. */
export const TEXT_RESOURCE_TYPES: readonly { value: TextResource['type']; label: string; explain: string }[] = [
  {
    value: 'disclaimer',
    label: 'Disclaimer Template',
    explain: 'Added above or below the message body by a DLP message action or a filter.',
  },
  {
    value: 'dlp-notification',
    label: 'DLP Notification Template',
    explain: 'Sent by a DLP message action to the sender or others; the DLP variables ($DLPPolicy, $DLPSeverity, …) work here only.',
  },
  {
    value: 'notification',
    label: 'Notification Template',
    explain: 'Notifications sent by content and message filters; DLP variables are not available.',
  },
  {
    value: 'encryption-html',
    label: 'Encryption Notification Template (HTML)',
    explain: 'The HTML part of the notification that carries a Registered Envelope (chosen in an encryption profile).',
  },
  {
    value: 'encryption-text',
    label: 'Encryption Notification Template (text)',
    explain: 'The plain-text part of the notification that carries a Registered Envelope.',
  },
  {
    value: 'encryption-failure',
    label: 'Bounce and Encryption Failure Notification Template',
    explain: 'Sent to the sender when a message cannot be encrypted.',
  },
];

/** The appliance's label for a text resource type. */
export const textResourceTypeLabel = (t: TextResource['type']): string => TEXT_RESOURCE_TYPES.find((x) => x.value === t)?.label ?? t;

/** The three resources the appliance ships with: editable, never deletable. */
export const isSystemResource = (name: string): boolean => /^System Generated /.test(name);

type Tls = ApplianceConfig['destinationControls'][number]['tls'];

/** Destination Controls > TLS Support choices. */
export const TLS_CHOICES: readonly { value: Tls; label: string; explain: string }[] = [
  { value: 'none', label: 'None', explain: 'TLS is not used for this destination.' },
  {
    value: 'preferred',
    label: 'Preferred',
    explain: 'TLS is negotiated when the remote host offers it; otherwise the message is sent in the clear.',
  },
  { value: 'required', label: 'Required', explain: 'TLS must be negotiated; if it fails, the message is not delivered.' },
];

export const tlsLabel = (t: Tls): string => TLS_CHOICES.find((x) => x.value === t)?.label ?? t;

/** Severity names as the DLP pages show them, most severe first. */
export const SEVERITY_LABELS = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' } as const;
