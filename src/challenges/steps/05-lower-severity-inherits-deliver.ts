/** High severity has its own action, "Deliver and Log" (no encryption); Medium and Low inherit it. */
import { newMessageAction } from '../../engine/config/defaults.ts';
import { submitAndCommit } from '../../tutorial/checks.ts';
import { ACTION_NAME } from '../../tutorial/steps/05-message-actions.ts';
import { cardsEncryptedCleanDelivered, composed, editDlpPolicy, finishedWalkthrough, PCI_POLICY, sendAndSee } from '../evidence.ts';
import type { Challenge } from '../types.ts';

const LOG_ACTION = 'Deliver and Log';
const FINANCE = 'finance@example.com';
const SUPPLIER = 'billing@cateringco.example';

/** A card number with supporting words, no expiry: risk 80, High. */
const cardOnly = (invoice = 2291) =>
  composed(
    FINANCE,
    SUPPLIER,
    `Card for invoice ${invoice}`,
    `Hello,\n\nFor invoice ${invoice} you can take the payment from our Mastercard 5105 1051 0510 5100.\n\nRegards,\nFinance`,
  );
/** A card number with its expiry: risk 90, Critical. */
const cardWithExpiry = () =>
  composed(
    FINANCE,
    SUPPLIER,
    'Card for the April invoice',
    'Hello,\n\nFor invoice 2305 please use:\n\n  Mastercard 5105 1051 0510 5100\n  Expiry 11/27\n\nRegards,\nFinance',
  );
const clean = () =>
  composed(
    FINANCE,
    SUPPLIER,
    'Invoice 2291 paid',
    'Hello,\n\nInvoice 2291 was settled today; thank you for the quick service.\n\nRegards,\nFinance',
  );

const deliverAndLog = newMessageAction(LOG_ACTION, { description: 'Deliver unchanged; the violation is logged' });

export const lowerSeverityInheritsDeliver: Challenge = {
  id: 'violations-delivered-in-clear',
  title: 'Violations logged, but delivered in clear',
  reporter: 'Dana Okafor, compliance officer',
  symptom:
    'The DLP review lists Finance’s card payments to our catering supplier as PCI-DSS violations, so I assumed they were protected. The supplier says most of them arrived as ordinary, readable emails; only one came as a secure envelope.',
  objective: 'Every PCI-DSS violation leaves encrypted, whatever its severity; ordinary mail is unchanged.',
  parMinutes: 5,
  hints: [
    'In Message Tracking, compare a violation that was encrypted with one that was not: severity, risk factor, action.',
    'Each severity of a DLP policy has its own message action, and a level left on “inherit” takes the one above it.',
    'The PCI-DSS policy’s High severity uses “Deliver and Log”, and Medium and Low inherit it. Set High back to inherit (or to “Encrypt Medium and Deliver”), submit and commit.',
  ],
  debrief: `**Cause:** In the PCI-DSS policy, High severity had its own message action, "Deliver and Log", which delivers
without encryption. Medium and Low were left on inherit, so they took High's action, not Critical's: only Critical
violations (card plus expiry) were encrypted.

**Evidence:** Message Tracking listed the card messages as violations — severity High, risk factor 80 — with the action
"Deliver and Log", and no encryption step.

**On the real appliance:** Mail Policies > DLP Policy Manager, the policy's Severity Settings: each level shows its
action or "Inherit", and inheritance runs downwards from Critical. Check what a custom message action really does under
Mail Policies > DLP Policy Customizations before choosing it, and commit afterwards.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await submitAndCommit(
      api,
      'dlp',
      (c) => ({ ...c.dlp, messageActions: [...c.dlp.messageActions.filter((a) => a.name !== LOG_ACTION), deliverAndLog] }),
      'Message action Deliver and Log',
    );
    await editDlpPolicy(
      api,
      PCI_POLICY,
      (p) => ({ ...p, actions: { ...p.actions, high: LOG_ACTION } }),
      'PCI-DSS: log High violations during the pilot',
    );
    await sendAndSee(api, cardOnly(2291));
    await sendAndSee(api, cardWithExpiry());
    await sendAndSee(api, cardOnly(2318));
    await sendAndSee(api, clean());
  },
  goal: (api) => cardsEncryptedCleanDelivered(api, cardOnly(), cardWithExpiry(), clean()),
  fix: {
    name: 'High inherits the Critical action again',
    apply: (api) => editDlpPolicy(api, PCI_POLICY, (p) => ({ ...p, actions: { ...p.actions, high: null } }), 'PCI-DSS: High inherits'),
  },
  wrongFixes: [
    {
      name: 'set Medium and Low to encrypt, leaving High',
      apply: (api) =>
        editDlpPolicy(
          api,
          PCI_POLICY,
          (p) => ({ ...p, actions: { ...p.actions, medium: ACTION_NAME, low: ACTION_NAME } }),
          'PCI-DSS: Medium and Low encrypt',
        ),
    },
    {
      name: 'disable the PCI-DSS policy',
      apply: (api) => editDlpPolicy(api, PCI_POLICY, (p) => ({ ...p, enabled: false }), 'PCI-DSS off'),
    },
    {
      name: 'let High inherit without committing',
      apply: async (api) => {
        const v = await api.config.view();
        const policies = v.candidate.dlp.policies.map((p) => (p.name === PCI_POLICY ? { ...p, actions: { ...p.actions, high: null } } : p));
        await api.config.submit('dlp', { ...v.candidate.dlp, policies }, 'not committed');
      },
    },
  ],
};
