/** An administrator locked the partner's envelopes at the key service along with the misaddressed one. */
import { sampleById } from '../../engine/mailflow/samples.ts';
import { must, submitAndCommit } from '../../tutorial/checks.ts';
import { ACTION_NAME } from '../../tutorial/steps/05-message-actions.ts';
import { checkSend, every, finishedWalkthrough, sendAndSee } from '../evidence.ts';
import type { Challenge, ChallengePort } from '../types.ts';

const BOB = 'bob@partner.example';
/** The address Alice mistyped. */
const WRONG = 'bob@partners.example';
const REASON = 'Card details sent to the wrong address (ticket 4560)';

const booking = (recipient = BOB) => sampleById('visa-with-expiry')!.build(undefined, recipient);

/** The key service's messages addressed to `address`. */
const messagesTo = async (api: ChallengePort, address: string) => (await api.res.messages()).filter((m) => m.recipients.includes(address));

export const envelopeLocked: Challenge = {
  id: 'envelope-wont-open',
  title: 'The partner cannot open the envelope',
  reporter: 'Ticket 4563 — Bob Chen, partner.example',
  symptom:
    'Bob at partner.example says the envelope with Alice’s hotel booking will not open: the page tells him the message is locked. Alice did send one copy to a mistyped address, and asked the service desk to lock that one.',
  objective:
    'Bob can open the booking envelopes already in his inbox, the copy sent to the mistyped address stays unreadable, and card data still leaves encrypted.',
  parMinutes: 4,
  hints: [
    'The appliance delivered the envelope (Message Tracking says so). Who decides whether an envelope opens?',
    'In the Registered Envelope Service portal, list the messages sent: which are locked, to whom, and with what reason?',
    'Every message with the booking subject was locked, Bob’s included. Unlock the ones to bob@partner.example and leave the one to bob@partners.example locked.',
  ],
  debrief: `**Cause:** asked to lock the misaddressed copy, the service desk locked every message with the booking's
subject at the Registered Envelope Service — Bob's as well. A locked message's key is withheld from every recipient,
however the envelope got to them, and the recipient sees the lock reason.

**Evidence:** tracking showed both messages encrypted and delivered normally; the RES portal listed the messages to
bob@partner.example as Locked with the misaddressed copy's reason.

**On the real appliance:** nothing on the ESA was wrong — locking, unlocking and expiry are per-message controls of
the key service, in the RES administration portal, for the account's administrators. Unlock only what was locked by
mistake; sending the booking again, in clear or encrypted, leaves Bob's envelope locked.`,
  async setup(api) {
    await finishedWalkthrough(api);
    await sendAndSee(api, booking());
    await sendAndSee(api, booking(WRONG));
    const subject = booking().subject;
    for (const m of await api.res.messages()) if (m.subject === subject && m.status === 'active') must(await api.res.lock(m.id, REASON));
  },
  async goal(api) {
    const bobs = await messagesTo(api, BOB);
    const wrong = await messagesTo(api, WRONG);
    return (
      bobs.length > 0 &&
      bobs.every((m) => m.status === 'active') &&
      wrong.length > 0 &&
      wrong.every((m) => m.status !== 'active') &&
      every(await checkSend(api, booking()), 'encrypted')
    );
  },
  fix: {
    name: 'unlock the messages to Bob only',
    apply: async (api) => {
      for (const m of await messagesTo(api, BOB)) if (m.status === 'locked') must(await api.res.unlock(m.id));
    },
  },
  wrongFixes: [
    {
      name: 'unlock every locked message',
      apply: async (api) => {
        for (const m of await api.res.messages()) if (m.status === 'locked') await api.res.unlock(m.id);
      },
    },
    {
      name: 'send the booking to Bob again in clear',
      apply: async (api) => {
        await submitAndCommit(
          api,
          'dlp',
          (c) => ({
            ...c.dlp,
            messageActions: c.dlp.messageActions.map((a) => (a.name === ACTION_NAME ? { ...a, encryption: null } : a)),
          }),
          'Deliver the booking without an envelope',
        );
        await api.mail.send(booking());
      },
    },
    {
      name: 'send the booking to Bob again, encrypted',
      apply: async (api) => {
        await api.mail.send(booking());
      },
    },
  ],
};
