/**
 * Accounts that a cloud provider, a broker, a utility or a carrier holds, by the words of the
 * paragraph around the number: an AWS account ID ("your instance i-03af… in the us-west-2 region,
 * account 831033583495"), a brokerage account ("account 421-186313, DTC 0015"), a utility's account
 * ("Duke Energy account 8811633039"), a carrier's ("account number: 980897842, number transfer
 * PIN …"). Their words are keyword triggers: the paragraph is read only where the index pass saw
 * one near the number.
 */
import type { TextIndex } from '../scan/index-model.ts';
import { triggerNear } from '../scan/trigger-near.ts';
import { PARAGRAPH_AFTER, PARAGRAPH_BEFORE, paragraphAround } from '../scan/paragraph-around.ts';
import { HELD_BY_OTHERS_TRIGGER, registry } from './registry.ts';
import { phraseTable } from './phrase-table.ts';
import { abaPrefixValid } from './aba-routing.ts';
import { abaChecksum } from '../scan/checksums.ts';

/**
 * A utility's own words, and any biller's (a cable company's, an internet provider's): two hits of
 * them anywhere in a text make it a biller's mail, where an account is the customer's with it.
 */
const BILLER_MAIL_WORDS = [
  'electric',
  'electricity',
  'utility',
  'utilities',
  'service address',
  'kwh',
  'meter',
  'premise',
  'service agreement',
  'disconnection',
  'reconnect',
  'outage',
  'therms',
  'liheap',
  'final bill',
  'stop service',
  'start service',
  'natural gas',
  // Any biller's: its bill, its billing, its autopay, its service.
  'autopay',
  'auto pay',
  'billing',
  'broadband',
  'cable',
  'internet service',
  'service ended',
  'shutoff',
  'shut off',
  'bill',
  'bills',
  'installation',
  'payment received',
  'payment method',
  // Any biller's statement to its customer: a lab's or a practice's to its patient.
  'patient statement',
  'statement date',
  'please pay',
  'balance due',
  'amount due',
  'pay the balance',
  // A homeowners association's: its dues and assessments.
  'hoa',
  'homeowners association',
  'dues',
  // A hospital's, billing its patients: a visit's admission and discharge, its face sheet, its
  // financial assistance and the record number of the patient.
  'face sheet',
  'financial assistance',
  'charity care',
  'admission',
  'admit date',
  'discharge',
  'inpatient',
  'mrn',
  'guarantor',
  // A home-services company's: its technicians' calls and service reports (not "work order", whose
  // "order" is every kind's negative word).
  'technician',
  'service call',
  'service report',
  'service plan',
  'maintenance plan',
  // A toll road's: its tolls, its transponders and the accounts that pay them.
  'toll',
  'tolls',
  'tollway',
  'turnpike',
  'transponder',
  'e-zpass',
  'sunpass',
  'fastrak',
  'txtag',
  // A self-storage facility's: its units, their gate codes, a tenant's rent and the lien for it.
  'storage unit',
  'self storage',
  'self-storage',
  'gate code',
  'tenant',
  'rent',
  'lien',
  // A wireless carrier's: its lines, SIMs and devices, a number's transfer, its plans.
  'wireless',
  'carrier',
  'sim',
  'esim',
  'imei',
  'transfer pin',
  'port-out',
  'port out',
  'rate plan',
  'data plan',
  'roaming',
  'overage',
  // A casino's or a sportsbook's: its player's account with it, its wagers, its cage.
  'sportsbook',
  'casino',
  'wager',
  'wagers',
  'parlay',
  'jackpot',
  'players club',
  'self-exclusion',
  'responsible gaming',
  'deposit limit',
] as const;

/**
 * A debt collector's own words: one of them makes a collector's mail, where an account is the
 * debt's with its creditor or the agency (they are also biller's words for the paragraph).
 */
