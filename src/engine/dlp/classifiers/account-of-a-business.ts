/**
 * An account named only "account" in mail that says nothing of banks or payments: a business's own
 * account for its customer (an interlock vendor's, a collector's, a utility's, a school's), as
 * "Account: 431013404   License on file: V***3715" in an ignition-interlock notice is. A bank
 * account's mail speaks of its bank, its routing number, a deposit, a transfer or a payment.
 */
import { oncePerText } from '../scan/once-per-text.ts';

/** The account words that name no kind of account: "account", "acct", "A/C", "account number". */
const GENERIC_ACCOUNT = /^(?:(?:a\/c|acc|acct|accnt|acnt|acount|account)(?: number| no| #| num)?|account_number)$/;

/**
 * Words of banks and of moving money, anywhere in the mail: a bank's name or kind, a routing number
 * (R/T, rtng), a deposit or a transfer, a payment drawn from the account, a brokerage's or a
 * credit union's accounts. Read as words inside identifiers too ("routing_number",
 * "ACH_ORIGIN_ACCOUNT").
 */
const MONEY_WORDS =
  /(?:\b|_)(?:routing|RTN|rtg|rtng|R\/T|ABA|ACH|DDA|DFI|checking|chkg?|savings?|SAV|money market|banks?|banking|credit union|FCU|CCU|deposits?|dep|wires?|wired|transfers?|payee|remit|remittance|EFT|IBAN|SWIFT|chase|wells fargo|citi|citibank|pnc|truist|capital one|fifth third|navy federal|usaa|huntington|regions|ally|td|payouts?|iolta|garnish\w*|levy|debit|autopay|draft|cuenta|cta|shares?|teller|overdraft|NSF|brokerage|custod\w*|IRA|roth|schwab|fidelity|vanguard|trust company|northern trust|trades?|settle\w*|1099|backup withholding|dividends?|portfolios?|securities)(?![a-z])/i;
/** A certificate of deposit, in capitals. */
const CD = /\bCDs?\b/;

/**
 * Fewest characters of mail that may say what it is about: a shorter text ("Account #:
 * 42115240060", "acct 8804873054963 pls") has only its label to go by.
 */
const SAYS_ITS_TOPIC = 240;

/** Whether a message speaks of banks or moving money anywhere (asked once per message). */
const speaksOfMoney = oncePerText((text) => MONEY_WORDS.test(text) || CD.test(text));

/**
 * A bank's account named as one, with its number (or its masked number) after the label: "Bank
 * account number: 16144255968", "checking acct ****4410".
 */
const BANK_ACCOUNT_NAMED = /\b(?:bank|checking|savings|deposit)[ _-]?(?:account|acct)\b[^\n\d*xX]{0,24}[\d*xX]/gi;
/** How far before the value its own label is read (it does not count as another account's). */
const OWN_LABEL = 48;

/** Whether the account at hand, named only by `words`, is a business's own in mail that says nothing of money. */
export function accountOfABusiness(text: string, words: readonly string[]): boolean {
  if (text.length <= SAYS_ITS_TOPIC || !namedOnlyAccount(words)) return false;
  return !speaksOfMoney(text);
}

const namedOnlyAccount = (words: readonly string[]): boolean => words.length > 0 && words.every((w) => GENERIC_ACCOUNT.test(w));

/**
 * Whether the account at hand, named only by `words`, stands apart from another number the same
 * mail names its bank account ("Account number: 668665688 … Bank account number: 16144255968" in
 * a loan servicer's notice: the form tells the two apart). The caller asks whether a bank's word
 * or a routing number labels it all the same.
 */
export function apartFromBankAccount(text: string, start: number, words: readonly string[]): boolean {
  return namedOnlyAccount(words) && bankAccountElsewhere(text, start);
}

/** How far from the value another account's label is read: a form's block. */
const FORM_REACH = 240;

/** Where the last text names a bank's account with its number (read once per text: each account in it asks). */
let namedIn: string | null = null;
let namedAt: number[] = [];

function bankAccountsNamed(text: string): number[] {
  if (text !== namedIn) {
    namedIn = text;
    namedAt = [];
    BANK_ACCOUNT_NAMED.lastIndex = 0;
    for (let m = BANK_ACCOUNT_NAMED.exec(text); m !== null; m = BANK_ACCOUNT_NAMED.exec(text)) namedAt.push(m.index);
  }
  return namedAt;
}

/** Whether a bank's account is named, with its number, in the value's block (no blank line between) but not right before `start`. */
function bankAccountElsewhere(text: string, start: number): boolean {
  for (const at of bankAccountsNamed(text)) {
    if (at < start - FORM_REACH || at > start + FORM_REACH || (at >= start - OWN_LABEL && at <= start)) continue;
    // (In the same block: no blank line between the two.)
    const between = at < start ? text.slice(at, start) : text.slice(start, at);
    if (!/\n[ \t>]*\n/.test(between)) return true;
  }
  return false;
}
