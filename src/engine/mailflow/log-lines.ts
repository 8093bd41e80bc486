/**
 * The wording of tracking events, modelled on the appliance's text mail log lines so that a
 * learner who later reads a real mail log recognises them.
 */
import type { SeverityLevel } from '../dlp/types.ts';

export const logLines = {
  start: (mid: number, icid: number) => `Start MID ${mid} ICID ${icid}`,
  from: (mid: number, icid: number, from: string) => `MID ${mid} ICID ${icid} From: <${from}>`,
  to: (mid: number, icid: number, rid: number, to: string) => `MID ${mid} ICID ${icid} RID ${rid} To: <${to}>`,
  messageId: (mid: number, id: string) => `MID ${mid} Message-ID '${id}'`,
  subject: (mid: number, subject: string) => `MID ${mid} Subject '${subject}'`,
  ready: (mid: number, bytes: number, from: string) => `MID ${mid} ready ${bytes} bytes from <${from}>`,
  matchedAll: (mid: number, policy: string) =>
    `MID ${mid} matched all recipients for per-recipient policy ${policy === 'Default Policy' ? 'DEFAULT' : policy} in the outbound table`,
  split: (mid: number, newMid: number, policy: string) =>
    `MID ${mid} was split creating MID ${newMid} due to a per-recipient policy ${policy} in the outbound table`,
  filterMatched: (mid: number, filter: string) => `MID ${mid} matched outgoing content filter '${filter}'`,
  filterHeader: (mid: number, filter: string, header: string) => `MID ${mid} header '${header}' added by content filter '${filter}'`,
  filterEncrypt: (mid: number, filter: string, action: string, profile: string) =>
    `MID ${mid} content filter '${filter}' action ${action} with encryption profile '${profile}'`,
  filterNotify: (mid: number, filter: string, newMid: number, to: string) =>
    `MID ${mid} content filter '${filter}' notification sent as MID ${newMid} to <${to}>`,
  filterQuarantined: (mid: number, q: string, filter: string) => `MID ${mid} quarantined to "${q}" by content filter '${filter}'`,
  filterDropped: (mid: number, filter: string) => `MID ${mid} dropped by content filter '${filter}'`,
  dlpNotEvaluated: (mid: number, why: string) => `MID ${mid} DLP not evaluated: ${why}`,
  dlpNoViolation: (mid: number) => `MID ${mid} DLP no violation`,
  dlpUnscannable: (mid: number, note: string) => `MID ${mid} DLP ${note}`,
  dlpViolation: (mid: number, severity: SeverityLevel, risk: number, policy: string) =>
    `MID ${mid} DLP violation. Severity: ${severity.toUpperCase()} (Risk Factor: ${risk}). DLP policy match: '${policy}'.`,
  dlpIgnored: (mid: number, risk: number, policy: string) => `MID ${mid} DLP policy '${policy}' risk factor ${risk} is in the Ignore range`,
  action: (mid: number, action: string) => `MID ${mid} DLP message action '${action}' applied`,
  missingAction: (mid: number, action: string) => `MID ${mid} DLP message action '${action}' does not exist; message delivered unchanged`,
  subjectChanged: (mid: number, subject: string) => `MID ${mid} subject changed to '${subject}' by DLP message action`,
  disclaimer: (mid: number, resource: string) => `MID ${mid} disclaimer '${resource}' added by DLP message action`,
  copyQuarantined: (mid: number, q: string) => `MID ${mid} copy quarantined to "${q}" (DLP message action)`,
  quarantined: (mid: number, q: string) => `MID ${mid} quarantined to "${q}" (DLP violation)`,
  dropped: (mid: number, action: string) => `MID ${mid} dropped by DLP message action '${action}'`,
  bcc: (mid: number, newMid: number, to: string) => `MID ${mid} bcc copy sent as MID ${newMid} to <${to}>`,
  notification: (mid: number, newMid: number, to: string) => `MID ${mid} DLP notification sent as MID ${newMid} to <${to}>`,
  alternateHost: (mid: number, host: string) => `MID ${mid} routed to alternate host ${host}`,
  tls: (mid: number, domain: string, ok: boolean, why?: string) =>
    `MID ${mid} TLS ${ok ? 'success' : 'failed'} for ${domain}${!ok && why ? `: ${why}` : ''}`,
  tlsSkipsEncryption: (mid: number) => `MID ${mid} TLS succeeded: encryption "only if TLS fails" not applied`,
  encrypting: (mid: number, profile: string) => `MID ${mid} enqueued for encryption using profile '${profile}'`,
  rewritten: (mid: number, newMid: number, why: string) => `MID ${mid} rewritten to MID ${newMid} by ${why}`,
  encryptionFailed: (mid: number, reason: string) => `MID ${mid} encryption failed: ${reason}`,
  encryptionQueued: (mid: number, reason: string) =>
    `MID ${mid} held in the encryption queue: ${reason}; the appliance will retry until the profile's Encryption Queue Timeout`,
  encryptionRetry: (mid: number, attempt: number, reason: string) =>
    `MID ${mid} encryption retry ${attempt} failed: ${reason}; the message stays in the encryption queue`,
  encryptionRetried: (mid: number, attempt: number) => `MID ${mid} encryption retry ${attempt}: the key server answered`,
  encryptionTimeout: (mid: number, profile: string, seconds: number) =>
    `MID ${mid} waited in the encryption queue longer than the Encryption Queue Timeout of profile '${profile}' (${seconds} seconds)`,
  bounced: (mid: number, reason: string) => `MID ${mid} bounced: ${reason}; the sender was notified`,
  newDcid: (dcid: number) => `New SMTP DCID ${dcid} interface 192.0.2.10 address 198.51.100.5`,
  deliveryStart: (dcid: number, mid: number, rids: number[]) => `Delivery start DCID ${dcid} MID ${mid} to RID [${rids.join(', ')}]`,
  messageDone: (dcid: number, mid: number, rids: number[]) => `Message done DCID ${dcid} MID ${mid} to RID [${rids.join(', ')}]`,
  finished: (mid: number, how: 'done' | 'aborted') => `Message finished MID ${mid} ${how}`,
  released: (mid: number, q: string) => `MID ${mid} released from quarantine "${q}"`,
  deleted: (mid: number, q: string, why: string) => `MID ${mid} deleted from quarantine "${q}" (${why})`,
};
