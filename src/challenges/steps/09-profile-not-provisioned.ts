/** A new encryption profile is committed and used by the DLP message action, but was never provisioned. */
import { newMessageAction } from '../../engine/config/defaults.ts';
import { defaultEncryptionProfile } from '../../engine/config/defaults.ts';
import type { ApplianceConfig } from '../../engine/config/schema/index.ts';
import { sampleById } from '../../engine/mailflow/samples.ts';
import { must, submitAndCommit } from '../../tutorial/checks.ts';
import { ACTION_NAME } from '../../tutorial/steps/05-message-actions.ts';
import { checkSend, every, finishedWalkthrough, sendAndSee } from '../evidence.ts';
import type { Challenge } from '../types.ts';

const PROFILE = 'CRES_CONFIDENTIAL';
const ACTION = 'Encrypt Confidential and Deliver';

const card = () => sampleById('visa-with-expiry')!.build();
const lunch = () => sampleById('lunch-invitation')!.build();

/** The PCI-DSS policy's Critical severity set to `action`. */
const criticalAction = (c: ApplianceConfig, action: string): ApplianceConfig['dlp'] => ({
  ...c.dlp,
  policies: c.dlp.policies.map((p) => (p.template === 'pci-dss' ? { ...p, actions: { ...p.actions, critical: action } } : p)),
});

const confidentialAction = newMessageAction(ACTION, {
  description: 'Deliver, encrypted with the High Security profile compliance asked for',
  encryption: { rule: 'always', profile: PROFILE, subject: '$Subject' },
});

export const profileNotProvisioned: Challenge = {
  id: 'card-mail-bounces',
  title: 'Card data bounces with an encryption failure',
  reporter: 'Ticket 4502 — Alice Martin, Travel desk',
  symptom:
    'Since Monday every message I send with card details to partner.example comes back to me as “[ENCRYPTION FAILURE]”, and Bob never gets it. Ordinary mail to him still goes through.',
  objective:
    'Card data to outside recipients leaves encrypted with the High Security profile CRES_CONFIDENTIAL that compliance introduced on Monday; ordinary mail still goes out in clear.',
  parMinutes: 4,
  hints: [
    'Open Alice’s message in Message Tracking: DLP matched, so read what happened when the appliance tried to encrypt it.',
    'Look at the encryption profiles table on Security Services > Cisco IronPort Email Encryption: every profile the mail flow uses must be ready on this appliance.',
    'CRES_CONFIDENTIAL is committed but shows Not Provisioned. Press its Provision button.',
  ],
  debrief: `**Cause:** the new profile CRES_CONFIDENTIAL was created and committed, and the PCI-DSS policy's new message
action encrypts with it, but nobody provisioned it. An unprovisioned profile cannot obtain keys from the Registered
Envelope Service, so each message is bounced and the sender gets the profile's encryption failure notice.

**Evidence:** tracking showed the DLP violation, "enqueued for encryption using profile 'CRES_CONFIDENTIAL'", then
"encryption failed … has not been provisioned" and a bounce; the profiles table said Not Provisioned.

**On the real appliance:** Security Services > Cisco IronPort Email Encryption, Email Encryption Profiles: the
provisioning column of each hosted-key-service profile. Provisioning happens after the commit, per appliance;
switching the action back to an older profile would hide the failure but not meet the compliance requirement.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await submitAndCommit(
      api,
      'encryption',
      (c) => ({
        ...c.encryption,
        profiles: [...c.encryption.profiles, { ...defaultEncryptionProfile(PROFILE), security: 'high', keyService: 'res' }],
      }),
      'Compliance: High Security envelopes for card data (CRES_CONFIDENTIAL)',
    );
    await submitAndCommit(
      api,
      'dlp',
      (c) => criticalAction({ ...c, dlp: { ...c.dlp, messageActions: [...c.dlp.messageActions, confidentialAction] } }, ACTION),
      'Compliance: PCI-DSS Critical encrypts with CRES_CONFIDENTIAL',
    );
    await sendAndSee(api, card());
    await sendAndSee(api, lunch());
  },
  async goal(api) {
    const seen = await checkSend(api, card());
    return every(seen, 'encrypted') && seen.every((s) => s.target === PROFILE) && every(await checkSend(api, lunch()), 'delivered');
  },
  fix: {
    name: 'provision CRES_CONFIDENTIAL',
    apply: async (api) => {
      must(await api.encryption.provision(PROFILE));
    },
  },
  wrongFixes: [
    {
      name: 'point the PCI-DSS policy back at the Medium Security action',
      apply: (api) => submitAndCommit(api, 'dlp', (c) => criticalAction(c, ACTION_NAME), 'Back to CRES_MED'),
    },
    {
      name: 'take encryption off the new message action',
      apply: (api) =>
        submitAndCommit(
          api,
          'dlp',
          (c) => ({
            ...c.dlp,
            messageActions: c.dlp.messageActions.map((a) => (a.name === ACTION ? { ...a, encryption: null } : a)),
          }),
          'Deliver without encryption',
        ),
    },
  ],
};