const COLLECTOR_WORDS = [
  'debt collector',
  'collection agency',
  'original creditor',
  'current creditor',
  'debt validation',
  'validation notice',
  'fdcpa',
  'charged off',
  'charge-off',
  'settlement offer',
  // The notice every collector's letter carries, and the words of a consumer's dispute.
  'collect a debt',
  'collection activity',
  'collection activities',
  'dispute this debt',
  'dispute the debt',
  'validation of debt',
  'verification of debt',
  'debt verification',
  'regulation f',
  // A bankruptcy's: the creditors' claims on the debtor's accounts with them, and the debts reaffirmed.
  'proof of claim',
  'claims register',
  'creditor matrix',
  'mailing matrix',
  'reaffirmation',
  'reaffirmation agreement',
] as const;

/**
 * A biller's words in a paragraph: its own, a utility's energy and the bills it sends, a wireless
 * carrier's passes and plans, a freight carrier's bills (not "freight" alone, a company's name:
 * "Marlowe Freight").
 */
const BILLER_PARAGRAPH_WORDS = [
  ...BILLER_MAIL_WORDS,
  ...COLLECTOR_WORDS,
  'energy',
  'water bill',
  'gas bill',
  'power bill',
  'internet bill',
  'cable bill',
  'phone bill',
  'wireless bill',
  'day pass',
  'line list',
  'billing period',
  'payment arrangement',
  'bill freight',
  'freight bill',
  'freight charges',
  'ltl',
  'bill of lading',
  'consignee',
] as const;

/**
 * A lender's or a savings plan's words: a student loan's servicer, a college savings (529) plan, a
 * school's payment plan. Their account numbers are the customer's with them, not a bank's.
 */
const PLAN_PARAGRAPH_WORDS = [
  'college savings',
  'savings plan',
  'plan account',
  'student loan',
  'student loans',
  'loan servicer',
  'servicer',
  'direct loan',
  'direct loans',
  'tuition plan',
  'payment plan',
] as const;

/** The words, as the keyword pass finds them (Registry.triggerWords). */
export const HELD_BY_OTHERS_WORDS = [
  // A cloud provider's (a region and an instance name the provider's own codes).
  'aws',
  'amazon web services',
  'iam',
  'cloudtrail',
  'guardduty',
  'gcp',
  'google cloud',
  'region',
  'instance',
  // A broker's.
  'dtc',
  'acats',
  'cusip',
  'isin',
  'brokerage',
  'delivering firm',
  'receiving firm',
  ...BILLER_PARAGRAPH_WORDS,
  ...PLAN_PARAGRAPH_WORDS,
] as const;

/** Per phrase id, 1 for BILLER_MAIL_WORDS, 2 for COLLECTOR_WORDS. */
const billerPhrases = phraseTable([
  [BILLER_MAIL_WORDS, 1],
  [COLLECTOR_WORDS, 2],
]);

/** The index last asked about, and its answer: a text's candidates ask in turn. */
let mailIx: TextIndex | null = null;
let mailIsBiller = false;

/** Whether the text indexed holds a biller's words twice or more. */
function billerMail(ix: TextIndex): boolean {
  if (ix === mailIx) return mailIsBiller;
  mailIx = ix;
  mailIsBiller = false;
  const ids = billerPhrases();
  let seen = 0;
  // (A collector's word counts twice: one makes its mail.)
  for (let h = 0; h < ix.hitPhrase.length; h++) if ((seen += ids[ix.hitPhrase[h]]) >= 2) return (mailIsBiller = true);
  return false;
}

/** The text last asked about, and whether it names a 529 plan. */
let planText: string | null = null;
let planNamed = false;

/** Whether the text names a college savings (529) plan: an account there is the plan's. */
function planMail(text: string): boolean {
  if (text !== planText) {
    planNamed = false;
    // Each "529" read alone, not inside a longer number or an amount ("$1,529.40", "15290").
    for (let p = text.indexOf('529'); p >= 0 && !planNamed; p = text.indexOf('529', p + 3)) {
      planNamed = !/[\d.,$]/.test(text.charAt(p - 1)) && !/[\d.,]/.test(text.charAt(p + 3));
    }
  }
  // The very string, even when an equal one was read: the next call compares by reference, not
  // character by character.
  planText = text;
  return planNamed;
}

