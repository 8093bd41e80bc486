/**
 * Writes the one-click scenarios to public/scenarios/: one exported-configuration file each, and
 * index.json listing them with a description and their sample messages. The configurations are
 * built from `defaultConfig()` and `createPolicyFromTemplate`, so they always follow the schema;
 * test/scenarios/ checks that the files on disk are what this script produces and that they load.
 *
 *   npx tsx scripts/make-scenarios.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIMULATION_EPOCH } from '../src/engine/clock.ts';
import { defaultConfig, defaultEncryptionProfile, newMessageAction } from '../src/engine/config/defaults.ts';
import { exportConfig, exportText } from '../src/engine/config/export-import.ts';
import { SCENARIO_SCHEMA_REF } from '../src/engine/config/schema-address.ts';
import type { ApplianceConfig, DlpPolicy, EncryptionProfile, MessageAction, PolicyQuarantine } from '../src/engine/config/schema/index.ts';
import { validateConfig } from '../src/engine/config/validate.ts';
import { createPolicyFromTemplate } from '../src/engine/dlp/index.ts';
import { SAMPLE_TEMPLATES, sampleById } from '../src/engine/mailflow/samples.ts';
import { APP_VERSION } from '../src/engine/version.ts';
import type { ScenarioEntry } from '../src/ui/scenarios/scenario-index.ts';

const action = (name: string, description: string, over: Partial<MessageAction> = {}): MessageAction =>
  newMessageAction(name, { description, ...over });

const quarantine = (c: ApplianceConfig, name: string, days: number, defaultAction: 'release' | 'delete'): PolicyQuarantine => ({
  ...c.quarantines[0],
  name,
  system: false,
  retention: { value: days, unit: 'days' },
  defaultAction,
  freeUpSpace: true,
});

const profile = (name: string, security: EncryptionProfile['security']): EncryptionProfile => ({
  ...defaultEncryptionProfile(name),
  security,
});

/** Encryption on (licence accepted) with these profiles; provisioning at the RES is separate. */
function withEncryption(c: ApplianceConfig, profiles: EncryptionProfile[]): void {
  c.encryption = { ...c.encryption, enabled: true, licenseAccepted: true, adminEmail: 'res-admin@example.com', profiles };
}

/** DLP on with matched content logging, these policies and actions, all enabled on the Default Policy. */
function withDlp(c: ApplianceConfig, policies: DlpPolicy[], actions: MessageAction[]): void {
  c.dlp = {
    ...c.dlp,
    enabled: true,
    licenseAccepted: true,
    matchedContentLogging: true,
    automaticUpdates: true,
    policies,
    messageActions: actions,
  };
  c.outgoingPolicies = { policies: [], defaultPolicy: { dlp: { mode: 'enabled', policies: policies.map((p) => p.name) } } };
}

const policyFrom = (template: string, actions: DlpPolicy['actions']): DlpPolicy => ({ ...createPolicyFromTemplate(template), actions });

/** A scenario: its index entry and configuration. */
interface Scenario {
  readonly entry: ScenarioEntry;
  readonly config: ApplianceConfig;
}

function factoryDefault(): Scenario {
  return {
    entry: {
      id: 'factory-default',
      title: 'Factory default',
      file: 'factory-default.json',
      encrypts: false,
      description:
        'The appliance as shipped: encryption and DLP disabled, only the Default outgoing mail policy. Every message is delivered unchanged — the starting point of the walkthrough.',
      samples: ['lunch-invitation', 'visa-with-expiry', 'patient-record'],
    },
    config: defaultConfig(),
  };
}

function walkthroughCompleted(): Scenario {
  const c = defaultConfig();
  withEncryption(c, [profile('CRES_HIGH', 'high'), profile('CRES_MED', 'medium'), profile('CRES_LOW', 'none')]);
  c.quarantines.push(quarantine(c, 'DLP Quarantine', 14, 'release'));
  const encrypt = action('Encrypt Medium and Deliver', 'Deliver, encrypted with the Medium Security profile', {
    encryption: { rule: 'always', profile: 'CRES_MED', subject: '$Subject' },
  });
  withDlp(c, [policyFrom('pci-dss', { critical: encrypt.name, high: null, medium: null, low: null })], [encrypt]);
  return {
    entry: {
      id: 'walkthrough-completed',
      title: 'Seed walkthrough completed (PCI-DSS encrypt)',
      file: 'walkthrough-completed.json',
      encrypts: true,
      description:
        'The result of tutorial lessons 1–7: encryption with CRES_HIGH, CRES_MED and CRES_LOW; DLP with matched content logging; a PCI-DSS policy whose Critical severity (lower levels inherit) uses “Encrypt Medium and Deliver”, enabled on the Default Policy. Card numbers leave as Registered Envelopes; everything else is delivered in clear.',
      samples: ['visa-with-expiry', 'html-card-table', 'newsletter-near-misses', 'lunch-invitation'],
    },
    config: c,
  };
}

