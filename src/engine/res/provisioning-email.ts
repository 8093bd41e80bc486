/**
 * The provisioning desk's mailbox, as Cisco's guide has it: the administrator emails
 * stg-cres-provisioning@cisco.com with the account name (HOSTED for hosted customers), the
 * administrators, the complete serial numbers, the domains and any existing account; the team
 * answers within one business day with the account's details or with what was wrong.
 *
 * The team reads like people, not like a form: labelled lines in any order, numbered or bulleted,
 * values on the label's line or on the lines under it, lists separated by commas, semicolons,
 * spaces or new lines. Where nothing is labelled, complete virtual serial numbers and email
 * addresses are still picked out of the text.
 */
import { addBusinessDays } from '../clock.ts';
import type { ProvisioningRequest, ResAccount } from '../encryption/key-service.ts';
import type { MailboxItem } from '../mailflow/types.ts';
import { DEFAULT_FULFILMENT_BUSINESS_DAYS, reviewRequest, type DeskContext, type DeskProblem } from './provisioning-request.ts';
import type { ProvisioningRequestInput } from './types.ts';

/** The address Cisco's guide gives for provisioning requests. */
export const PROVISIONING_ADDRESS = 'stg-cres-provisioning@cisco.com';
/** How the desk signs its replies. */
export const PROVISIONING_FROM = `Cisco RES Provisioning <${PROVISIONING_ADDRESS}>`;

type Field = 'existing' | 'hosted' | 'serials' | 'domains' | 'administrators' | 'accountName';

/** Which field a label names; the order matters (an "existing account name" is not the account name). */
const LABELS: readonly [Field, RegExp][] = [
  ['existing', /\bexisting\b|\balready have\b/i],
  ['hosted', /\bhosted\b|\bcloud\b|\bCES\b|\bdeployment\b/i],
  ['serials', /\bserial|\bS\/?Ns?\b/i],
  ['domains', /\bdomains?\b/i],
  ['administrators', /\badmin/i],
  ['accountName', /\b(account|company|organi[sz]ation)\b.*\bname\b|\bname of (the )?account\b|^\s*(account|company|organi[sz]ation)\s*$/i],
];

/** A list marker or numbering at the start of a line: "1.", "2)", "-", "*", "•". */
const MARKER = /^\s*(?:\d{1,2}[.)]|[-*•])\s*/;
/** `Label: value` (also with = or a dash), the label at most 80 characters. */
const LABELLED = /^([^:=]{1,80}?)\s*(?::|=|\s[-–]\s)\s*(.*)$/;
const EMAIL = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const VIRTUAL_SERIAL = /\b[0-9A-Fa-f]{20}-[0-9A-Fa-f]{12}\b/g;

/** What the team read in an email. */
export interface ReadRequest {
  readonly input: ProvisioningRequestInput;
  /** True when the email says the customer is a Cloud Email Security (hosted) customer. */
  readonly hosted: boolean;
}

