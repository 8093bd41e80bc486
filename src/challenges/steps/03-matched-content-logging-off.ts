/** DLP works and encrypts, but matched content logging is off: tracking cannot show what matched. */
import { submitAndCommit } from '../../tutorial/checks.ts';
import { checkSend, composed, every, finishedWalkthrough, sendAndSee } from '../evidence.ts';
import type { Challenge } from '../types.ts';

const booking = () =>
  composed(
    'alice@example.com',
    'bookings@seasidehotel.example',
    'Room guarantee for the sales kick-off',
    'Hello,\n\nTo guarantee the rooms please use our company card:\n\n  Visa 4539 1488 0343 6467\n  Expiry 09/28\n\nBest regards,\nAlice',
  );
const clean = () =>
  composed(
    'alice@example.com',
    'bookings@seasidehotel.example',
    'Arrival times',
    'Hello,\n\nMost of the group arrives on Sunday evening, the rest on Monday morning.\n\nBest regards,\nAlice',
  );

export const matchedContentLoggingOff: Challenge = {
  id: 'auditor-sees-nothing',
  title: 'The auditor cannot see what was found',
  reporter: 'Ticket 4502 — Priya Nair, PCI auditor',
  symptom:
    'For my sample I need to see exactly which card data DLP found in Alice’s hotel booking. Message Tracking tells me the message violated the PCI-DSS policy and was encrypted, but nothing about what it actually matched.',
  objective:
    'From now on, Message Tracking shows what DLP matched in card-data messages; they still leave encrypted, and ordinary mail is unchanged.',
  parMinutes: 3,
  hints: [
    'Open the booking’s details in Message Tracking: the DLP section is there, but is its matched content?',
    'What is recorded about a violation is a global DLP setting, not part of the DLP policy.',
    'Security Services > Data Loss Prevention: turn on matched content logging, submit and commit, then send a new test message — old records stay as they were.',
  ],
  debrief: `**Cause:** Matched content logging was switched off in the DLP global settings. DLP still scanned, scored and
acted on every message; it just did not keep the text that matched.

**Evidence:** The tracking record showed the policy, severity, risk factor and action, but no matched content. Records
made while the setting was off stay that way: only messages sent after the Commit carry it.

**On the real appliance:** Security Services > Data Loss Prevention, Edit Settings, "Enable matched content logging",
then Commit Changes. The matched text and its surroundings then appear in the message's DLP details in Message
Tracking, for administrators, or for other roles once they are granted DLP Tracking Privileges under System
Administration > Users.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await submitAndCommit(
      api,
      'dlp',
      (c) => ({ ...c.dlp, matchedContentLogging: false }),
      'Privacy review: keep message content out of the logs',
    );
    await sendAndSee(api, booking());
    await sendAndSee(api, clean());
  },
  async goal(api) {
    if (!(await api.config.view()).committed.dlp.matchedContentLogging) return false;
    const seen = await checkSend(api, booking());
    return every(seen, 'encrypted') && seen.every((s) => s.contentLogged) && every(await checkSend(api, clean()), 'delivered');
  },
  fix: {
    name: 'enable matched content logging',
    apply: (api) => submitAndCommit(api, 'dlp', (c) => ({ ...c.dlp, matchedContentLogging: true }), 'Matched content logging on'),
  },
  wrongFixes: [
    {
      name: 'keep a copy of every encrypted card message in the DLP Quarantine for the auditor',
      apply: (api) =>
        submitAndCommit(
          api,
          'dlp',
          (c) => ({
            ...c.dlp,
            messageActions: c.dlp.messageActions.map((a) =>
              a.name === 'Encrypt Medium and Deliver' ? { ...a, copyToQuarantine: 'DLP Quarantine' } : a,
            ),
          }),
          'Copies for the auditor',
        ),
    },
    {
      name: 'enable matched content logging without committing',
      apply: async (api) => {
        const v = await api.config.view();
        await api.config.submit('dlp', { ...v.candidate.dlp, matchedContentLogging: true }, 'not committed');
      },
    },
  ],
};
