/**
 * The reference facts the simulator shows as values, with how sure we are of each (the fact sheet's
 * tags: [V] verified in a Cisco publication, [R] recalled from the GUI/docs, [G] guessed or a general
 * industry definition). One registry, so every "simulated value" marker in the GUI says the same
 * thing for the same fact, and a test can check each marker sits where the registry says.
 * Values are built from the engine's own defaults, so the registry cannot drift from what it marks.
 */
import { defaultConfig, defaultEncryptionProfile } from '../config/defaults.ts';
import { DEFAULT_SCALE } from '../dlp/templates/create-policy.ts';
import { STATE_LAW_NAMES } from '../dlp/templates/regulatory.ts';

/** How a fact is known: the reference's [V], [R] and [G]. */
export type FactStatus = 'verified' | 'recalled' | 'guessed';

/** One fact of the appliance that the simulator relies on. */
export interface Fact {
  readonly status: FactStatus;
  /** What the value is, in the appliance's words. */
  readonly subject: string;
  /** The value the simulator uses. */
  readonly value: string;
  /** Why it is (or is not) confirmed. */
  readonly reason: string;
  /** The section of the reference fact sheet (docs: /work/shared/reference/esa-dlp-encryption.md). */
  readonly section: string;
  /** Where the GUI shows the value (menu path). */
  readonly where: string;
  /** The components (src-relative) that put a marker next to the value; none for a verified fact. */
  readonly shownIn: readonly string[];
}

const profile = defaultEncryptionProfile('');
const onOff = (b: boolean) => (b ? 'on' : 'off');
const scale = DEFAULT_SCALE;
const quarantines = defaultConfig().quarantines;

