/** Lesson 5: a policy quarantine for DLP and the action "Encrypt Medium and Deliver". */
import { isFactoryQuarantine, newMessageAction } from '../../engine/config/defaults.ts';
import type { MessageAction, PolicyQuarantine } from '../../engine/config/schema/index.ts';
import { configured, submitAndCommit } from '../checks.ts';
import type { Lesson } from '../types.ts';
import body from './05-message-actions.md?raw';

export const ACTION_NAME = 'Encrypt Medium and Deliver';

/** A quarantine the learner added (the guide's place is the SMA; one on this appliance counts too). */
const added = (qs: readonly PolicyQuarantine[] = []) => qs.some((q) => !isFactoryQuarantine(q));
const onThisAppliance = configured((c) => added(c.quarantines));

const isEncryptMedium = (a: MessageAction) =>
  a.name === ACTION_NAME && a.primary.kind === 'deliver' && a.encryption?.profile === 'CRES_MED';

export const messageActions: Lesson = {
  id: 'message-actions',
  number: 5,
  title: 'Create DLP message actions',
  body,
  steps: [
    {
      id: 'quarantine',
      title: 'Create a policy quarantine for DLP',
      check: (s) => (added(s.smaQuarantines) ? 'done' : onThisAppliance(s)),
      hint: 'As the guide does, on the SMA: Email > Message Quarantine > Policy, Virus, and Outbreak Quarantines > Add Policy Quarantine… (or on this appliance: Monitor > Policy, Virus and Outbreak Quarantines).',
      showMe: { path: '/monitor/quarantines', target: 'Add Policy Quarantine' },
    },
    {
      id: 'encrypt-medium',
      title: `Create the message action “${ACTION_NAME}” (Deliver, encrypt with CRES_MED)`,
      check: configured((c) => c.dlp.messageActions.some(isEncryptMedium)),
      hint: 'Mail Policies > DLP Policy Customizations > Add Message Action…: Deliver, Enable Encryption, profile CRES_MED.',
      showMe: { path: '/mail-policies/dlp-policy-customizations', target: 'Add Message Action' },
    },
  ],
  async solve(api) {
    const view = await api.config.view();
    if (!added(view.candidate.quarantines)) {
      await submitAndCommit(
        api,
        'quarantines',
        (c) => [
          ...c.quarantines,
          {
            name: 'DLP Quarantine',
            system: false,
            retention: { value: 14, unit: 'days' },
            defaultAction: 'release',
            freeUpSpace: true,
            releaseExtras: { modifySubject: null, addXHeader: null, stripAttachments: false },
            users: { localUsers: [], externalGroups: [], customRoles: [] },
          },
        ],
        'DLP quarantine',
      );
    }
    const action = newMessageAction(ACTION_NAME, {
      description: 'Deliver, encrypted with the Medium Security profile',
      encryption: { rule: 'always', profile: 'CRES_MED', subject: '$Subject' },
    });
    await submitAndCommit(
      api,
      'dlp',
      (c) => ({ ...c.dlp, messageActions: [...c.dlp.messageActions.filter((a) => a.name !== ACTION_NAME), action] }),
      `Message action ${ACTION_NAME}`,
    );
  },
};
