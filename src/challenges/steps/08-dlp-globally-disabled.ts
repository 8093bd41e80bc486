/** Data Loss Prevention is disabled in its global settings: the mail policies still list the DLP policy, but nothing is scanned. */
import { submitAndCommit } from '../../tutorial/checks.ts';
import { useEveryDlpPolicy } from '../../tutorial/steps/07-outgoing-policy.ts';
import { checkSend, composed, every, finishedWalkthrough, sendAndSee } from '../evidence.ts';
import type { Challenge } from '../types.ts';

const ALICE = 'alice@example.com';
const HOTEL = 'frontdesk@harbourinn.example';

const card = () =>
  composed(
    ALICE,
    HOTEL,
    'Guarantee for our rooms',
    'Hello,\n\nPlease guarantee the three rooms for next week with:\n\n  Visa 4539 1488 0343 6467\n  Expiry 09/28\n\nKind regards,\nAlice',
  );
const clean = () =>
  composed(ALICE, HOTEL, 'Late check-in', 'Hello,\n\nWe will arrive after 10 pm on Monday; please keep the rooms.\n\nKind regards,\nAlice');

export const dlpGloballyDisabled: Challenge = {
  id: 'no-incidents-since-maintenance',
  title: 'No DLP incidents since the maintenance window',
  reporter: 'Security operations — weekly review',
  symptom:
    'The DLP incident numbers dropped to zero after Saturday’s maintenance window, which never happens. Alice then confirmed that a card number she sent to a hotel on Monday arrived as an ordinary email.',
  objective: 'Card data leaves encrypted again, and DLP incidents are recorded; ordinary mail still goes out in clear.',
  parMinutes: 4,
  hints: [
    'Open Alice’s message in Message Tracking: why does it say DLP was not evaluated?',
    'The outgoing mail policy still lists the PCI-DSS policy, so look one level up: the service itself.',
    'Security Services > Data Loss Prevention is disabled. Enable it (the licence is already accepted), submit and commit.',
  ],
  debrief: `**Cause:** Data Loss Prevention was disabled in its global settings during the maintenance window and never
switched back on. The DLP policies and the outgoing mail policy's DLP column were intact, but with the service off
nothing was scanned.

**Evidence:** Message Tracking recorded "DLP not evaluated" for every message, giving the global setting as the reason,
and the DLP Incidents report stopped counting.

**On the real appliance:** Security Services > Data Loss Prevention, Edit Settings, "Enable Data Loss Prevention"
(accepting the licence agreement if asked), then Commit Changes. After any maintenance that touches a security service,
send a known test message and read its tracking record before closing the change.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await submitAndCommit(api, 'dlp', (c) => ({ ...c.dlp, enabled: false }), 'Maintenance window (CHG-2231)');
    await sendAndSee(api, card());
    await sendAndSee(api, clean());
  },
  async goal(api) {
    if (!(await api.config.view()).committed.dlp.enabled) return false;
    return every(await checkSend(api, card()), 'encrypted') && every(await checkSend(api, clean()), 'delivered');
  },
  fix: {
    name: 'enable DLP in its global settings',
    apply: (api) => submitAndCommit(api, 'dlp', (c) => ({ ...c.dlp, enabled: true }), 'DLP back on after the maintenance window'),
  },
  wrongFixes: [
    {
      name: 'enable DLP on the Default outgoing policy again',
      apply: (api) => submitAndCommit(api, 'outgoingPolicies', useEveryDlpPolicy, 'DLP on the Default Policy'),
    },
    {
      name: 'enable DLP without committing',
      apply: async (api) => {
        const v = await api.config.view();
        await api.config.submit('dlp', { ...v.candidate.dlp, enabled: true }, 'not committed');
      },
    },
  ],
};
