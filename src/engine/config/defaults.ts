/**
 * The appliance's cleared (factory default) configuration: encryption disabled with no profiles,
 * DLP disabled with no policies or message actions, the system quarantines, and only the Default
 * outgoing mail policy with DLP disabled. Resetting keeps the appliance's identity (its serial).
 */
import type { ApplianceConfig, EncryptionProfile, MessageAction, PolicyQuarantine } from './schema/index.ts';

/** The policy quarantine every appliance (and the SMA) ships with. */
export const DEFAULT_POLICY_QUARANTINE = 'Policy';

/** The quarantine whose retention is set per mail policy (Outbreak Filters), not on the quarantine. */
export const OUTBREAK_QUARANTINE = 'Outbreak';

/** True for a quarantine the appliance ships with (the system ones and "Policy"), not one an administrator added. */
export const isFactoryQuarantine = (q: PolicyQuarantine): boolean => q.system || q.name === DEFAULT_POLICY_QUARANTINE;

/** The identity a new simulated appliance gets unless told otherwise. */
export const DEFAULT_APPLIANCE: ApplianceConfig['appliance'] = {
  hostname: 'esa1.example.com',
  model: 'C100V',
  serialNumber: '42127C7DDEE76852677B-F80CE8074CD3',
  asyncOsVersion: '14.0.0-657',
};

const systemQuarantine = (
  name: string,
  retention: PolicyQuarantine['retention'],
  defaultAction: 'delete' | 'release',
  system = true,
): PolicyQuarantine => ({
  name,
  system,
  retention,
  defaultAction,
  freeUpSpace: true,
  releaseExtras: { modifySubject: null, addXHeader: null, stripAttachments: false },
  users: { localUsers: [], externalGroups: [], customRoles: [] },
});

/** Text resources the appliance ships with (the encryption notification templates). */
const systemTextResources: ApplianceConfig['textResources'] = [
  {
    name: 'System Generated HTML',
    type: 'encryption-html',
    text: '<p>You have received a secure message from $From.</p><p>Open the attachment securedoc.html to read it.</p>',
  },
  {
    name: 'System Generated Text',
    type: 'encryption-text',
    text: 'You have received a secure message from $From.\nOpen the attachment securedoc.html to read it.',
  },
  {
    name: 'System Generated Failure',
    type: 'encryption-failure',
    text: 'Your message "$Subject" could not be encrypted and was not delivered.',
  },
];

/** The cleared configuration of an appliance with the given identity. */
export function defaultConfig(appliance: ApplianceConfig['appliance'] = DEFAULT_APPLIANCE): ApplianceConfig {
  return {
    appliance: { ...appliance },
    encryption: {
      enabled: false,
      licenseAccepted: false,
      adminEmail: '',
      maxMessageSize: '10M',
      proxy: { enabled: false, type: 'HTTP', host: '', port: 80, username: '', password: '' },
      profiles: [],
    },
    resLink: { accountNumber: '', accountName: '' },
    dlp: {
      enabled: false,
      licenseAccepted: false,
      matchedContentLogging: false,
      automaticUpdates: false,
      policies: [],
      messageActions: [],
      customClassifiers: [],
      dictionaries: [],
    },
    quarantines: [
      // "Policy" ships with the appliance as a policy quarantine (the guide offers it to DLP actions; mail logs name it).
      systemQuarantine(DEFAULT_POLICY_QUARANTINE, { value: 10, unit: 'days' }, 'delete', false),
      systemQuarantine('Virus', { value: 30, unit: 'days' }, 'delete'),
      // Outbreak retention is set in each mail policy's Outbreak Filters settings; this value is not used.
      systemQuarantine('Outbreak', { value: 1, unit: 'days' }, 'release'),
      systemQuarantine('File Analysis', { value: 1, unit: 'hours' }, 'release'),
      systemQuarantine('Unclassified', { value: 30, unit: 'days' }, 'release'),
    ],
    outgoingPolicies: { policies: [], defaultPolicy: { dlp: { mode: 'disabled' } } },
    textResources: systemTextResources.map((r) => ({ ...r })),
    destinationControls: [{ destination: 'default', tls: 'none' }],
  };
}

/** A DLP message action: Deliver with nothing else, unless `over` says otherwise. */
export function newMessageAction(name: string, over: Partial<MessageAction> = {}): MessageAction {
  return {
    name,
    description: '',
    primary: { kind: 'deliver' },
    copyToQuarantine: null,
    encryption: null,
    modifySubject: null,
    disclaimer: null,
    alternateHost: null,
    bcc: null,
    notification: null,
    ...over,
  };
}

/** A new encryption profile with the appliance's defaults, for the Add Encryption Profile form. */
export function defaultEncryptionProfile(name: string): EncryptionProfile {
  return {
    name,
    usedByRoles: [],
    keyService: 'res',
    localKeyServer: { internalUrl: '', externalUrl: '' },
    keyServiceTransport: 'https',
    payloadUrl: '',
    security: 'high',
    logoLink: '',
    readReceipts: true,
    queueTimeoutSeconds: 14400,
    algorithm: 'AES-256',
    attachmentDecryption: 'applet',
    secureReplyAll: false,
    secureForwarding: false,
    locale: 'en-US',
    notifications: {
      htmlTemplate: 'System Generated HTML',
      textTemplate: 'System Generated Text',
      failureSubject: '[ENCRYPTION FAILURE] $Subject',
      failureTemplate: 'System Generated Failure',
    },
  };
}