const tokens = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((t) => t.replace(/^[<("'“]+|[>)"'”.]+$/g, ''))
    .filter((t) => t !== '');

const yes = (text: string): boolean | null => {
  const t = text.trim().toLowerCase();
  if (/^(yes|y|true|hosted|cloud|ces)\b/.test(t)) return true;
  if (/^(no|n|false|none|on[- ]?prem)/.test(t)) return false;
  return null;
};

/** Reads a provisioning email's text. */
export function readRequestEmail(text: string): ReadRequest {
  const values: Record<Field, string[]> = { existing: [], hosted: [], serials: [], domains: [], administrators: [], accountName: [] };
  let current: Field | null = null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    // Quoted text from an earlier message and signatures are not part of the request.
    if (/^\s*>/.test(raw) || /^--\s*$/.test(raw)) {
      current = null;
      continue;
    }
    const line = raw.replace(MARKER, '').replace(/\*\*|__/g, '');
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const m = LABELLED.exec(line);
    const field = m ? (LABELS.find(([, re]) => re.test(m[1]))?.[0] ?? null) : null;
    if (m && field) {
      current = field;
      if (m[2].trim()) values[field].push(m[2].trim());
    } else if (current) values[current].push(line.trim());
  }

  const existing = values.existing.join(' ').trim();
  const hostedSaid = values.hosted.map(yes).find((v) => v !== null);
  const accountName = values.accountName.join(' ').replace(/\s+/g, ' ').trim();
  const hosted = hostedSaid ?? /\sHOSTED$/.test(accountName);
  const noneSaid = /^(n\/?a|none|no|-+)$/i;
  const input: ProvisioningRequestInput = {
    accountName,
    ...(existing && !noneSaid.test(existing)
      ? { existingAccount: existing.replace(/^(?:account\s*)?(?:number|no\.?)?\s*#?\s*(?=\d+$)/i, '') }
      : {}),
    deployment: hosted ? 'cloud' : 'on-premises',
    administrators: values.administrators.length
      ? values.administrators.flatMap((v) => v.match(EMAIL) ?? tokens(v))
      : (text.match(EMAIL) ?? []).filter((a) => a.toLowerCase() !== PROVISIONING_ADDRESS),
    serials: values.serials.length
      ? values.serials.flatMap(tokens).filter((t) => !/^(and|or|serial|number|s\/n)$/i.test(t))
      : (text.match(VIRTUAL_SERIAL) ?? []),
    domains: values.domains.flatMap(tokens).filter((t) => !/^(and|or)$/i.test(t)),
  };
  return { input, hosted };
}

/** The template the RES Portal page opens the mail window with: the guide's list, to fill in. */
export function requestTemplate(): { subject: string; text: string } {
  return {
    subject: 'CRES account provisioning request',
    text: [
      'Hello,',
      '',
      'Please provision a Cisco Registered Envelope Service account for our Email Security appliance(s).',
      '',
      '1. Account name: ',
      '2. Account administrator email address(es): ',
      '3. Complete appliance serial number(s): ',
      '4. Domain(s) for administration: ',
      '',
      'Existing CRES account name or number (if we already have one): ',
      'Cloud Email Security (hosted) customer: no',
      '',
      'Thank you',
    ].join('\n'),
  };
}

const q = (s: string | undefined) => `“${s ?? ''}”`;
const FIND_SERIAL = 'You find it under System Administration > Feature Keys, or in the output of the CLI command version (“Serial #”)';

/** One problem in the words a person on the team would write. */
export function problemSentence(p: DeskProblem): string {
  const acct = p.account ? `${p.account.number}${p.account.name ? ` (${p.account.name})` : ''}` : '';
  switch (p.code) {
    case 'res.request-no-account-name':
      return 'Your email does not say what the account should be called. Please give the company name exactly as you want it listed on an “Account name:” line, or, if you already have an account with us, its name or number on an “Existing CRES account:” line.';
    case 'res.request-bad-account-name':
      return 'We cannot use the account name as written. Please give the company name as it should be listed (2 to 128 characters, no < or >).';
    case 'res.request-hosted-suffix-missing':
      return `You are a Cloud Email Security (hosted) customer, so the account name has to end with HOSTED, for example ${q(`${p.value} HOSTED`)}.`;
    case 'res.request-unknown-account':
      return `We could not find an existing account ${q(p.value)}. Please check the name or number (your account administrators see it at https://res.cisco.com/admin), or leave that line empty if you need a new account.`;
    case 'res.request-duplicate-account':
      return `There is already an account named ${q(p.account?.name || p.value)} (account ${p.account?.number ?? '?'}), so we have not created a second one. If it is yours, write it as your existing account (“Existing CRES account: ${p.account?.number ?? ''}”) and we will add the appliances to it.`;
    case 'res.request-no-admin':
      return 'We need the email address of at least one person who will administer the account.';
    case 'res.request-bad-admin':
      return `${q(p.value)} is not an email address we can set up as an account administrator.`;
    case 'res.request-no-serial':
      return `We did not find the serial number of any appliance. Please send the complete serial number of every appliance that will encrypt. ${FIND_SERIAL}.`;
    case 'res.request-vln':
      return `${q(p.value)} is a virtual licence number (VLN), not the appliance’s serial number. We need the complete serial number, such as 42127C7DDEE76852677B-F80CE8074CD3. ${FIND_SERIAL}.`;
    case 'res.request-pak':
      return `${q(p.value)} looks like a product activation key (PAK), not the appliance’s serial number. We need the complete serial number, such as 42127C7DDEE76852677B-F80CE8074CD3. ${FIND_SERIAL}.`;
    case 'res.request-bad-serial':
      return `${q(p.value)} does not look like a complete appliance serial number. Please copy it exactly. ${FIND_SERIAL}.`;
    case 'res.request-serial-taken': {
      const serial = p.value?.replace(/ \(account .*\)$/, '');
      return `The appliance ${serial} is already registered to account ${acct}. An appliance can belong to one account only; if that account is yours, write it as your existing account and we will add what is new.`;
    }
    case 'res.request-no-domain':
      return 'Please tell us which domain(s) the account should administer, for example example.com.';
    case 'res.request-bad-domain':
      return `${q(p.value)} is not a domain name; please write it like example.com (no @, http:// or path).`;
    case 'res.request-nothing-to-add':
      return `Everything in your email is already on account ${acct}, so there was nothing to add.`;
    default:
      return 'Part of the request could not be processed; please check it and send it again.';
  }
}

/** The sentence for an email that reached the team as an encrypted envelope. */
export const ENCRYPTED_REFUSAL =
  'Your email reached us as an encrypted envelope, which we cannot open. Please send the request again as an ordinary email.';

/** A reply from the team, ready for the requester's mailbox. */
export interface DeskReply {
  readonly to: string;
  readonly at: number;
  readonly subject: string;
  readonly text: string;
}

const reSubject = (s: string) => (/^re:/i.test(s.trim()) ? s.trim() : `RE: ${s.trim() || 'CRES account provisioning'}`);
const SIGNATURE = ['Best regards,', 'Cisco RES Provisioning', 'Cisco Registered Envelope Service'];

/** The team's answer to an email request, written when its time comes (`account`: the account after fulfilment). */
export function replyTo(r: ProvisioningRequest, account: ResAccount | undefined): DeskReply | null {
  if (!r.email) return null;
  const head = ['Hello,', '', `Thank you for your email (our reference ${r.id}${r.tacCase ? `, TAC case ${r.tacCase}` : ''}).`, ''];
  if (r.refusal?.length) {
    return {
      to: r.email.from,
      at: r.fulfilAt,
      subject: reSubject(r.email.subject),
      text: [
        ...head,
        'We could not provision your account yet:',
        '',
        ...r.refusal.map((s) => `- ${s}`),
        '',
        `Please send a new email to ${PROVISIONING_ADDRESS} with the corrected details and we will take care of it.`,
        '',
        ...SIGNATURE,
      ].join('\n'),
    };
  }
  const a = account;
  const lines = (label: string, list: readonly string[]) => `${label.padEnd(26)}${list.join(', ') || '—'}`;
  const what =
    r.kind === 'new-account'
      ? 'Your Cisco Registered Envelope Service account has been created:'
      : `We have added your request to your existing account ${r.accountNumber} (${r.accountName}). The account now holds:`;
  return {
    to: r.email.from,
    at: r.fulfilAt,
    subject: reSubject(r.email.subject),
    text: [
      ...head,
      what,
      '',
      lines('Account name:', [a?.name ?? r.accountName]),
      lines('Account number:', [r.accountNumber]),
      lines('Account administrators:', a?.administrators ?? r.administrators),
      lines('Appliance serial numbers:', a?.serials ?? r.serials),
      lines('Domains:', a?.domains ?? r.domains),
      ...(r.notes.length ? ['', ...r.notes] : []),
      '',
      'You can now provision your encryption profiles: on each appliance, go to Security Services > Cisco IronPort Email Encryption and click Provision for each profile.',
      'The account administrators manage the account at https://res.cisco.com/admin.',
      '',
      ...SIGNATURE,
    ].join('\n'),
  };
}

/** The sender's bare address from a From header ("Alice <alice@example.com>" → alice@example.com). */
export function senderAddress(from: string): string {
  const angle = /<([^<>]+)>\s*$/.exec(from);
  return (angle ? angle[1] : from).trim().toLowerCase();
}

/**
 * An email arriving at the desk's mailbox becomes a request: accepted (pending until its time), or
 * refused with the reasons written for the reply. Either way the reply goes out after the same delay.
 */
export function requestFromEmail(item: MailboxItem & { id: number }, ctx: DeskContext): ProvisioningRequest {
  const email = { from: senderAddress(item.from), subject: item.subject, mailboxId: item.id };
  const fulfilAt = addBusinessDays(item.at, ctx.businessDays ?? DEFAULT_FULFILMENT_BUSINESS_DAYS);
  const refused = (refusal: string[], read?: ProvisioningRequestInput): ProvisioningRequest => ({
    id: ctx.id,
    submittedAt: item.at,
    fulfilAt,
    status: 'pending',
    kind: read?.existingAccount ? 'add-to-account' : 'new-account',
    accountNumber: '',
    accountName: read?.accountName || read?.existingAccount || '',
    deployment: read?.deployment ?? 'on-premises',
    administrators: [],
    serials: [],
    domains: [],
    notes: [],
    email,
    refusal,
  });
  if (item.kind === 'encrypted') return refused([ENCRYPTED_REFUSAL]);
  const { input } = readRequestEmail(item.text);
  const r = reviewRequest(input, { ...ctx, now: item.at });
  if (!r.ok) return refused(r.problems.map(problemSentence), input);
  return { ...r.value, submittedAt: item.at, fulfilAt, email };
}
