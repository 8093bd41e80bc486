/**
 * The appliance's cleared (factory default) configuration: encryption disabled with no profiles,
 * DLP disabled with no policies or message actions, the system quarantines, and only the Default
 * outgoing mail policy with DLP disabled. Resetting keeps the appliance's identity (its serial).
 */
import type { ApplianceConfig, EncryptionProfile, MessageAction, PolicyQuarantine } from './schema/index.ts';

/** The identity a new simulated appliance gets unless told otherwise. */
export const DEFAULT_APPLIANCE: ApplianceConfig['appliance'] = {
  hostname: 'esa1.example.com',
  model: 'C100V',
  serialNumber: '42127C7DDEE76852677B-F80CE8074CD3',
  asyncOsVersion: '14.0.0-657',
};

const systemQuarantine = (name: string, retentionDays: number, defaultAction: 'delete' | 'release'): PolicyQuarantine => ({
  name,
  system: true,
  retention: { value: retentionDays, unit: 'days' },
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
      systemQuarantine('Virus', 30, 'delete'),
      systemQuarantine('Outbreak', 1, 'release'),
      systemQuarantine('File Analysis', 1, 'release'),
      systemQuarantine('Unclassified', 30, 'release'),
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
