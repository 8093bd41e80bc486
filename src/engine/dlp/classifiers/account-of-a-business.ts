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

/** Whether the account at hand, named only by `words`, is a business's own in mail that says nothing of money. */
export function accountOfABusiness(text: string, words: readonly string[]): boolean {
  if (text.length <= SAYS_ITS_TOPIC || words.length === 0 || !words.every((w) => GENERIC_ACCOUNT.test(w))) return false;
  return !speaksOfMoney(text);
}
