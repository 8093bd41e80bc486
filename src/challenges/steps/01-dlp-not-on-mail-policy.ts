/** The DLP policy exists and is enabled, but the Default outgoing mail policy has DLP disabled. */
import { sampleById } from '../../engine/mailflow/samples.ts';
import { submitAndCommit } from '../../tutorial/checks.ts';
import { useEveryDlpPolicy } from '../../tutorial/steps/07-outgoing-policy.ts';
import { checkSend, every, finishedWalkthrough, sendAndSee } from '../evidence.ts';
import type { Challenge } from '../types.ts';

const card = () => sampleById('visa-with-expiry')!.build();
const lunch = () => sampleById('lunch-invitation')!.build();

export const dlpNotOnMailPolicy: Challenge = {
  id: 'card-in-clear',
  title: 'A card number went out in clear',
  reporter: 'Ticket 4471 — Bob Chen, partner.example',
  symptom:
    'Bob at our partner received Alice’s hotel booking with the team’s Visa number and expiry, in plain text. Our security team says a PCI-DSS policy was set up last month, and the DLP Policy Manager lists it as enabled.',
  objective: 'Messages with card data to outside recipients leave encrypted; ordinary mail still goes out in clear.',
  parMinutes: 4,
  hints: [
    'Find Alice’s message in Message Tracking. Was DLP evaluated for it at all?',
    'A DLP policy only runs where a mail policy asks for it: look at Mail Policies > Outgoing Mail Policies.',
    'The Default Policy’s DLP column says Disabled. Enable DLP there with the PCI-DSS policy, submit and commit.',
  ],
  debrief: `**Cause:** DLP was disabled on the Default outgoing mail policy. A DLP policy in the DLP Policy Manager
does nothing by itself: the appliance evaluates it only for messages whose outgoing mail policy enables it.

**Evidence:** Message Tracking showed the message delivered with no DLP scan at all — not a scan that found nothing.

**On the real appliance:** Mail Policies > Outgoing Mail Policies, the DLP column of each policy (click it to select
the DLP policies), then Commit Changes. The mail log's "DLP no verdict" line is missing entirely for such messages.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await submitAndCommit(
      api,
      'outgoingPolicies',
      (c) => ({ ...c.outgoingPolicies, defaultPolicy: { dlp: { mode: 'disabled' } } }),
      'Disable DLP while the new mail gateway is tested',
    );
    await sendAndSee(api, card());
    await sendAndSee(api, lunch());
  },
  async goal(api) {
    return every(await checkSend(api, card()), 'encrypted') && every(await checkSend(api, lunch()), 'delivered');
  },
  fix: {
    name: 'enable DLP with every DLP policy on the Default outgoing policy',
    apply: (api) => submitAndCommit(api, 'outgoingPolicies', useEveryDlpPolicy, 'DLP back on the Default Policy'),
  },
  wrongFixes: [
    {
      name: 'disable DLP altogether',
      apply: (api) => submitAndCommit(api, 'dlp', (c) => ({ ...c.dlp, enabled: false }), 'DLP off'),
    },
    {
      name: 'enable DLP on the policy without committing',
      apply: async (api) => {
        const v = await api.config.view();
        await api.config.submit('outgoingPolicies', useEveryDlpPolicy(v.candidate), 'not committed');
      },
    },
  ],
};
