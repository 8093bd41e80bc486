/** US Bank Account Number: 8–17 digits; there is no check digit, so a number scores only near banking words. */
import type { CandidateSink, ClassifierDef } from './types.ts';
import { micrAccountAfter, micrAccountAt, micrTransitAt } from '../scan/micr.ts';
import { describeNumber, forEachNumber, layout } from '../scan/numbers.ts';
import { allSame, NUMBER_NEGATIVES } from './common.ts';
import { abaPrefixValid, PAIR_WORDS, PAIR_WORDS_AROUND } from './aba-routing.ts';
import { abaChecksum, ean13Check } from '../scan/checksums.ts';
import { isAlnum, isDigit } from '../scan/char-codes.ts';
import { keptList } from '../scan/kept-list.ts';
import { bankLabelled, bankWordIn, heldByOthers } from './held-by-others.ts';
import { accountOfABusiness, apartFromBankAccount } from './account-of-a-business.ts';
import { paragraphAround } from '../scan/paragraph-around.ts';

const LAYOUTS = [layout('8..17')];
/**
 * Accounts that are not at a bank, named as such: "customer account number 00123456" is a
 * supplier's or a utility's reference. Each longer name outweighs "account number" alone as a
 * value's label.
 */
/**
 * The customer's account with the business written to or writing, in its words: "our cust acct w u
 * is 5317537262", "Your new account number with us is 86813058", "My account in your store is …".
 * (Read whole, the account's word inside them is theirs: findings.ts.)
 */
const WITH_THE_WRITER = [
  'acct w u',
  'account w u',
  'account with you',
  'acct with you',
  'account with us',
  'account number with us',
  'account in your store',
  'account at your store',
];

const OTHER_ACCOUNTS = [
  'customer',
  // The customer's account with a supplier, as a hurried customer writes it: "our cust acct 5317537262".
  'cust',
  // A credit bureau's file on the consumer ("TransUnion file # 435067362").
  'transunion',
  'equifax',
  'experian',
  'store',
  // A motor carrier's apportioned-registration account with the states ("IRP account 79471-002").
  'irp',
  'utility',
  'reward',
  'rewards',
  'loyalty',
  'member',
  'portal',
  'brokerage',
  'investment',
  'trading',
  'custody',
  'patient',
  'student',
  'billing',
  'merchant',
  'vendor',
  'supplier',
  'client',
  'subscriber',
  // An employer's accounts with a state's tax and unemployment agencies.
  'employer',
  'employer of record',
  'withholding',
  'unemployment',
  'sui',
  // A UK council's account for its tax; a homeowners' association's or a tax office's for an owner.
  'council tax',
  'owner',
  // A self-storage tenant's account with the facility.
  'storage',
  // A motor carrier's fuel-tax account with its base state ("IFTA account 902498385").
  'ifta',
  // A lender's and a creditor's accounts: a loan, not a deposit account.
  'loan',
  'creditor',
  'mortgage',
].flatMap((kind) => [
  `${kind} account`,
  `${kind} account number`,
  `${kind} account no`,
  `${kind} account #`,
  `${kind} acct`,
  // As forms write them: "26. PATIENT'S ACCOUNT NO.", "Customer's account number".
  `${kind}'s account`,
  `${kind}'s account number`,
  `${kind}'s account no`,
]);