/** Every fact, by id. */
export const FACTS = {
  'dlp.severity-scale': {
    status: 'recalled',
    subject: 'Default severity scale',
    value: `Ignore 0–${scale.low - 1}, Low ${scale.low}–${scale.medium - 1}, Medium ${scale.medium}–${scale.high - 1}, High ${scale.high}–${scale.critical - 1}, Critical ${scale.critical}–100`,
    reason:
      'Cisco does not publish the default boundaries; these are recalled from the GUI. Only "Severity: LOW (Risk Factor: 15)" in a real mail log is confirmed.',
    section: '8.5',
    where: 'Mail Policies > DLP Policy Manager > Add/Edit DLP Policy > Severity Scale',
    shownIn: ['ui/dlp/SeverityFields.svelte'],
  },
  'dlp.policy-order': {
    status: 'recalled',
    subject: 'First matching policy decides',
    value: 'The first DLP policy in the list that a message violates decides its verdict and action.',
    reason: 'Cisco documents the order control ("Arranging the Order of the Email DLP Policies"), but not this exact rule.',
    section: '8.5',
    where: 'Mail Policies > DLP Policy Manager (policy list, Edit Policy Order)',
    shownIn: ['ui/dlp/PolicyList.svelte', 'ui/dlp/PolicyOrder.svelte'],
  },
  'dlp.state-law-templates': {
    status: 'recalled',
    subject: 'US state breach-notification template names',
    value: STATE_LAW_NAMES.join(', '),
    reason: 'The bill numbers are recalled from the appliance list; only the PCI-DSS display name is confirmed by a real log line.',
    section: '7',
    where: 'Mail Policies > DLP Policy Manager > Add DLP Policy (Regulatory Compliance)',
    shownIn: ['ui/dlp/TemplatePicker.svelte', 'ui/dlp/PolicyForm.svelte'],
  },
  'dlp.engine-rollback': {
    status: 'guessed',
    subject: 'Rollback button',
    value: 'A Rollback button beside Update Now returns the DLP engine to the previous version.',
    reason: 'Only the CLI command dlprollback is recalled; a Rollback button on this page is the simulator’s guess.',
    section: '6, 14',
    where: 'Security Services > Data Loss Prevention > DLP Engine Updates',
    shownIn: ['ui/dlp/DlpEngineUpdates.svelte'],
  },
  'dlp.template-scoring': {
    status: 'verified',
    subject: 'Scoring of template policies',
    value: 'Policies from predefined templates keep their scoring (Minimum Total Score); only the severity scale is adjusted.',
    reason: 'Cisco: you cannot view or change scoring parameters of policies created from predefined templates.',
    section: '8.4',
    where: 'Mail Policies > DLP Policy Manager > Edit DLP Policy > Content Matching Classifier(s)',
    shownIn: [],
  },
  'dlp.no-classifier-score': {
    status: 'verified',
    subject: 'Templates without a classifier',
    value: 'Risk factor 75',
    reason: 'Stated in the 8.5.5 guide.',
    section: '7, 15',
    where: 'Mail Policies > DLP Policy Manager > Add DLP Policy',
    shownIn: [],
  },
  'encryption.max-size': {
    status: 'recalled',
    subject: 'Maximum message size to encrypt (default)',
    value: defaultConfig().encryption.maxMessageSize,
    reason: 'The 10M default is recalled from the global settings page; Cisco’s recommended ceiling was not confirmed.',
    section: '2',
    where: 'Security Services > Cisco IronPort Email Encryption > Edit Settings',
    shownIn: ['ui/encryption/GlobalSettingsSection.svelte'],
  },
  'encryption.queue-timeout': {
    status: 'recalled',
    subject: 'Encryption Queue Timeout (default)',
    value: `${profile.queueTimeoutSeconds} seconds`,
    reason: 'The retry-then-bounce behaviour is documented; the 14400-second (4 hour) default is recalled.',
    section: '4.1, 5',
    where: 'Security Services > Cisco IronPort Email Encryption > Add Encryption Profile > Envelope Settings > Advanced',
    shownIn: ['ui/encryption/EnvelopeFields.svelte'],
  },
  'encryption.algorithm': {
    status: 'recalled',
    subject: 'Encryption Algorithm choices and default',
    value: `ARC4, AES-192, AES-256; new profiles start with ${profile.algorithm}`,
    reason: 'Older guides list ARC4 and AES, later GUIs ARC4, AES-192, AES-256 (recalled); which one is preselected is a guess.',
    section: '4.1',
    where: 'Security Services > Cisco IronPort Email Encryption > Add Encryption Profile > Envelope Settings > Advanced',
    shownIn: ['ui/encryption/EnvelopeFields.svelte'],
  },
  'encryption.profile-checkboxes': {
    status: 'guessed',
    subject: 'Check boxes of a new encryption profile',
    value: `Read Receipts ${onOff(profile.readReceipts)}, Secure Reply All ${onOff(profile.secureReplyAll)}, Secure Message Forwarding ${onOff(profile.secureForwarding)}`,
    reason: 'The fields are recalled from the profile page; their initial state is not in any source.',
    section: '4.1',
    where: 'Security Services > Cisco IronPort Email Encryption > Add Encryption Profile',
    shownIn: ['ui/encryption/EnvelopeFields.svelte', 'ui/encryption/MessageNotificationFields.svelte'],
  },
  'encryption.provision-states': {
    status: 'recalled',
    subject: 'Provisioning status and Provision button',
    value: 'Not Provisioned with Provision, then Provisioned with Re-provision; committed profiles only',
    reason: 'Recalled from the profile table; the listed sources do not show these states.',
    section: '3',
    where: 'Security Services > Cisco IronPort Email Encryption > Email Encryption Profiles',
    shownIn: ['ui/encryption/ProfilesSection.svelte'],
  },
  'res.serial-formats': {
    status: 'recalled',
    subject: 'Appliance serial number formats',
    value: 'Virtual: 20 hex, hyphen, 12 hex; hardware: 12 hex (MAC-based), hyphen, chassis serial',
    reason: 'The virtual format is taken from real log samples; the hardware format is recalled.',
    section: '3',
    where: 'Simulation > RES Portal > Account provisioning (the provisioning email)',
    shownIn: ['ui/res/ProvisioningEmail.svelte'],
  },
  'cli.version-layout': {
    status: 'recalled',
    subject: 'Layout of the version command',
    value: 'UDI, Name, Product, Model, Version, Build Date, Install Date, Serial #, BIOS, CPUs, Memory, Hard disk, RAID, BMC',
    reason: 'The product string, build and serial formats come from real logs; the field list and its order are recalled.',
    section: '14',
    where: 'System Administration > CLI (version)',
    shownIn: ['ui/cli/CliPage.svelte'],
  },
  'quarantine.retention': {
    status: 'recalled',
    subject: 'Retention Period units and defaults',
    value: `Hours or days; system quarantines start at ${quarantines.map((q) => `${q.name} ${q.retention.value} ${q.retention.unit}`).join(', ')}`,
    reason: 'Retention is documented; entering it in hours or days is recalled and the default periods are guessed.',
    section: '10',
    where: 'Monitor > Policy, Virus and Outbreak Quarantines > Add/Edit Policy Quarantine',
    shownIn: ['ui/quarantine/QuarantineForm.svelte'],
  },
  'policies.dlp-column-labels': {
    status: 'recalled',
    subject: 'DLP column choices',
    value: 'Use Default Settings, Enable DLP (Customize settings), Disable DLP',
    reason: 'Enabling DLP from the DLP column is documented; the exact labels of the three choices are recalled.',
    section: '11',
    where: 'Mail Policies > Outgoing Mail Policies > DLP column',
    shownIn: ['ui/policies/OutgoingDlpForm.svelte'],
  },
} as const satisfies Record<string, Fact>;

/** A fact's id. */
export type FactId = keyof typeof FACTS;

/** The fact of an id. */
export const fact = (id: FactId): Fact => FACTS[id];

/** Every fact with its id, in registry order. */
export const allFacts = (): readonly (Fact & { readonly id: FactId })[] =>
  (Object.keys(FACTS) as FactId[]).map((id) => ({ id, ...FACTS[id] }));

/** The learner-facing words for a status. */
export const STATUS_LABELS: Readonly<Record<FactStatus, string>> = {
  verified: 'verified in a Cisco publication',
  recalled: 'recalled from Cisco documentation, not confirmed',
  guessed: 'guessed: not in any source',
};
