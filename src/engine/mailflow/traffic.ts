/**
 * The traffic generator's messages: realistic mixed outgoing mail from a set of senders to a set of
 * recipients, a chosen share of it carrying sensitive data (messages from the sample library, and
 * generated card numbers, SSNs, IBANs, routing numbers and patient records with valid check
 * digits), the rest ordinary business mail sprinkled with near-misses (numbers that look sensitive
 * but fail their checksum or rules). Pure and deterministic: message `i` of a run depends only on
 * the options and `i` (its own mulberry32 stream), so batches can be built in any order and the
 * same seed always yields the same traffic. Timestamps are spread over the span ending at `end`
 * (the simulated time when the run starts), in message order, so MIDs and times rise together.
 */
import { mulberry32 } from '../model/random.ts';
import { fail, ok, type Issue, type Result } from '../errors.ts';
import { abaChecksum, ibanMod97, luhn } from '../dlp/scan/checksums.ts';
import { isEmailAddress } from '../model/address.ts';
import { sampleMessages } from './samples.ts';
import type { Attachment, OutgoingMessage } from './types.ts';

/** The most messages one run may generate. */
export const MAX_TRAFFIC_MESSAGES = 100_000;
/** The longest span the timestamps may cover (the reports' longest range). */
export const MAX_TRAFFIC_SPAN_MS = 90 * 86_400_000;

/** What a run generates. */
export interface TrafficOptions {
  /** How many messages (1 – 100,000). */
  readonly count: number;
  /** Any whole number; the same seed gives the same messages. */
  readonly seed: number;
  /** Envelope sender addresses, drawn in turn at random. */
  readonly senders: readonly string[];
  /** Recipient addresses, or bare domains (a person at that domain is made up). */
  readonly recipients: readonly string[];
  /** The share of messages with sensitive data, 0 – 1. */
  readonly sensitiveShare: number;
  /** The simulated time the messages are spread over, ending at the run's start time. */
  readonly spanMs: number;
}

/** What kind of content a generated message carries. */
export type TrafficKind = 'sample' | 'card' | 'ssn' | 'iban' | 'patient' | 'wire' | 'business' | 'near-miss';

/** One generated message, with when it is received and whether it is meant to be sensitive. */
export interface TrafficMessage {
  readonly index: number;
  readonly at: number;
  readonly kind: TrafficKind;
  readonly sensitive: boolean;
  readonly message: OutgoingMessage;
}

/** Defaults for the form: a small demo run. */
export const DEFAULT_TRAFFIC: TrafficOptions = {
  count: 1000,
  seed: 42,
  senders: [
    'alice@example.com',
    'raj.patel@example.com',
    'maria.lopez@example.com',
    'finance@example.com',
    'hr@example.com',
    'clinic@example.com',
  ],
  recipients: ['partner.example', 'bank.example', 'hospital.example', 'gmail.example', 'bob@partner.example'],
  sensitiveShare: 0.2,
  spanMs: 86_400_000,
};

/** Checks the options; every problem is reported with the field it belongs to. */
export function checkTrafficOptions(o: TrafficOptions): Result<TrafficOptions> {
  const issues: Issue[] = [];
  const senders = [...new Set(o.senders.map((s) => s.trim().toLowerCase()).filter(Boolean))];
  const recipients = [...new Set(o.recipients.map((s) => s.trim().toLowerCase().replace(/^@/, '')).filter(Boolean))];
  if (!Number.isInteger(o.count) || o.count < 1 || o.count > MAX_TRAFFIC_MESSAGES)
    issues.push({ path: 'count', message: `Enter a whole number of messages from 1 to ${MAX_TRAFFIC_MESSAGES.toLocaleString('en-US')}.` });
  if (!Number.isInteger(o.seed) || Math.abs(o.seed) > 2 ** 31)
    issues.push({ path: 'seed', message: 'The seed is a whole number (up to ±2,147,483,648).' });
  if (senders.length === 0) issues.push({ path: 'senders', message: 'List at least one sender address.' });
  for (const s of senders) if (!isEmailAddress(s)) issues.push({ path: 'senders', message: `“${s}” is not a valid sender address.` });
  if (recipients.length === 0) issues.push({ path: 'recipients', message: 'List at least one recipient address or domain.' });
  for (const r of recipients)
    if (!isEmailAddress(r.includes('@') ? r : `someone@${r}`))
      issues.push({ path: 'recipients', message: `“${r}” is neither an address nor a domain.` });
  if (!(o.sensitiveShare >= 0 && o.sensitiveShare <= 1))
    issues.push({ path: 'sensitiveShare', message: 'The sensitive share is a percentage from 0 to 100.' });
  if (!Number.isInteger(o.spanMs) || o.spanMs < 0 || o.spanMs > MAX_TRAFFIC_SPAN_MS)
    issues.push({ path: 'spanMs', message: 'The time span is from 0 up to 90 days.' });
  return issues.length ? fail('mail.invalid', issues) : ok({ ...o, senders, recipients });
}

