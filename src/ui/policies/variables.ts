/**
 * The text resource variables a DLP message action and a DLP Notification Template can use, with
 * what each is replaced by (reference §9). The engine's substitution is in
 * src/engine/mailflow/variables.ts; this list is what the learner reads.
 */

/** One variable and its meaning. */
export interface VariableInfo {
  readonly name: string;
  readonly meaning: string;
}

export const DLP_VARIABLES: readonly VariableInfo[] = [
  { name: '$DLPPolicy', meaning: 'Name of the violated DLP policy' },
  { name: '$DLPSeverity', meaning: 'Low, Medium, High or Critical' },
  { name: '$DLPRiskFactor', meaning: 'Risk factor, 0–100' },
  { name: '$To', meaning: 'The message’s To: header (not the envelope)' },
  { name: '$From', meaning: 'The message’s From: header (not the envelope)' },
  { name: '$Subject', meaning: 'The original subject' },
  { name: '$Date', meaning: 'Current date, MM/DD/YYYY' },
  { name: '$Time', meaning: 'Current local time' },
  { name: '$GMTimestamp', meaning: 'Current time and date in Received-header style, GMT' },
  { name: '$MID', meaning: 'Internal message ID (not the Message-Id header)' },
  { name: '$Group', meaning: 'Sender group matched at injection (>Unknown< if unnamed)' },
  { name: '$Reputation', meaning: 'SenderBase reputation score, or None' },
  { name: '$filenames', meaning: 'Attachment names, comma-separated' },
  { name: '$filetypes', meaning: 'Attachment types, comma-separated' },
  { name: '$filesizes', meaning: 'Attachment sizes, comma-separated' },
  { name: '$remotehost', meaning: 'Host that sent the message to the appliance' },
  { name: '$AllHeaders', meaning: 'The message headers' },
  { name: '$EnvelopeFrom', meaning: 'Envelope sender (MAIL FROM)' },
];
