/** Lesson 5: a policy quarantine for DLP (optional, as in the guide) and the encrypt actions for High, Medium and Low. */
import { isFactoryQuarantine, newMessageAction } from '../../engine/config/defaults.ts';
import type { ApplianceConfig, MessageAction, PolicyQuarantine } from '../../engine/config/schema/index.ts';
import { configured, submitAndCommit } from '../checks.ts';
import type { Lesson, SubStep } from '../types.ts';
import body from './05-message-actions.md?raw';

/** The action lesson 6 gives the Critical severity; the guide names it in its step 6. */
export const ACTION_NAME = 'Encrypt Medium and Deliver';

/** The three encrypt actions the guide implies, one per encryption profile of lesson 3. */
export const ENCRYPT_ACTIONS = [
  { id: 'encrypt-high', level: 'High', name: 'Encrypt High and Deliver', profile: 'CRES_HIGH' },
  { id: 'encrypt-medium', level: 'Medium', name: ACTION_NAME, profile: 'CRES_MED' },
  { id: 'encrypt-low', level: 'Low', name: 'Encrypt Low and Deliver', profile: 'CRES_LOW' },
] as const;

/**
 * An action that delivers the message encrypted with `profile`, whatever the learner named it:
 * the guide shows the actions only as a picture, so the name is the learner's choice.
 */
export const deliversEncrypted = (a: MessageAction, profile: string): boolean =>
  a.primary.kind === 'deliver' && a.encryption?.profile === profile;

/** The name of an action that delivers encrypted with `profile`: the suggested name in any case first, else any such action. */
export function encryptActionName(c: ApplianceConfig, profile: string, suggested: string): string | undefined {
  const fitting = c.dlp.messageActions.filter((a) => deliversEncrypted(a, profile));
  return (fitting.find((a) => a.name.toLowerCase() === suggested.toLowerCase()) ?? fitting[0])?.name;
}

const encryptStep = (e: (typeof ENCRYPT_ACTIONS)[number]): SubStep => ({
  id: e.id,
  title: `Create an action that delivers encrypted with ${e.profile} (for example “${e.name}”)`,
  check: configured((c) => c.dlp.messageActions.some((a) => deliversEncrypted(a, e.profile))),
  hint: `Mail Policies > DLP Policy Customizations (the guide's “DLP Message Customizations”) > Add Message Action…: any name, Deliver, Enable Encryption, profile ${e.profile}.`,
  showMe: { path: '/mail-policies/dlp-policy-customizations', target: 'Add Message Action' },
});

/** A quarantine the learner added (the guide's place is the SMA; one on this appliance counts too). */
const added = (qs: readonly PolicyQuarantine[] = []) => qs.some((q) => !isFactoryQuarantine(q));
const onThisAppliance = configured((c) => added(c.quarantines));

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
      optional: true,
    },
    ...ENCRYPT_ACTIONS.map(encryptStep),
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
    // The learner's own action for a profile stays. A missing one is added under the suggested name; an
    // action of that name in any case (names are unique regardless of case) is replaced, keeping its spelling
    // so that DLP policies using it still find it.
    await submitAndCommit(
      api,
      'dlp',
      (c) => {
        let actions = c.dlp.messageActions;
        for (const e of ENCRYPT_ACTIONS) {
          if (actions.some((a) => deliversEncrypted(a, e.profile))) continue;
          const same = actions.find((a) => a.name.toLowerCase() === e.name.toLowerCase());
          const action = newMessageAction(same?.name ?? e.name, {
            description: `Deliver, encrypted with the ${e.level} Security profile`,
            encryption: { rule: 'always', profile: e.profile, subject: '$Subject' },
          });
          actions = same ? actions.map((a) => (a === same ? action : a)) : [...actions, action];
        }
        return { ...c.dlp, messageActions: actions };
      },
      'Encrypt message actions for High, Medium and Low',
    );
  },
};
