/**
 * The encryption queue (reference §5): a message whose encryption the key server could not answer
 * waits here and is retried; when it has waited longer than its profile's Encryption Queue Timeout
 * it bounces and the sender receives the profile's encryption failure notification. The simulator
 * retries each queued message whenever the simulated clock moves and when the key service comes
 * back; the real appliance retries on its own schedule.
 */
import { bounceEncryption, deliverEncrypted, encryptFor, type DeliveryInput } from './deliver.ts';
import { logLines } from './log-lines.ts';
import { emptyOutcome, log, type PipelineOutcome, type StageTrace } from './outcome.ts';
import type { PipelineDeps } from './ports.ts';
import type { QueuedEncryption, TrackingRecord } from './types.ts';

/** The queue timeout when the profile no longer exists: the appliance's default, 4 hours. */
const DEFAULT_TIMEOUT_SECONDS = 14_400;

/** Puts a message in the encryption queue (called from delivery when the key server does not answer). */
export function queueEncryption(
  out: PipelineOutcome,
  input: DeliveryInput,
  recipients: readonly string[],
  reason: string,
  at: number,
): void {
  log(input.record, at, logLines.encryptionQueued(input.mid, reason));
  input.trace.steps.push({
    stage: 'encrypt',
    status: 'queued',
    detail: `Waiting in the encryption queue: ${reason}`,
    target: input.encryption!.profile,
  });
  out.queued.push({
    mid: input.mid,
    queuedAt: at,
    attempts: 0,
    message: input.message,
    recipients: [...recipients],
    encryption: input.encryption!,
    ...(input.dlp ? { dlp: input.dlp } : {}),
  });
}

/** The profile's Encryption Queue Timeout, in seconds. */
export function queueTimeoutSeconds(deps: Pick<PipelineDeps, 'config'>, profile: string): number {
  return deps.config.encryption.profiles.find((p) => p.name === profile)?.queueTimeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
}

/** When a queued message bounces if the key server has not answered by then. */
export const bouncesAt = (item: QueuedEncryption, deps: Pick<PipelineDeps, 'config'>): number =>
  item.queuedAt + queueTimeoutSeconds(deps, item.encryption.profile) * 1000;

/** What one retry produced: tracking and deliveries, and the item again if it still waits. */
export interface RetryOutcome {
  readonly outcome: PipelineOutcome;
  readonly stillQueued: QueuedEncryption | null;
}

/**
 * Retries one queued message at `deps.now`: past its queue timeout it bounces (sender notified);
 * otherwise it is encrypted and delivered if the key server answers, stays queued if it still does
 * not, and bounces if encryption now fails for good. Logs each step on the message's record.
 */
export async function retryQueued(item: QueuedEncryption, record: TrackingRecord, deps: PipelineDeps): Promise<RetryOutcome> {
  const at = deps.now;
  const out = emptyOutcome();
  const trace: StageTrace = { mid: item.mid, policy: record.outgoingPolicy, recipients: item.recipients, steps: [] };
  const input: DeliveryInput = {
    message: item.message,
    recipients: item.recipients,
    mid: item.mid,
    record,
    trace,
    encryption: item.encryption,
    alternateHost: null,
    ...(item.dlp ? { dlp: item.dlp } : {}),
  };
  const finish = (how: 'done' | 'aborted') => log(record, at, logLines.finished(item.mid, how));
  if (at >= bouncesAt(item, deps)) {
    const seconds = queueTimeoutSeconds(deps, item.encryption.profile);
    const reason = logLines.encryptionTimeout(item.mid, item.encryption.profile, seconds).replace(`MID ${item.mid} `, '');
    bounceEncryption(out, input, { ok: false, reason: `the message ${reason}` }, deps);
    finish('aborted');
    return { outcome: out, stillQueued: null };
  }
  const attempt = item.attempts + 1;
  const result = await encryptFor(input, item.recipients, deps);
  if (result.ok) {
    log(record, at, logLines.encryptionRetried(item.mid, attempt));
    deliverEncrypted(out, input, item.recipients, result, deps);
    finish('done');
    return { outcome: out, stillQueued: null };
  }
  if (result.retry) {
    log(record, at, logLines.encryptionRetry(item.mid, attempt, result.reason));
    return { outcome: out, stillQueued: { ...item, attempts: attempt } };
  }
  bounceEncryption(out, input, result, deps);
  finish('aborted');
  return { outcome: out, stillQueued: null };
}
