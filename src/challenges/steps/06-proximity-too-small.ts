/** A custom classifier needs a project name and a part number together, within a proximity too small for real messages. */
import { newMessageAction } from '../../engine/config/defaults.ts';
import type { CustomClassifier } from '../../engine/config/schema/index.ts';
import { submitAndCommit } from '../../tutorial/checks.ts';
import { useEveryDlpPolicy } from '../../tutorial/steps/07-outgoing-policy.ts';
import { checkSend, composed, every, finishedWalkthrough, sendAndSee } from '../evidence.ts';
import type { Challenge, ChallengePort } from '../types.ts';

const CLASSIFIER = 'Project Falcon';
const POLICY = 'Project Falcon Leaks';
const QUARANTINE_ACTION = 'Quarantine for Review';
const QUARANTINE = 'DLP Quarantine';
const ENGINEER = 'sam.lee@example.com';

/** The project's name and part numbers in one sentence, as engineers write them. */
const leak = (part = 'FAL-204518') =>
  composed(
    ENGINEER,
    'quotes@boardhouse.example',
    'Quote request: controller boards',
    `Hi Priya,\n\nAs promised, the details for Project Falcon: the controller board is part ${part}, 200 units, ` +
      'delivery in May. Please keep this to yourselves until the launch.\n\nThanks,\nSam',
  );
/** The project's name alone, as in any announcement. */
const mention = () =>
  composed(
    ENGINEER,
    'events@riverside-venue.example',
    'Booking the terrace',
    'Hello,\n\nWe would like to book the terrace on 14 March for the Project Falcon launch party, about 60 guests.\n\nThanks,\nSam',
  );

const falcon: CustomClassifier = {
  name: CLASSIFIER,
  description: 'The project name together with a Falcon part number',
  proximity: 10,
  minimumTotalScore: 50,
  match: 'all',
  rules: [
    { type: 'words', words: ['Project Falcon'], weight: 50, maxScore: 50 },
    { type: 'regex', pattern: 'FAL-[0-9]{6}', exclude: '', weight: 50, maxScore: 50 },
  ],
};

const quarantineForReview = newMessageAction(QUARANTINE_ACTION, {
  description: `Hold the message in the ${QUARANTINE} for review`,
  primary: { kind: 'quarantine', quarantine: QUARANTINE },
});

/** Changes the custom classifier, submits and commits. */
const editClassifier = (api: ChallengePort, change: Partial<CustomClassifier>, comment: string) =>
  submitAndCommit(
    api,
    'dlp',
    (c) => ({ ...c.dlp, customClassifiers: c.dlp.customClassifiers.map((x) => (x.name === CLASSIFIER ? { ...x, ...change } : x)) }),
    comment,
  );

export const proximityTooSmall: Challenge = {
  id: 'falcon-never-held',
  title: 'Falcon part numbers are never held',
  reporter: 'R&D security — Ticket 4533',
  symptom:
    'A board supplier thanked Sam for the Project Falcon part numbers in his quote request. Our “Project Falcon Leaks” DLP policy is supposed to hold exactly that kind of message for review, but the DLP Quarantine is empty.',
  objective:
    'Messages that give away a Falcon part number together with the project name are held in the DLP Quarantine; mail that merely mentions the project still goes out.',
  parMinutes: 8,
  timeLimitMinutes: 15,
  hints: [
    'Find Sam’s message in Message Tracking: was the Project Falcon Leaks policy evaluated, and with what risk factor?',
    'The policy relies on a custom classifier. Paste Sam’s text into its test area under Mail Policies > DLP Policy Customizations and read why it does not match.',
    'Both rules must match within the classifier’s Proximity, which is 10 characters — shorter than the phrase itself. Raise it to cover a sentence (100 or more), keep “All”, submit and commit.',
  ],
  debrief: `**Cause:** The custom classifier "Project Falcon" required both rules (the words and the FAL-nnnnnn pattern) to
match within its Proximity, set to 10 characters — less than the length of "Project Falcon" itself. No window could hold
both, so the classifier never matched and the policy never acted.

**Evidence:** Message Tracking showed DLP evaluated Sam's message with no violation; testing the classifier on his text
reported that not every rule matched within 10 characters.

**On the real appliance:** Mail Policies > DLP Policy Customizations, the custom classifier: Proximity, Minimum Total
Score, the rules and "All"/"Any". Size the proximity to how people really write (a sentence or a paragraph). Switching
to "Any" would hide the symptom by holding every message that names the project.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await submitAndCommit(
      api,
      'dlp',
      (c) => ({
        ...c.dlp,
        customClassifiers: [...c.dlp.customClassifiers.filter((x) => x.name !== CLASSIFIER), falcon],
        messageActions: [...c.dlp.messageActions.filter((a) => a.name !== QUARANTINE_ACTION), quarantineForReview],
      }),
      'Project Falcon classifier and a review quarantine action',
    );
    const policy = await api.dlp.newPolicy('custom', POLICY, QUARANTINE_ACTION);
    await submitAndCommit(
      api,
      'dlp',
      (c) => ({
        ...c.dlp,
        policies: [
          ...c.dlp.policies.filter((p) => p.name !== POLICY),
          {
            ...policy,
            description: 'Falcon part numbers leaving the company before the launch',
            classifiers: [{ classifier: `custom:${CLASSIFIER}`, customPattern: '', customPhrases: [] }],
          },
        ],
      }),
      'Project Falcon Leaks DLP policy',
    );
    await submitAndCommit(api, 'outgoingPolicies', useEveryDlpPolicy, 'Project Falcon Leaks on the Default Policy');
    await sendAndSee(api, leak());
    await sendAndSee(api, mention());
  },
  async goal(api) {
    const held = await checkSend(api, leak('FAL-204530'));
    return every(held, 'quarantined') && held.every((s) => s.target === QUARANTINE) && every(await checkSend(api, mention()), 'delivered');
  },
  fix: {
    name: 'raise the proximity to 100 characters',
    apply: (api) => editClassifier(api, { proximity: 100 }, 'Project Falcon: proximity 100'),
  },
  wrongFixes: [
    {
      name: 'let any rule match on its own',
      apply: (api) => editClassifier(api, { match: 'any' }, 'Project Falcon: any rule'),
    },
    {
      name: 'raise the proximity to 20 characters',
      apply: (api) => editClassifier(api, { proximity: 20 }, 'Project Falcon: proximity 20'),
    },
    {
      name: 'raise the proximity without committing',
      apply: async (api) => {
        const v = await api.config.view();
        const customClassifiers = v.candidate.dlp.customClassifiers.map((x) => (x.name === CLASSIFIER ? { ...x, proximity: 100 } : x));
        await api.config.submit('dlp', { ...v.candidate.dlp, customClassifiers }, 'not committed');
      },
    },
  ],
};