/** How far before a utility's or a carrier's account a bank's word is read as its label. */
const LABEL_BEFORE = 40;
/** How far after the account a bank's name is read. */
const BANK_AFTER_REACH = 40;

/** Keyword hits looked at either side of the number: a paragraph's worth. */
const STEPS = 16;

/** A cloud provider's words: an AWS region, an instance, an ARN, the services an account ID is quoted with. */
const CLOUD_WORDS =
  /\b(?:AWS|Amazon Web Services|arn:aws|EC2|IAM|CloudTrail|GuardDuty|GCP|Google Cloud|(?:us|eu|ap|ca|sa|me|af|il|mx)-(?:gov-)?(?:east|west|north|south|central|northeast|southeast|northwest|southwest)-\d|i-[0-9a-f]{8,17})\b/i;
/** A brokerage's words: its clearing number, a security's identifiers, a transfer between brokers. */
const BROKERAGE_WORDS = /\b(?:DTC|ACATS|CUSIP|ISIN|brokerage|delivering firm|receiving firm)\b/i;
/** A biller's words in a paragraph (a bank has statements, not bills). */
const BILLER_WORDS = new RegExp(`\\b(?:${BILLER_PARAGRAPH_WORDS.join('|')})\\b`, 'i');
/** A lender's or a savings plan's words in a paragraph. */
const PLAN_WORDS = new RegExp(`\\b(?:${PLAN_PARAGRAPH_WORDS.join('|')})\\b`, 'i');
/** A bank's words: an account funding a brokerage account is still a bank's ("routing 803195154 account …"). */
const BANK_WORDS =
  /\b(?:routing|RTN|rtg|ABA|ACH|DDA|DFI|checking|savings|money market|bank|credit union|certificate of deposit|share certificate|share draft)(?![a-z])/i;
