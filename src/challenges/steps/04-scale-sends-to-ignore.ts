/** The PCI-DSS policy's severity scale was raised: a card number with context (risk 80) now falls into Ignore. */
import { ACTION_NAME } from '../../tutorial/steps/05-message-actions.ts';
import { cardsEncryptedCleanDelivered, composed, editDlpPolicy, finishedWalkthrough, PCI_POLICY, sendAndSee } from '../evidence.ts';
import type { Challenge } from '../types.ts';

const ALICE = 'alice@example.com';
const PARTNER = 'orders@printshop.example';

/** A card number with its issuer named, no expiry: risk 80, High on the default scale. */
const cardOnly = () =>
  composed(
    ALICE,
    PARTNER,
    'Payment for the brochure order',
    'Hi,\n\nPlease charge my Visa 4539 1488 0343 6467 for the brochures.\n\nThanks,\nAlice',
  );
/** The same card with its expiry date: risk 90, Critical. */
const cardWithExpiry = () =>
  composed(
    ALICE,
    PARTNER,
    'Payment for the poster order',
    'Hi,\n\nPlease charge the posters to:\n\n  Visa 4539 1488 0343 6467\n  Expiry 09/28\n\nThanks,\nAlice',
  );
const clean = () =>
  composed(ALICE, PARTNER, 'Proofs', 'Hi,\n\nThe proofs look good; go ahead with 500 copies on matte paper.\n\nThanks,\nAlice');

export const scaleSendsToIgnore: Challenge = {
  id: 'cards-without-expiry-slip',
  title: 'Card numbers without an expiry date slip through',
  reporter: 'Ticket 4519 — Marco, print shop partner',
  symptom:
    'Alice’s payment instructions reach us as plain emails with her full Visa number in them. Oddly, when she also gives the expiry date, the message arrives as a secure envelope as it should.',
  objective: 'Every message DLP rates as card data — with or without an expiry date — leaves encrypted; ordinary mail is unchanged.',
  parMinutes: 5,
  hints: [
    'Look at the plain message in Message Tracking: was DLP evaluated, and what did it conclude?',
    'DLP found the card number but called it no violation. A risk factor becomes a severity through each policy’s severity scale.',
    'In the PCI-DSS policy, Edit Scale: the boundaries were raised so risk 80 is Ignore. Restore the default scale (Low 10, Medium 40, High 60, Critical 90), submit and commit.',
  ],
  debrief: `**Cause:** The PCI-DSS policy's severity scale had been raised so that Low started at 85. A card number with
supporting words but no expiry date scores a risk factor of 80, which fell into Ignore — and Ignore never has an action.

**Evidence:** Message Tracking showed DLP evaluated the plain message: PCI-DSS, risk factor 80, severity Ignore, no
action — while the same card with its expiry (risk 90) was still Critical and encrypted.

**On the real appliance:** Mail Policies > DLP Policy Manager, the policy, Severity Settings > Edit Scale. Tuning the
scale is the supported way to adjust a predefined template, but raising it hides real findings; use Message Tracking's
risk factors (or the DLP Incidents report) before and after, rather than guessing. Commit Changes afterwards.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await editDlpPolicy(
      api,
      PCI_POLICY,
      (p) => ({ ...p, scale: { low: 85, medium: 87, high: 89, critical: 90 } }),
      'PCI-DSS: fewer Low and Medium incidents',
    );
    await sendAndSee(api, cardOnly());
    await sendAndSee(api, cardWithExpiry());
    await sendAndSee(api, clean());
  },
  goal: (api) => cardsEncryptedCleanDelivered(api, cardOnly(), cardWithExpiry(), clean()),
  fix: {
    name: 'restore the default severity scale',
    apply: (api) =>
      editDlpPolicy(api, PCI_POLICY, (p) => ({ ...p, scale: { low: 10, medium: 40, high: 60, critical: 90 } }), 'PCI-DSS: default scale'),
  },
  wrongFixes: [
    {
      name: 'set the High action explicitly to encrypt',
      apply: (api) =>
        editDlpPolicy(api, PCI_POLICY, (p) => ({ ...p, actions: { ...p.actions, high: ACTION_NAME } }), 'PCI-DSS: High encrypts'),
    },
    {
      name: 'disable the PCI-DSS policy',
      apply: (api) => editDlpPolicy(api, PCI_POLICY, (p) => ({ ...p, enabled: false }), 'PCI-DSS off'),
    },
    {
      name: 'restore the scale without committing',
      apply: async (api) => {
        const v = await api.config.view();
        const policies = v.candidate.dlp.policies.map((p) =>
          p.name === PCI_POLICY ? { ...p, scale: { low: 10, medium: 40, high: 60, critical: 90 } } : p,
        );
        await api.config.submit('dlp', { ...v.candidate.dlp, policies }, 'not committed');
      },
    },
  ],
};