/** The words the two tests below need, any of them. */
const ABROAD_WORDS = /sort|bsb|transit|institution|ifsc/i;
/** A UK sort code, an Australian BSB or an Indian bank's IFSC: the account beside it is held there. */
const SORT_CODE = /\bsort[ -]?code\b|\bBSB\b|\bIFSC\b/i;
/** A US routing number's word right before an account. */
const US_ROUTING_BEFORE = /\b(?:ABA|routing|RTN|fedwire)\b/i;
/** The label of the account a payment is sent from. */
const SENDING_LABEL = /\b(?:from|debit(?:ed)?|our|originator|ordering|remitter)\b/i;
/** A bank's SWIFT code after its word, its country letters captured. */
const SWIFT_WORD = /\b(?:SWIFT|BIC)\b/i;
const FOREIGN_BIC = /\b(?:SWIFT|BIC)\b(?: ?code)?[^A-Za-z0-9\n]{0,6}[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b/;
/** A Canadian transit (branch) number of five digits or institution number of three, as written beside an account. */
const CANADIAN = /\btransit\b(?: (?:no\.?|number|#))?[:# ]{0,3}\d{5}\b|\binstitution\b(?: (?:no\.?|number|#))?[:# ]{0,3}\d{3}\b/i;

/**
 * Whether an account number is held abroad, by what is written beside it: a UK sort code, an
 * Australian BSB, an Indian IFSC, a Canadian transit or institution number — in the text around it or in its
 * table's header line ("sort_code,account_no", "transit,institution,account"; there "transit" with
 * "institution" and no "routing", which a US header writes for its routing transit number).
 */
function accountAbroad(text: string, start: number, end: number, header: readonly [number, number] | null): boolean {
  const near = paragraphAround(text, start, end);
  // Most accounts have none of these words near: one look for all of them first. (A US routing
  // number right before it keeps it a US bank's, beside the other leg of a wire: "FROM … IFSC …
  // TO … ABA 021804573 / account 579941177".)
  if (
    ABROAD_WORDS.test(near) &&
    (SORT_CODE.test(near) || CANADIAN.test(near)) &&
    !US_ROUTING_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  )
    return true;
  // A bank abroad named by its SWIFT code ("SWIFT: ICBKCNBJ … A/C No.: 207495025540"): its
  // country letters are not the US's.
  if (SWIFT_WORD.test(near)) {
    const bic = FOREIGN_BIC.exec(near);
    // (Not the account a wire to that bank is sent from: "Debited from our account: 99008767562".)
    if (bic !== null && bic[1] !== 'US' && !US_ROUTING_BEFORE.test(near) && !SENDING_LABEL.test(text.slice(Math.max(0, start - 40), start)))
      return true;
  }
  if (header === null) return false;
  const line = headerLine(text, header);
  return SORT_CODE.test(line) || (/transit/i.test(line) && /institution/i.test(line) && !/routing/i.test(line));
}

/**
 * A biller's account as a bill or a payment names it: an amount right before it ("Spectrum Business
 * $462.13, account 9726923012") or a payment posted on it ("$217.74 on account 741008025", "the
 * balance) on account …"). A bank's account is paid from or into, not on.
 */
const BILLED_ACCOUNT =
  /(?:\$[\d,]+(?:\.\d\d)?\)?,?|\bon(?: (?:your|his|her|their|the|this|my|our))?) account(?: (?:no\.?|number|#))?[ :#]*$/i;

/** A patient's record on the value's line before it: a hospital's account for the visit ("MRN: 443037844   Acct: 779639464"). */
const PATIENT_LINE = /\b(?:MRN|MR#|DOS)\b|\b(?:medical record|encounter|visit|guarantor)\b/i;
/** A visit's date of service or record right after the account, in its bracket or after a comma. */
const SERVICE_AFTER = /^[ ,]{0,2}\(?(?:DOS|MRN|date of service)\b/i;
/** How far back a bank's word is read as an account's label. */
const BANK_LABEL = 24;
/** How far back on its line the patient's record is looked for ("MRN: 443037844   Acct: "). */
const PATIENT_BEFORE = 64;
/** A hospital's billing export: its header line names procedures, diagnoses, providers and service dates. */
const BILLING_HEADER = /\b(?:CPT|HCPCS|Dx\d?|MRN|DOS|NPI|rev[_ ]code|svc[_ ]date)\b/i;

/**
 * Whether an account number is a hospital's account for a patient's visit, by the patient's record
 * before it on its line (an MRN, an encounter or visit, a statement's guarantor), the visit's date
 * of service right after it, or its table's header line (CPT, Dx, NPI, service date columns).
 */
function patientAccount(text: string, start: number, end: number, header: readonly [number, number] | null): boolean {
  // (Or its visit's date of service right after it: "denial for acct 3471859096 (DOS 06/23/2025, …".)
  if (SERVICE_AFTER.test(text.slice(end, end + 12))) return true;
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < PATIENT_BEFORE && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  // (A bank's own label right before it makes it the bank's: "the guarantor pays from checking account 85870217".)
  if (PATIENT_LINE.test(text.slice(lineStart, start))) return !bankWordIn(text.slice(Math.max(lineStart, start - BANK_LABEL), start));
  return header !== null && BILLING_HEADER.test(headerLine(text, header));
}

/** A book's ISBN-13: thirteen digits from 978 or 979 whose EAN check digit holds (a course's textbook: "ACCT 2301 sec 018  9781346969244"). */
function isbn(text: string, start: number, end: number): boolean {
  const third = text.charCodeAt(start + 2);
  return end - start === 13 && text.startsWith('97', start) && (third === 56 || third === 57) && ean13Check(text, start);
}

/** The whole line of a table's header cell [from, to). */
function headerLine(text: string, [from, to]: readonly [number, number]): string {
  const lineEnd = text.indexOf('\n', to);
  return text.slice(text.lastIndexOf('\n', from - 1) + 1, lineEnd < 0 ? text.length : lineEnd);
}

/** Most characters between a routing number and the account after it (" / ", " - ", a tab). */
const ROUTING_GAP = 3;
const isPairGap = (c: number): boolean => c === 32 || c === 47 || c === 45 || c === 44 || c === 124 || c === 9 || c === 10;
const NONE: string[] = [];

/**
 * A routing number right before the account, as payment details are written ("311142194 /
 * 37956513962573", "ACH 021000021 4403918277"): nine digits standing alone that pass the ABA
 * checks, then a short gap.
 */
function routingBefore(text: string, start: number): string[] {
  let p = start - 1;
  while (p >= 0 && start - 1 - p < ROUTING_GAP && isPairGap(text.charCodeAt(p))) p--;
  if (p === start - 1) return NONE;
  const last = p;
  while (p >= 0 && last - p <= 9 && isDigit(text.charCodeAt(p))) p--;
  if (last - p !== 9 || isAlnum(text.charCodeAt(p))) return NONE;
  const routing = text.slice(p + 1, last + 1);
  return abaPrefixValid(routing) && abaChecksum(routing) ? keptList(`a routing number before it (${routing})`) : NONE;
}

/** Whether a routing number is paired right before the account at `start`, banking words around the pair. */
function pairedWithRouting(text: string, start: number): boolean {
  return (
    routingBefore(text, start) !== NONE &&
    PAIR_WORDS.test(text.slice(Math.max(0, start - 12 - PAIR_WORDS_AROUND), start + PAIR_WORDS_AROUND))
  );
}

export const usBankAccount: ClassifierDef = {
  id: 'us-bank-account',
  name: 'US Bank Account Number',
  description:
    'US bank account numbers: 8 to 17 digits. Account numbers have no check digit, so a number only scores when banking words ("account number", "checking", "acct") are near it.',
  context: [
    // A/C: an account, as banks abbreviate it.
    'a/c',
    'a/c no',
    'a/c number',
    // Typed in a hurry.
    'acount',
    'acount number',
    'accout number',
    'acnt',
    'accnt',
    'acc',
    'acc no',
    'acc num',
    'account number',
    // (A key's spelling too, shared with a card's: "account_number".)
    'account_number',
    'account no',
    'account #',
    'acct',
    'bank account',
    'checking account',
    'savings account',
    'bank acct',
    'checking acct',
    'savings acct',
    'checking',
    'savings',
    'banking account',
    'deposit account',
    'direct deposit',
    'dda',
    'demand deposit',
    'money market',
    // A business's accounts at its bank, named by their use, as treasury mail names them ("Check
    // 2401 on our operating account 5389-472955", "debit settlement account 675270121345").
    'operating account',
    'payroll account',
    'settlement account',
    'concentration account',
    'disbursement account',
    'sweep account',
    'zero balance account',
    // A credit union's accounts: its members' shares, share drafts (checking) and certificates.
    'member account number',
    'member acct',
    'share draft',
    'share drafts',
    'regular share',
    'share account',
    'share savings',
    'share certificate',
    // The receiving account's field in an ACH entry (NACHA's DFI account number).
    'dfi account',
    'dfi account number',
    'dfi acct',
    'account',
    // SAP's vendor master field for the account at the bank (BANKL is the bank key).
    'bankn',
    // In Spanish, as US banks' Spanish-speaking customers write it.
    'cuenta',
    'numero de cuenta',
    'no. de cuenta',
    'cta',
    'cuenta de cheques',
    'cuenta de ahorros',
    // In Portuguese, as Brazilian customers of US banks write it ("routing 064282880, conta: 79330952371").
    // (The keyword table is ASCII: the unaccented spellings only; "conta" alone names the rest.)
    'conta',
    'conta corrente',
    'conta poupanca',
    'numero da conta',
  ],
  // (A tenant's account with the landlord is the landlord's: "Cuenta de residente: 7416041100".)
  negative: [...NUMBER_NEGATIVES, ...OTHER_ACCOUNTS, ...WITH_THE_WRITER],
  heldElsewhere: (text, start, end, header, ix, after, words) =>
    accountOfABusiness(text, words) ||
    (apartFromBankAccount(ix, after, start, words) && !bankLabelled(text, start, end, header)) ||
    accountAbroad(text, start, end, header) ||
    patientAccount(text, start, end, header) ||
    heldByOthers(ix, after, start, end, header) ||
    isbn(text, start, end) ||
    informationReturnBox(text, start) ||
    (BILLED_ACCOUNT.test(text.slice(Math.max(0, start - 48), start)) && !bankLabelled(text, start, end, header)),
  supporting: routingBefore,
  // A cheque's MICR line names its account as its printing does ("⑆087229613⑆ 24507560⑈").
  // And so does a routing number paired before it where banking words are around ("bank is US Bank
  // 118103365 / 456106680", "payroll to 645455531 / 341618421").
  namedBeside: (ix, start) => (micrAccountAt(ix.text, start) ? 'MICR on-us' : pairedWithRouting(ix.text, start) ? 'routing number' : null),
  contextScore: 70,
  weak: true,
  find(ix, ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      if (allSame(m.numbers, m.at, m.at + m.count)) return false;
      out.add(m.start, m.end, 2, describeNumber(m), 'length 8–17 digits (no check digit exists)');
      // A cheque's MICR line: the account after the routing number's transit symbols.
      if (m.end - m.start === 9 && micrTransitAt(ix.text, m.start, m.end)) {
        const account = micrAccountAfter(ix.text, m.end);
        if (account !== null)
          out.add(account[0], account[1], 20, "account after a cheque's routing number in its MICR line", 'closed by the on-us symbol');
      }
      return true;
    });
    for (const h of ctx.contextHits()) groupedAfter(ix.text, ix.hitStart[h], ix.hitEnd[h], out);
  },
};

/** An information return's account box (a 1099's or a W-2G's), as its form prints it. */
const RETURN_ACCOUNT_BOX = /\baccount (?:number|no\.?) \(see instructions\)\s*:?\s*$/i;

/**
 * Whether the value at `start` fills a 1099's "Account number (see instructions)" box: the payer's
 * own number for the payee's account with it (a platform's, a broker's), no bank's.
 */
const informationReturnBox = (text: string, start: number): boolean => RETURN_ACCOUNT_BOX.test(text.slice(Math.max(0, start - 40), start));

/** The first letters of VERB_BEFORE_NUMBER's words (i, w, o), read before it is tried. */
const VERB_FIRST = new Set([105, 119, 111]);
/** A verb between an account's label and its number, maybe after whose it is ("of me is", "is", "was"). */
const VERB_BEFORE_NUMBER = /^(?:of (?:me|mine) )?(?:is|was) (?:the )?:? ?(?=\d)/i;

/** Most characters between an account's label and its number ("Account number .......... "). */
const MAX_LEADER = 40;

/**
 * An account printed in groups right after its label, as banks' forms and their customers split
 * it ("acct 9494 06081", "Account: 7021-9386800507", "checking 6510 0644 6295"): two groups (the
 * first of three to six digits) or three (two of four first), 8–17 digits in all, joined by one
 * space or hyphen; not a ZIP+4 (five and four). Read from the labels the index found, so text
 * without one pays nothing; it counts only beside an account word, as any two numbers could be
 * written so.
 */
function groupedAfter(text: string, labelStart: number, labelEnd: number, out: CandidateSink): void {
  let p = labelEnd;
  // (A form's label may end its line, the number on the next: "Account number:\n3558-40577".)
  let broken = false;
  while (
    p < text.length &&
    p - labelEnd < MAX_LEADER &&
    (isLeader(text.charCodeAt(p)) || (!broken && text.charCodeAt(p) === 10 && text.charCodeAt(p - 1) === 58 && (broken = true)))
  )
    p++;
  // (Or a sentence's verb: "the acount of me is 9532 8687 0850", "my account is 4910-7336-3923-37".)
  if (!isDigit(text.charCodeAt(p)) && text.charCodeAt(labelEnd) === 32 && VERB_FIRST.has(text.charCodeAt(labelEnd + 1) | 32)) {
    const verb = VERB_BEFORE_NUMBER.exec(text.slice(labelEnd + 1, labelEnd + 17));
    if (verb !== null) p = labelEnd + 1 + verb[0].length;
  }
  if (
    p === labelEnd ||
    !isDigit(text.charCodeAt(p)) ||
    !/ac(?:c|ount|nt)|a\/c|dda|checking|savings/i.test(text.slice(labelStart, labelEnd))
  )
    return;
  const start = p;
  let groups = 0;
  let digits = 0;
  let first = 0;
  let second = 0;
  for (;;) {
    const g = p;
    while (isDigit(text.charCodeAt(p))) p++;
    const size = p - g;
    groups++;
    digits += size;
    if (groups === 1) first = size;
    else if (groups === 2) second = size;
    const sep = text.charCodeAt(p);
    // (Three fours may take a shorter last group: "acct 1895 1171 0765 19".)
    const more = groups < 3 || (groups === 3 && first === 4 && second === 4 && size === 4);
    if (more && (sep === 32 || sep === 45) && isDigit(text.charCodeAt(p + 1))) {
      p++;
      continue;
    }
    break;
  }
  // (A group more makes it another chain.)
  const next = text.charCodeAt(p);
  if ((next === 32 || next === 45) && isDigit(text.charCodeAt(p + 1))) return;
  if (groups < 2 || isAlnum(next) || digits < 8 || digits > 17) return;
  // The printed layouts: a first group of three to six then the rest; or two fours then the rest,
  // a three and a four then three or four ("acct 168 7061 7316", "402-6930-645"), two threes then
  // more than a phone's four ("Acct 528 483 446934").
  // (Not a phone's 3-3-4: "account 268 231 4124" is as often a phone number on the account.)
  const last = p - start - first - second - 2;
  if (
    groups === 2
      ? first < 3 || first > 6 || (first === 5 && second === 4)
      : !(
          (first === 4 && second === 4) ||
          (first === 3 && second === 4 && (last === 4 || last === 3)) ||
          (first === 3 && second === 3 && last >= 5)
        )
  )
    return;
  out.add(start, p, 2, `${digits} digits in ${groups} groups`, 'length 8–17 digits (no check digit exists)', true);
}

/**
 * What stands between a label and its number: spaces, a colon, "#", a dot leader, "no." in any
 * case, and the marks a hurried writer wraps a number in or points at it with ("acct num _4749
 * 0488 8149_", "account *2043-3916080209*", "acct -> [3549 8492]").
 */
const LEADERS = new Set([...' \t:#.*_~=([{"\'<>-'].map((c) => c.charCodeAt(0)));
const isLeader = (c: number): boolean => LEADERS.has(c) || (c | 32) === 110 || (c | 32) === 111;
