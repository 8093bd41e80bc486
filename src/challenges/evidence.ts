/**
 * What the goals and set-ups share: the walkthrough's finished appliance as a starting point, and
 * "send this and see what happened" — a real send through the committed configuration, read back
 * the way a learner reads it (the stage trace and the tracking record), one row per recipient group.
 */
import { traceOutcome, type OutcomeKind } from '../engine/mailflow/impact.ts';
import { sampleById } from '../engine/mailflow/samples.ts';
import type { OutgoingMessage } from '../engine/mailflow/types.ts';
import type { DlpPolicy } from '../engine/config/schema/index.ts';
import { must, submitAndCommit } from '../tutorial/checks.ts';
import type { ChallengePort } from './types.ts';

/** The header the goal's own messages carry, so a learner can tell them apart in tracking. */
const CHECK_HEADER = 'X-Challenge-Check';

/** What happened to one MID of a sent message. */
export interface Seen {
  readonly mid: number;
  readonly outcome: OutcomeKind;
  /** The quarantine or encryption profile used. */
  readonly target: string | null;
  /** The deciding DLP severity ('none' without a violation). */
  readonly severity: string;
  /** The DLP policies violated. */
  readonly policies: readonly string[];
  /** Whether tracking holds the matched content. */
  readonly contentLogged: boolean;
}

/** Sends a message through the committed configuration (of `scope`) and reads what each MID did. */
export async function sendAndSee(api: ChallengePort, message: OutgoingMessage, scope?: string, check = false): Promise<Seen[]> {
  const sent = check ? { ...message, headers: { ...message.headers, [CHECK_HEADER]: 'goal' } } : message;
  const receipt = must(await api.mail.send(sent, scope));
  return Promise.all(
    receipt.traces.map(async (trace) => {
      const record = (await api.tracking.details(trace.mid))?.record;
      return {
        mid: trace.mid,
        ...traceOutcome(trace),
        severity: record?.dlpSeverity ?? 'none',
        policies: record?.dlpPolicies ?? [],
        contentLogged: !!record?.dlp.contentLogged && (record.dlp.matchedContent?.length ?? 0) > 0,
      };
    }),
  );
}

/** A goal's check message: sent for real, marked with the check header. */
export const checkSend = (api: ChallengePort, message: OutgoingMessage, scope?: string) => sendAndSee(api, message, scope, true);

/** Every MID of the message has one of these outcomes. */
export const every = (seen: readonly Seen[], ...outcomes: OutcomeKind[]) =>
  seen.length > 0 && seen.every((s) => outcomes.includes(s.outcome));

/** The walkthrough finished: encryption registered and provisioned, DLP with the PCI-DSS policy encrypting on the Default outgoing policy. */
export async function finishedWalkthrough(api: ChallengePort): Promise<void> {
  must(await api.tutorial.jumpTo('final-check'));
}

/** A plain text message from `sender` to `recipient`, as the composer would build it. */
export function composed(sender: string, recipient: string, subject: string, text: string): OutgoingMessage {
  return { ...sampleById('lunch-invitation')!.build(sender, recipient), from: sender, subject, text };
}

/** The walkthrough's DLP policy, as the PCI-DSS template names it. */
export const PCI_POLICY = 'PCI-DSS (Payment Card Industry Data Security Standard)';

/** Changes one DLP policy (by name), submits and commits, as a learner editing it in the DLP Policy Manager. */
export const editDlpPolicy = (api: ChallengePort, name: string, change: (p: DlpPolicy) => DlpPolicy, comment: string): Promise<void> =>
  submitAndCommit(api, 'dlp', (c) => ({ ...c.dlp, policies: c.dlp.policies.map((p) => (p.name === name ? change(p) : p)) }), comment);

/** The goal of the scale and inheritance challenges: card mail leaves encrypted, with or without an expiry, and clean mail as it was. */
export async function cardsEncryptedCleanDelivered(
  api: ChallengePort,
  cardOnly: OutgoingMessage,
  cardWithExpiry: OutgoingMessage,
  clean: OutgoingMessage,
): Promise<boolean> {
  return (
    every(await checkSend(api, cardOnly), 'encrypted') &&
    every(await checkSend(api, cardWithExpiry), 'encrypted') &&
    every(await checkSend(api, clean), 'delivered')
  );
}
