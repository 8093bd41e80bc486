/**
 * An account named only "account" in mail that says nothing of banks or payments: a business's own
 * account for its customer (an interlock vendor's, a collector's, a utility's, a school's), as
 * "Account: 431013404   License on file: V***3715" in an ignition-interlock notice is. A bank
 * account's mail speaks of its bank, its routing number, a deposit, a transfer or a payment.
 */
import { oncePerText } from '../scan/once-per-text.ts';
import { isDigit } from '../scan/char-codes.ts';
import type { TextIndex } from '../scan/text-index.ts';
import { phraseTable } from './phrase-table.ts';

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
 * A bank's account named as one (context words of the bank-account classifier, so the keyword
 * pass finds them): "Bank account number: 16144255968", "checking account ****4410".
 */
const BANK_ACCOUNT_NAMES = [
  'bank account',
  'checking account',
  'savings account',
  'deposit account',
  'bank acct',
  'checking acct',
  'savings acct',
];
/** How far after its name a bank account's number (or its mask) starts. */
const NUMBER_AFTER_NAME = 24;
/** How far before the value its own label is read (it does not count as another account's). */
const OWN_LABEL = 48;
/** A bank account's name written with one separator between its words. */
const ONE_NAME = /^[a-z]+[ _-]?[a-z]+$/i;
/** How far from the value another account's label is read: a form's block. */
const FORM_REACH = 240;

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
 * or a routing number labels it all the same. (`after`: the index's first hit at or after it.)
 */
export function apartFromBankAccount(ix: TextIndex, after: number, start: number, words: readonly string[]): boolean {
  return namedOnlyAccount(words) && bankAccountElsewhere(ix, after, start);
}

/** Per phrase id, 1 for BANK_ACCOUNT_NAMES. */
const bankAccountPhrases = phraseTable([[BANK_ACCOUNT_NAMES, 1]]);

/**
 * Whether a bank's account is named, with its number after it, in the value's block (within
 * FORM_REACH, no blank line between) but not right before `start`. Read from the index's hits
 * around the value: the keyword pass has found the names already.
 */
function bankAccountElsewhere(ix: TextIndex, after: number, start: number): boolean {
  const ids = bankAccountPhrases();
  const { text, hitPhrase, hitStart, hitEnd } = ix;
  let h = Math.min(after, hitStart.length);
  while (h > 0 && hitStart[h - 1] >= start - FORM_REACH) h--;
  for (; h < hitStart.length && hitStart[h] <= start + FORM_REACH; h++) {
    const at = hitStart[h];
    if (ids[hitPhrase[h]] !== 1 || at < start - FORM_REACH || (at >= start - OWN_LABEL && at <= start) || !numberAfter(text, hitEnd[h]))
      continue;
    // (Written as one name: not a form's cells run together, "Bank Name: US Bank      Account Type:".)
    if (!ONE_NAME.test(text.slice(at, hitEnd[h]))) continue;
    // (In the same block: no blank line between the two.)
    const between = at < start ? text.slice(at, start) : text.slice(start, at);
    if (!/\n[ \t>]*\n/.test(between)) return true;
  }
  return false;
}

/** Whether a number, or its mask, starts within NUMBER_AFTER_NAME characters after `from` on its line. */
function numberAfter(text: string, from: number): boolean {
  for (let p = from; p < text.length && p - from <= NUMBER_AFTER_NAME; p++) {
    const c = text.charCodeAt(p);
    if (c === 10) return false;
    if (isDigit(c) || c === 42 || c === 88 || c === 120) return true;
  }
  return false;
}
