/** The PCI-DSS policy still carries the sender filter of its pilot: it applies only to the sales subdomain. */
import { checkSend, composed, editDlpPolicy, every, finishedWalkthrough, PCI_POLICY, sendAndSee } from '../evidence.ts';
import type { Challenge } from '../types.ts';

const ALICE = 'alice@example.com';
const SALES = 'jordan@sales.example.com';
const TRAVEL = 'desk@travelagency.example';

const card = (sender: string, name: string) =>
  composed(
    sender,
    TRAVEL,
    'Flights for the Lisbon trip',
    `Hello,\n\nPlease book the flights we discussed and charge them to:\n\n  Visa 4539 1488 0343 6467\n  Expiry 09/28\n\nThank you,\n${name}`,
  );
const clean = () =>
  composed(
    ALICE,
    TRAVEL,
    'Seat preferences',
    'Hello,\n\nAn aisle seat for me, please, and a vegetarian meal if they offer one.\n\nThank you,\nAlice',
  );

export const policySenderFilter: Challenge = {
  id: 'only-sales-protected',
  title: 'Only Sales is protected',
  reporter: 'Travel desk at travelagency.example',
  symptom:
    'Jordan from your sales team sends us card details in secure envelopes, as agreed. Alice from your office sent the very same card this morning and it came through as a normal email anyone could read.',
  objective: 'Card data leaves encrypted whoever in the company sends it; ordinary mail still goes out in clear.',
  parMinutes: 5,
  hints: [
    'Both messages matched the same outgoing mail policy. What does Message Tracking say DLP did with Alice’s?',
    'A DLP policy can be limited to some senders or recipients, after the outgoing mail policy has matched.',
    'The PCI-DSS policy’s Filter Senders and Recipients applies only to @sales.example.com, a left-over from the pilot. Remove the sender filter, submit and commit.',
  ],
  debrief: `**Cause:** The PCI-DSS policy's sender filter still applied only to @sales.example.com, where DLP had been piloted.
Every other sender's mail was evaluated by the outgoing mail policy but skipped by the DLP policy.

**Evidence:** Message Tracking showed both messages on the Default Policy with the same card and expiry: Jordan's was
a Critical violation (risk factor 90) and encrypted, while Alice's showed the PCI-DSS policy at risk factor 0.

**On the real appliance:** Mail Policies > DLP Policy Manager, the policy, Filter Senders and Recipients: "apply to" or
"exempt" lists of addresses, partial addresses (user@), domains (@example.com) and subdomains (@.example.com). Note that
@example.com does not cover @sales.example.com. Remove pilot filters when rolling a policy out, then Commit Changes.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await editDlpPolicy(
      api,
      PCI_POLICY,
      (p) => ({ ...p, senders: { mode: 'apply', addresses: ['@sales.example.com'] } }),
      'PCI-DSS pilot with the sales team',
    );
    await sendAndSee(api, card(SALES, 'Jordan'));
    await sendAndSee(api, card(ALICE, 'Alice'));
    await sendAndSee(api, clean());
  },
  async goal(api) {
    return (
      every(await checkSend(api, card(ALICE, 'Alice')), 'encrypted') &&
      every(await checkSend(api, card(SALES, 'Jordan')), 'encrypted') &&
      every(await checkSend(api, clean()), 'delivered')
    );
  },
  fix: {
    name: 'remove the sender filter',
    apply: (api) => editDlpPolicy(api, PCI_POLICY, (p) => ({ ...p, senders: null }), 'PCI-DSS: every sender'),
  },
  wrongFixes: [
    {
      name: 'apply the filter to @example.com instead',
      apply: (api) =>
        editDlpPolicy(api, PCI_POLICY, (p) => ({ ...p, senders: { mode: 'apply', addresses: ['@example.com'] } }), 'PCI-DSS: example.com'),
    },
    {
      name: 'turn the filter into an exemption',
      apply: (api) =>
        editDlpPolicy(
          api,
          PCI_POLICY,
          (p) => ({ ...p, senders: { mode: 'exempt', addresses: ['@sales.example.com'] } }),
          'PCI-DSS: exempt',
        ),
    },
    {
      name: 'remove the filter without committing',
      apply: async (api) => {
        const v = await api.config.view();
        const policies = v.candidate.dlp.policies.map((p) => (p.name === PCI_POLICY ? { ...p, senders: null } : p));
        await api.config.submit('dlp', { ...v.candidate.dlp, policies }, 'not committed');
      },
    },
  ],
};
