/** A custom outgoing mail policy for the CFO, above the Default Policy, has DLP disabled: the first matching policy wins. */
import { submitAndCommit } from '../../tutorial/checks.ts';
import { useEveryDlpPolicy } from '../../tutorial/steps/07-outgoing-policy.ts';
import { checkSend, composed, every, finishedWalkthrough, sendAndSee } from '../evidence.ts';
import type { Challenge } from '../types.ts';

const CFO = 'cfo@example.com';
const ALICE = 'alice@example.com';
const HOTEL = 'reservations@grandhotel.example';

const card = (sender: string) =>
  composed(
    sender,
    HOTEL,
    'Deposit for the board dinner',
    'Hello,\n\nPlease take the deposit for the board dinner on our corporate card:\n\n  Visa 4539 1488 0343 6467\n  Expiry 09/28\n\nKind regards',
  );
const clean = () =>
  composed(
    CFO,
    HOTEL,
    'Board dinner: menu',
    'Hello,\n\nThe set menu you proposed is fine; we will be twelve, two of them vegetarian.\n\nKind regards',
  );

export const earlierOutgoingPolicy: Challenge = {
  id: 'cfo-card-in-clear',
  title: 'The CFO’s card number went out in clear',
  reporter: 'Internal audit — quarterly PCI sample',
  symptom:
    'In our sample of last week’s mail, the CFO’s office sent the corporate Visa number and expiry to a hotel as a plain email. When Alice sent the same card to the same hotel an hour later, it left as an encrypted envelope.',
  objective: 'Card data leaves encrypted whoever sends it, the CFO included; the CFO’s ordinary mail still goes out in clear.',
  parMinutes: 5,
  hints: [
    'Compare the two messages in Message Tracking: which outgoing mail policy did each one match?',
    'Outgoing mail policies are tried from the top and the first match wins; the Default Policy only gets what no other policy took.',
    'The “Executives” policy has DLP disabled. Set its DLP column to use the default settings (or enable the PCI-DSS policy there), submit and commit.',
  ],
  debrief: `**Cause:** A custom outgoing mail policy, "Executives", listed the CFO as a sender and had DLP disabled. Outgoing
mail policies are evaluated from the top and the first match wins, so the CFO's mail never reached the Default Policy
where the PCI-DSS policy was enabled.

**Evidence:** Message Tracking showed the CFO's message matched the Executives policy and was delivered with no DLP scan,
while Alice's matched the Default Policy and was encrypted.

**On the real appliance:** Mail Policies > Outgoing Mail Policies: read the DLP column of every row above the Default
Policy, not only the Default Policy's. "Use Default Settings" keeps a custom policy following the Default Policy's DLP;
"Disabled" switches it off for everyone the policy matches. Commit Changes afterwards.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await submitAndCommit(
      api,
      'outgoingPolicies',
      (c) => ({
        ...c.outgoingPolicies,
        policies: [{ name: 'Executives', senders: [CFO], recipients: [], dlp: { mode: 'disabled' } }, ...c.outgoingPolicies.policies],
      }),
      'Executives policy (the CFO’s office found the envelopes too cumbersome)',
    );
    await sendAndSee(api, card(CFO));
    await sendAndSee(api, card(ALICE));
    await sendAndSee(api, clean());
  },
  async goal(api) {
    return (
      every(await checkSend(api, card(CFO)), 'encrypted') &&
      every(await checkSend(api, card(ALICE)), 'encrypted') &&
      every(await checkSend(api, clean()), 'delivered')
    );
  },
  fix: {
    name: 'the Executives policy uses the default DLP settings',
    apply: (api) =>
      submitAndCommit(
        api,
        'outgoingPolicies',
        (c) => ({
          ...c.outgoingPolicies,
          policies: c.outgoingPolicies.policies.map((p) => (p.name === 'Executives' ? { ...p, dlp: { mode: 'default' as const } } : p)),
        }),
        'Executives: DLP as the Default Policy',
      ),
  },
  wrongFixes: [
    {
      name: 'enable every DLP policy on the Default Policy again',
      apply: (api) => submitAndCommit(api, 'outgoingPolicies', useEveryDlpPolicy, 'DLP on the Default Policy'),
    },
    {
      name: 'enable DLP on the Executives policy without choosing a DLP policy',
      apply: (api) =>
        submitAndCommit(
          api,
          'outgoingPolicies',
          (c) => ({
            ...c.outgoingPolicies,
            policies: c.outgoingPolicies.policies.map((p) =>
              p.name === 'Executives' ? { ...p, dlp: { mode: 'enabled' as const, policies: [] } } : p,
            ),
          }),
          'Executives: DLP enabled',
        ),
    },
    {
      name: 'fix the Executives policy without committing',
      apply: async (api) => {
        const v = await api.config.view();
        const policies = v.candidate.outgoingPolicies.policies.map((p) =>
          p.name === 'Executives' ? { ...p, dlp: { mode: 'default' as const } } : p,
        );
        await api.config.submit('outgoingPolicies', { ...v.candidate.outgoingPolicies, policies }, 'not committed');
      },
    },
  ],
};