/** A certificate of deposit in capitals ("Keystone Federal CD"; not a shell's "cd"). */
const BANK_CD = /\bCDs?\b/;
export const bankWordIn = (s: string): boolean => BANK_WORDS.test(s) || BANK_CD.test(s);
/** A bank named right after the account: "acct 48213377021 at Chase", "48213377021 (Wells Fargo)". */
const BANK_AFTER =
  /^[ ,]*(?:\(|at |with |@ ?)(?:the )?(?:[a-z]+ ){0,3}?(?:bank|credit union|chase|wells fargo|citi|citibank|pnc|truist|capital one|fifth third|navy federal|usaa|huntington|regions|ally|schwab bank|td)\b/i;
/**
 * Where money goes to or is taken from at a bank, as a label before its account: "payout account",
 * "wire it to acct", a law firm's IOLTA, a garnishment's or a levy's account.
 */
const PAID_INTO =
  /\b(?:payout|direct deposit|wire|wired|deposit to|deposited to|for (?:further )?credit to|ffc|iolta|trust account|garnish(?:ment|ed)?|levy|levied)\b/i;
/** An account money is drawn from is a bank's, whoever is paid ("sent from account 4403918277"). */
const DRAWN_FROM = /\b(?:from|debited to|charged to) (?:your |my |the |our )?(?:[a-z]+ )?(?:account|acct)\b[\s#:.no]{0,6}$/i;
/** Nine digits standing alone: a routing number, if the ABA checks pass. */
const NINE_DIGITS = /(?<!\d)\d{9}(?!\d)/g;

/**
 * Whether the account number at [start, end) is a cloud provider's account ID (twelve digits in a
 * paragraph speaking of AWS or Google Cloud), or held at a broker or a utility (a paragraph
 * speaking of them, and not of a bank). `after` is the first keyword hit at or after the number.
 */
export function heldByOthers(ix: TextIndex, after: number, start: number, end: number, header: readonly [number, number] | null): boolean {
  // A biller's mail (its words twice or more anywhere in it): an account there is the biller's
  // customer account unless a bank's word or a routing number labels it, or money is drawn from it.
  if ((billerMail(ix) || planMail(ix.text)) && !bankLabelled(ix.text, start, end, header)) return true;
  if (!triggerNear(ix, registry().triggerWords, HELD_BY_OTHERS_TRIGGER, after, start - PARAGRAPH_BEFORE, end + PARAGRAPH_AFTER, STEPS))
    return false;
  const near = paragraphAround(ix.text, start, end);
  if (end - start === 12 && CLOUD_WORDS.test(near)) return true;
  if (BROKERAGE_WORDS.test(near)) return !bankWordIn(near);
  // A utility's or a carrier's paragraph may speak of the bank that pays it ("autopay from your
  // checking account"): only a bank's word naming the number itself, right before it, makes it
  // the bank's ("checking account 44820193", "routing 011000015, account 44820193").
  return (BILLER_WORDS.test(near) || PLAN_WORDS.test(near)) && !bankLabelled(ix.text, start, end, header);
}

/** A form's line naming the bank: "Bank: Wells Fargo Bank, N.A.", "Transit routing no.: …", "Financial institution: …". */
const BANK_LINE =
  /^[ \t>]*(?:[a-z/]+ ){0,2}(?:bank(?: name)?|name of bank|financial institution|credit union|routing|ABA|RTN)\b[^:\n]{0,14}[:#]/i;

/** Whether the line above the value's is a bank's line of the same form ("Bank: …" over "Operating account #: 6348145530"). */
function bankLineAbove(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1);
  if (lineStart <= 0) return false;
  const above = text.lastIndexOf('\n', lineStart - 1) + 1;
  return BANK_LINE.test(text.slice(above, lineStart));
}

/** How far back on the value's line a routing number is read. */
const LINE_BEFORE = 120;
/** The value's line before `start`, at most LINE_BEFORE characters. */
function lineBefore(text: string, start: number): string {
  const from = Math.max(0, start - LINE_BEFORE);
  const nl = text.lastIndexOf('\n', start - 1);
  return text.slice(Math.max(from, nl + 1), start);
}

/**
 * Whether a bank's word stands right before the number at `start`, as its label, or a routing
 * number does (a payment's bank details: "RTN 323765048 / Account 208659015", a returns table's
 * routing column before its account column). In a table the header of the value's column is its
 * label, and only its row is read before it.
 */
export function bankLabelled(text: string, start: number, end: number, header: readonly [number, number] | null): boolean {
  // In a table, the column's header is the label, and the row's earlier cells the text before.
  if (header !== null && bankWordIn(text.slice(header[0], header[1]))) return true;
  let from = start - LABEL_BEFORE;
  if (header !== null) for (let p = start - 1; p >= 0 && p >= start - LABEL_BEFORE; p--) if (text.charCodeAt(p) === 10) from = p + 1;
  const before = text.slice(Math.max(0, from), start);
  if (bankWordIn(before) || DRAWN_FROM.test(before) || PAID_INTO.test(before)) return true;
  const after = text.slice(end, end + BANK_AFTER_REACH);
  if (BANK_AFTER.test(after) || bankLineAbove(text, start)) return true;
  // (A routing number before it on its line or right after: "acct no 561550763948 rtn 623658185",
  // "TD Bank, ABA 658945850, for credit to Lars Underwood, account 97830363427".)
  for (const m of before.matchAll(NINE_DIGITS)) if (abaPrefixValid(m[0]) && abaChecksum(m[0])) return true;
  const line = lineBefore(text, start);
  if (line.length > before.length) for (const m of line.matchAll(NINE_DIGITS)) if (abaPrefixValid(m[0]) && abaChecksum(m[0])) return true;
  for (const m of after.matchAll(NINE_DIGITS)) if (abaPrefixValid(m[0]) && abaChecksum(m[0])) return true;
  return false;
}