function healthcare(): Scenario {
  const c = defaultConfig();
  c.quarantines.push(quarantine(c, 'HIPAA Quarantine', 7, 'delete'));
  c.textResources.push({
    name: 'PHI Held Notice',
    type: 'dlp-notification',
    text: 'Your message "$Subject" was held for review because it appears to contain protected health information.\n\nPolicy: $DLPPolicy\nSeverity: $DLPSeverity (risk factor $DLPRiskFactor)\nMessage ID: $MID\n\nThe privacy office will release it if it may leave the organisation. Use the secure patient portal for patient data.',
  });
  const hold = action('Quarantine and Notify', 'Hold in the HIPAA quarantine; tell the sender and the privacy officer', {
    primary: { kind: 'quarantine', quarantine: 'HIPAA Quarantine' },
    notification: {
      template: 'PHI Held Notice',
      toSender: true,
      otherRecipients: ['privacy-officer@example.com'],
      subject: '[DLP] Message held: $Subject',
      returnPath: '',
      attachOriginal: false,
    },
  });
  const deliver = action('Deliver and Log', 'Deliver unchanged; the violation is tracked and reported');
  const levels = { critical: hold.name, high: null, medium: deliver.name, low: null };
  withDlp(c, [policyFrom('hipaa-hitech', levels), policyFrom('us-ssn-numbers', levels)], [hold, deliver]);
  return {
    entry: {
      id: 'healthcare-hipaa',
      title: 'Healthcare (HIPAA: quarantine and notify)',
      file: 'healthcare-hipaa.json',
      encrypts: false,
      description:
        'A clinic: HIPAA and HITECH plus US Social Security Numbers policies. High and Critical violations are held in the “HIPAA Quarantine” (7 days, then deleted) and the sender and privacy-officer@example.com get a DLP notification; Medium and Low are delivered and logged.',
      samples: ['patient-record', 'ssn-csv', 'docx-ssn', 'lunch-invitation'],
    },
    config: c,
  };
}

function finance(): Scenario {
  const c = defaultConfig();
  withEncryption(c, [profile('CRES_HIGH', 'high')]);
  c.quarantines.push(quarantine(c, 'Finance Review', 3, 'release'));
  const review = action('Quarantine for Review', 'Critical: hold for the compliance team', {
    primary: { kind: 'quarantine', quarantine: 'Finance Review' },
  });
  const encrypt = action('Encrypt High and Deliver', 'High: deliver as a Registered Envelope (High Security)', {
    encryption: { rule: 'always', profile: 'CRES_HIGH', subject: '[SECURE] $Subject' },
  });
  const tag = action('Tag and Copy Compliance', 'Medium: mark the subject and send a blind copy to compliance', {
    modifySubject: { position: 'prepend', text: '[SENSITIVE] ' },
    bcc: { addresses: ['compliance@example.com'], subject: '[DLP copy] $Subject', returnPath: '' },
  });
  const deliver = action('Deliver and Log', 'Low: deliver unchanged; the violation is tracked and reported');
  const levels = { critical: review.name, high: encrypt.name, medium: tag.name, low: deliver.name };
  withDlp(c, [policyFrom('pci-dss', levels), policyFrom('glba', levels)], [review, encrypt, tag, deliver]);
  return {
    entry: {
      id: 'finance-severity',
      title: 'Finance (PCI-DSS + GLBA, severity-based actions)',
      file: 'finance-severity.json',
      encrypts: true,
      description:
        'A bank: PCI-DSS and GLBA policies with one action per severity — Critical is quarantined for review (“Finance Review”), High is delivered encrypted with CRES_HIGH, Medium gets “[SENSITIVE]” in the subject and a bcc to compliance@example.com, Low is delivered and logged.',
      samples: ['visa-with-expiry', 'bank-transfer', 'docx-ssn', 'newsletter-near-misses'],
    },
    config: c,
  };
}

function proofOfValue(): Scenario {
  const c = defaultConfig();
  const deliver = action('Log and Deliver', 'Monitor only: deliver unchanged; the violation is tracked and reported');
  const levels = { critical: deliver.name, high: null, medium: null, low: null };
  withDlp(
    c,
    SAMPLE_TEMPLATES.map((t) => policyFrom(t, levels)),
    [deliver],
  );
  return {
    entry: {
      id: 'proof-of-value',
      title: 'Transparent proof of value (log and deliver only)',
      file: 'proof-of-value.json',
      encrypts: false,
      description:
        'A monitoring-only evaluation: PCI-DSS, HIPAA, US SSNs, GLBA and IBAN policies, every severity “Log and Deliver”. Nothing is blocked or changed; Message Tracking and the DLP Incidents report show what sensitive data leaves and who sends it.',
      samples: [
        'visa-with-expiry',
        'ssn-csv',
        'patient-record',
        'bank-transfer',
        'iban-payment',
        'html-card-table',
        'docx-ssn',
        'lunch-invitation',
        'newsletter-near-misses',
      ],
    },
    config: c,
  };
}

/** Every scenario, in the order the page lists them. */
export function buildScenarios(): Scenario[] {
  return [factoryDefault(), walkthroughCompleted(), healthcare(), finance(), proofOfValue()];
}

/** The files to write: name → text. Dated at the simulation's epoch so the output is stable; each names the published schema beside its folder. */
export function scenarioFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const scenarios = buildScenarios();
  for (const s of scenarios) {
    const checked = validateConfig(s.config);
    if (!checked.ok) throw new Error(`${s.entry.id}: ${JSON.stringify(checked.error.issues)}`);
    for (const id of s.entry.samples) if (!sampleById(id)) throw new Error(`${s.entry.id}: unknown sample ${id}`);
    files.set(s.entry.file, exportText(exportConfig(s.config, APP_VERSION, SIMULATION_EPOCH, SCENARIO_SCHEMA_REF)));
  }
  files.set('index.json', `${JSON.stringify({ scenarios: scenarios.map((s) => s.entry) }, null, 2)}\n`);
  return files;
}

/** The folder the files go to. */
export const SCENARIO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'scenarios');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(SCENARIO_DIR, { recursive: true });
  for (const [name, text] of scenarioFiles()) {
    writeFileSync(join(SCENARIO_DIR, name), text);
    console.log(`wrote public/scenarios/${name}`);
  }
}