export { mulberry32 } from '../model/random.ts';

/** A well-mixed 32-bit seed for message `index` of run `seed` (so neighbouring streams differ). */
function streamSeed(seed: number, index: number): number {
  let h = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/** When message `index` of `count` is received: one slot per message across the span, jittered inside its slot. */
export function trafficTime(index: number, count: number, spanMs: number, end: number, r: () => number): number {
  const slot = spanMs / count;
  return Math.min(end, Math.floor(end - spanMs + index * slot + r() * slot));
}

const FIRST = ['maria', 'daniel', 'priya', 'thomas', 'chen', 'fatima', 'lars', 'yuki', 'james', 'olivia', 'noah', 'sofia'];
const LAST = ['gonzales', 'okafor', 'raman', 'becker', 'wei', 'khan', 'berg', 'tanaka', 'whitaker', 'brown', 'schmidt', 'rossi'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const PROJECTS = ['Atlas', 'Borealis', 'Cobalt', 'Delta', 'Evergreen', 'Falcon', 'Granite', 'Harbor'];
const TOPICS = [
  'quarterly review',
  'project kickoff',
  'budget draft',
  'vendor shortlist',
  'release plan',
  'training schedule',
  'office move',
  'customer workshop',
];
const SENTENCES = [
  'Thanks for the quick turnaround on the draft.',
  'Could you take a look before our call tomorrow?',
  'I have attached the latest version for review.',
  'Let us keep the scope as agreed last week.',
  'The team is aligned on the next steps.',
  'Please add your comments directly in the shared document.',
  'We can move the meeting to Thursday afternoon if that works better.',
  'The numbers look good compared to last quarter.',
  'I will circulate the minutes after the session.',
  'Happy to discuss any open questions.',
  'The vendor confirmed the delivery window.',
  'Let me know if anything is missing.',
];
const CLOSINGS = ['Best regards', 'Thanks', 'Kind regards', 'Cheers', 'Many thanks'];

/** The per-message generator: a PRNG stream and helpers. */
class Gen {
  constructor(readonly r: () => number) {}
  int = (lo: number, hi: number): number => lo + Math.floor(this.r() * (hi - lo + 1));
  pick = <T>(a: readonly T[]): T => a[Math.floor(this.r() * a.length)];
  /** `n` random digits; a plain loop (Array.from over a length object cost ~70 µs a message, in every run). */
  digits = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i += 1) s += this.int(0, 9);
    return s;
  };
  pad = (n: number, w: number): string => String(n).padStart(w, '0');
  person = () => ({ first: this.pick(FIRST), last: this.pick(LAST) });
  fullName = (p = this.person()) => `${cap(p.first)} ${cap(p.last)}`;

  /** A card number of a real issuer range with a valid Luhn digit (or, for a near-miss, a wrong one). */
  card(valid = true): { number: string; brand: string } {
    const [brand, prefix, len] = this.pick([
      ['Visa', '4', 16],
      ['Mastercard', '5' + this.int(1, 5), 16],
      ['American Express', this.pick(['34', '37']), 15],
    ] as const);
    const body = prefix + this.digits(len - prefix.length - 1);
    let check = 0;
    while (!luhn(body + check)) check += 1;
    const last = valid ? check : (check + this.int(1, 9)) % 10;
    const d = body + last;
    const number = len === 15 ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : d.replace(/(\d{4})(?=\d)/g, '$1 ');
    return { number, brand };
  }
  expiry = (): string => `${this.pad(this.int(1, 12), 2)}/${this.int(27, 31)}`;

  /** A Social Security number by the SSA's rules: area 001–899 without 666, group and serial not zero. */
  ssn(): string {
    let area = this.int(101, 665);
    if (area === 666) area = 665;
    return `${this.pad(area, 3)}-${this.pad(this.int(1, 99), 2)}-${this.pad(this.int(1, 9999), 4)}`;
  }
  /** Looks like an SSN but is never issued: area 000, 666 or 9xx, or group 00. */
  badSsn(): string {
    const area = this.pick(['000', '666', String(this.int(900, 999))]);
    return this.r() < 0.5
      ? `${area}-${this.pad(this.int(1, 99), 2)}-${this.pad(this.int(1, 9999), 4)}`
      : `${this.pad(this.int(101, 665), 3)}-00-${this.pad(this.int(1, 9999), 4)}`;
  }
  dob = (): string => `${this.pad(this.int(1, 12), 2)}/${this.pad(this.int(1, 28), 2)}/${this.int(1950, 2001)}`;

  /** An IBAN with correct mod-97 check digits (or deliberately wrong ones), grouped in fours. */
  iban(valid = true): { iban: string; country: string } {
    const [country, bban] = this.pick([
      ['DE', () => this.digits(18)],
      ['FR', () => this.digits(23)],
      ['NL', () => `${this.pick(['ABNA', 'INGB', 'RABO'])}${this.digits(10)}`],
      ['ES', () => this.digits(20)],
    ] as const);
    const b = bban();
    let check = 2;
    while (!ibanMod97(`${country}${this.pad(check, 2)}${b}`)) check += 1;
    if (!valid) check = check === 98 ? 97 : check + 1;
    return { iban: `${country}${this.pad(check, 2)}${b}`.replace(/(.{4})(?=.)/g, '$1 '), country };
  }

  /** An ABA routing number with a valid 3-7-1 checksum. */
  routing(): string {
    const base = `${this.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'])}${this.digits(6)}`;
    let check = 0;
    while (!abaChecksum(base + check)) check += 1;
    return base + check;
  }

  /** A National Provider Identifier with a valid check digit (Luhn with the 80840 prefix). */
  npi(): string {
    const base = `1${this.digits(8)}`;
    let check = 0;
    while (!luhn(`80840${base}${check}`)) check += 1;
    return base + check;
  }

  sentences(n: number): string {
    return Array.from({ length: n }, () => this.pick(SENTENCES)).join(' ');
  }
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const ICD = [
  ['I10', 'essential hypertension'],
  ['E11.9', 'type 2 diabetes without complications'],
  ['J45.909', 'asthma, uncomplicated'],
  ['M54.5', 'low back pain'],
  ['F41.1', 'generalized anxiety disorder'],
  ['I48.91', 'atrial fibrillation, unspecified'],
] as const;
const MEDS = [
  'metformin 500 mg twice daily',
  'lisinopril 10 mg daily',
  'albuterol inhaler as needed',
  'sertraline 50 mg daily',
  'apixaban 5 mg twice daily',
  'ibuprofen 400 mg as needed',
];

interface Content {
  subject: string;
  text: string;
  html?: string;
  attachments?: Attachment[];
}

type Builder = (g: Gen, to: { first: string; display: string }, from: string) => Content;

const greeting = (to: { first: string }) => `Hi ${cap(to.first)},`;
const sign = (g: Gen, from: string) => `${g.pick(CLOSINGS)},\n${from}`;

/** Sensitive content the DLP templates must find. */
const SENSITIVE: Record<'card' | 'ssn' | 'iban' | 'patient' | 'wire', Builder> = {
  card: (g, to, from) => {
    const c = g.card();
    return {
      subject: `Card details for booking ${g.pick(['#', 'ref. '])}${g.digits(5)}`,
      text: `${greeting(to)}\n\nPlease use the company card to hold the reservation:\n\n  ${c.brand} ${c.number}\n  Expiry ${g.expiry()}\n  Name on card: ${from}\n\n${g.sentences(2)}\n\n${sign(g, from)}`,
    };
  },
  ssn: (g, to, from) => {
    const rows = Array.from({ length: g.int(2, 6) }, (_, i) => {
      const p = g.person();
      return `E${1000 + g.int(0, 8999) + i},${g.fullName(p)},${g.dob()},${g.ssn()}`;
    });
    const inline = g.r() < 0.4;
    return inline
      ? {
          subject: 'Employment verification',
          text: `${greeting(to)}\n\nAs requested for the verification: ${rows[0].split(',')[1]}, Social Security Number ${rows[0].split(',')[3]}, date of birth ${rows[0].split(',')[2]}.\n\n${sign(g, from)}`,
        }
      : {
          subject: `Benefits enrolment export (${g.pick(['Q1', 'Q2', 'Q3', 'Q4'])})`,
          text: `${greeting(to)}\n\nAttached is the enrolment export the broker asked for.\n\n${sign(g, from)}`,
          attachments: [
            {
              filename: `enrolment-${g.digits(4)}.csv`,
              contentType: 'text/csv',
              content: enc(`employee_id,name,date_of_birth,ssn\n${rows.join('\n')}\n`),
            },
          ],
        };
  },
  iban: (g, to, from) => {
    const { iban } = g.iban();
    return {
      subject: `Payment instruction: PO ${g.digits(6)}`,
      text: `${greeting(to)}\n\nPlease release the SEPA transfer today:\n\nBeneficiary: ${cap(g.pick(LAST))} ${g.pick(['GmbH', 'SARL', 'B.V.', 'S.L.'])}\nIBAN: ${iban}\nAmount: EUR ${g.int(1, 99)},${g.digits(3)}.00\n\n${sign(g, from)}`,
    };
  },
  patient: (g, to, from) => {
    const p = g.person();
    const dx = [g.pick(ICD), g.pick(ICD)];
    return {
      subject: `Referral: consult for ${cap(p.first)[0]}. ${cap(p.last)}`,
      text:
        `Dear Dr. ${cap(to.first)},\n\nPlease see the patient below for a consult.\n\nPatient: ${g.fullName(p)}\nMRN: ${g.digits(8)}\nDate of birth: ${g.dob()}\n\n` +
        `Diagnosis:\n${dx.map(([code, name]) => `  ${code} (${name})`).join('\n')}\n\nCurrent medication: ${g.pick(MEDS)}, ${g.pick(MEDS)}.\n\n` +
        `Referring physician: Dr. ${from}, NPI ${g.npi()}\n\nKind regards,\n${from}, MD`,
    };
  },
  wire: (g, to, from) => ({
    subject: `Updated wire instructions for invoice INV-${g.digits(5)}`,
    text: `${greeting(to)}\n\nOur bank details changed this month. Please use:\n\nBank: First Example Bank\nABA routing number: ${g.routing()}\nChecking account number: ${g.digits(12)}\nAccount name: Example Corp Operating\n\n${sign(g, from)}`,
  }),
};

/** Ordinary mail: no sensitive data. */
const business: Builder = (g, to, from) => {
  const project = g.pick(PROJECTS);
  const topic = g.pick(TOPICS);
  return { subject: `${project}: ${topic}`, text: `${greeting(to)}\n\n${g.sentences(g.int(2, 6))}\n\n${sign(g, from)}` };
};

/** Numbers that look sensitive but must not match: failed checksums, never-issued SSNs, order and tracking numbers. */
const nearMiss: Builder = (g, to, from) => {
  const lines = [
    () => `Order ${g.card(false).number.replace(/ /g, '')} has shipped.`,
    () => `The test card ${g.card(false).number} was declined, as expected.`,
    () => `Ticket reference ${g.badSsn()} is closed.`,
    () => `Mistyped reference ${g.iban(false).iban} was rejected by the checker.`,
    () => `UPS tracking 1Z ${g.digits(3)} AA${g.digits(1)} ${g.digits(2)} ${g.digits(4)} ${g.digits(3)}.`,
    () => `Call us at 1-800-555-0${g.int(100, 199)} or ${g.int(201, 989)}-555-0${g.int(100, 199)}.`,
    () =>
      `Invoice INV-${g.digits(6)} for $${g.int(100, 9999)}.${g.digits(2)} is due on ${g.pad(g.int(1, 12), 2)}/${g.pad(g.int(1, 28), 2)}/2026.`,
    () => `Conference ID ${g.digits(10)}, PIN ${g.digits(4)}#.`,
  ];
  const picked = Array.from({ length: g.int(2, 4) }, () => g.pick(lines)());
  return {
    subject: `${g.pick(['Order update', 'Your account summary', 'Re: invoice question', 'Shipping notice'])} ${g.digits(4)}`,
    text: `${greeting(to)}\n\n${picked.join('\n')}\n\n${g.sentences(1)}\n\n${sign(g, from)}`,
  };
};

const VIOLATING_SAMPLES = sampleMessages.filter((s) => s.expect.severity !== null);
const CLEAN_SAMPLES = sampleMessages.filter((s) => s.expect.severity === null);

/** A recipient address for one list entry: the address itself, or a made-up person at a domain. */
function recipientFor(g: Gen, entry: string): { address: string; first: string } {
  if (entry.includes('@')) return { address: entry, first: entry.split('@')[0].split(/[._-]/)[0] || 'there' };
  const p = { first: g.pick(FIRST), last: g.pick(LAST) };
  return { address: `${p.first}.${p.last}@${entry}`, first: p.first };
}

/** A display name from an address's local part (`raj.patel` → `Raj Patel`). */
const displayName = (address: string): string =>
  address
    .split('@')[0]
    .split(/[._-]+/)
    .filter(Boolean)
    .map(cap)
    .join(' ');

/** Message `index` of a run whose last timestamp is `end`. Options must have passed `checkTrafficOptions`. */
export function trafficMessage(o: TrafficOptions, index: number, end: number): TrafficMessage {
  const g = new Gen(mulberry32(streamSeed(o.seed, index)));
  const at = trafficTime(index, o.count, o.spanMs, end, g.r);
  const sender = g.pick(o.senders);
  const fromName = displayName(sender);
  const count = g.r() < 0.8 ? 1 : g.r() < 0.75 ? 2 : 3;
  const to = [...new Map(Array.from({ length: count }, () => recipientFor(g, g.pick(o.recipients))).map((r) => [r.address, r])).values()];
  const sensitive = g.r() < o.sensitiveShare;

  let kind: TrafficKind;
  let content: Content;
  if (sensitive && g.r() < 0.3) {
    kind = 'sample';
    const built = g.pick(VIOLATING_SAMPLES).build(sender, to[0].address);
    content = { subject: built.subject, text: built.text, html: built.html, attachments: [...built.attachments] };
  } else if (sensitive) {
    kind = g.pick(['card', 'ssn', 'iban', 'patient', 'wire'] as const);
    content = SENSITIVE[kind](g, { first: to[0].first, display: '' }, fromName);
  } else if (g.r() < 0.05) {
    kind = 'business';
    const built = g.pick(CLEAN_SAMPLES).build(sender, to[0].address);
    content = { subject: built.subject, text: built.text, html: built.html };
  } else if (g.r() < 0.25) {
    kind = 'near-miss';
    content = nearMiss(g, { first: to[0].first, display: '' }, fromName);
  } else {
    kind = 'business';
    content = business(g, { first: to[0].first, display: '' }, fromName);
  }
  const addresses = to.map((r) => r.address);
  return {
    index,
    at,
    kind,
    sensitive,
    message: {
      envelopeFrom: sender,
      recipients: addresses,
      from: `${fromName} <${sender}>`,
      to: addresses,
      cc: [],
      subject: content.subject,
      text: content.text,
      html: content.html ?? '',
      attachments: content.attachments ?? [],
      headers: { 'X-Traffic-Generator': `seed=${o.seed}; message=${index + 1}` },
      messageId: '',
    },
  };
}
