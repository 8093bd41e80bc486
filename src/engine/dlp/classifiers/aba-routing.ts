/** ABA Routing Number: nine digits, Federal Reserve prefix ranges, 3-7-1 checksum; needs banking context. */
import type { ClassifierDef } from './types.ts';
import { headedBy } from '../scan/table-columns.ts';
import { micrTransitAt } from '../scan/micr.ts';
import { accountBeside } from '../scan/account-beside.ts';
import { describeNumber, forEachNumber, layout, DASH } from '../scan/numbers.ts';
import { abaChecksum } from '../scan/checksums.ts';
import { allSame, NUMBER_NEGATIVES } from './common.ts';
import { isAlnum, isDigit } from '../scan/char-codes.ts';

// Nine digits, the hyphenated 4-4-1, or three groups of three (as read out or copied from a form).
const LAYOUTS = [layout('4-4-1', DASH), layout('3-3-3'), layout('9'), layout('8')];

/** A table's header naming a routing number's column ("Routing", "ABA", "routing_no", "RTN"). */
const ROUTING_HEADER = /^(?:[a-z ]{0,12}[ _])?(?:routing|aba|rtn|transit routing)(?:[ _](?:number|no\.?|#|num))?$/i;

/** True when the first two digits are a Federal Reserve routing symbol (00–12, 21–32, 61–72, 80). */
export function abaPrefixValid(d: string, at = 0): boolean {
  const p = (d.charCodeAt(at) - 48) * 10 + d.charCodeAt(at + 1) - 48;
  return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
}

/** Most characters between a routing number and the account after it (" / ", a slash). */
const PAIR_GAP = 3;
/**
 * A bank account's words, read a line's length around a routing and account pair (a bank's name
 * holds "bank"; payroll goes to one). The account's side reads them too (us-bank-account.ts).
 */
export const PAIR_WORDS = /\b(?:account|acct|checking|savings|deposit|bank|cuenta|payroll|credit union|usaa|chase|wells fargo)\b/i;
export const PAIR_WORDS_AROUND = 80;

/**
 * An account named as such right after the number, the pair's second half ("corrected one is
 * 284124061, acct 48240039970"): a comma or a semicolon, the account's word, its number.
 */
const LABELLED_ACCOUNT_AFTER = /^[,;] ?(?:acct|account|a\/c)\.?(?: ?(?:#|no\.?|number))?:? ?\d{4,17}(?!\d)/i;
/** Most characters that pattern reads. */
const LABELLED_GAP = 40;

/**
 * Whether an account number follows the routing number ending at `end`, as the two are written
 * together ("The right one is 651860521 / 55180217035 (PNC)"): a slash between them, 4–17 digits
 * after it, and a bank account's word around the pair; or the account's own word before it. Named
 * so, the routing number needs no word of its own.
 */
function accountAfter(text: string, end: number): boolean {
  if (LABELLED_ACCOUNT_AFTER.test(text.slice(end, end + LABELLED_GAP))) return true;
  // Read within the gap only: asked of every routing-shaped number, a search of the rest of the
  // text for a slash made a text of them quadratic.
  let p = end;
  let slashes = 0;
  let breaks = 0;
  for (let c = text.charCodeAt(p); p - end < PAIR_GAP && (c === 32 || c === 47 || c === 10); c = text.charCodeAt(++p))
    if (c === 47) slashes++;
    else if (c === 10) breaks++;
  // (Or the account on the next line, as a phone's short reply lists them: "USAA\n262822181\n851879354".)
  if (slashes + breaks !== 1) return false;
  let q = p;
  while (q < text.length && isDigit(text.charCodeAt(q))) q++;
  if (q - p < 4 || q - p > 17 || isAlnum(text.charCodeAt(q))) return false;
  return PAIR_WORDS.test(text.slice(Math.max(0, end - 9 - PAIR_WORDS_AROUND), q + PAIR_WORDS_AROUND));
}

/** Most characters of an account's label read back from a number ("Checking account no.: "). */
const MAX_ACCOUNT_LABEL = 28;
/**
 * An account's own label ending right before the number: its kind, then perhaps its number's word,
 * a space or a colon apart (a wider gap is a table's cell: "Checking   091389507    87797804" is a
 * row whose routing number stands under its column's header).
 */
const ACCOUNT_LABEL_BEFORE = /(?:^|[^a-z])(?:checking|savings|account|acct|a\/c)\.?(?: ?(?:#|no\.?|number|num))? ?[:#=-]? ?$/i;

/**
 * Whether the number at `start` is labelled an account on its own line ("RTN 039654935\n
 * Checking 289097957"): nine digits can pass the routing checksum by chance, one in ten, and the
 * label says which of the pair it is.
 */
function labelledAccount(text: string, start: number): boolean {
  let p = start;
  while (p > 0 && start - p < MAX_ACCOUNT_LABEL && text.charCodeAt(p - 1) !== 10) p--;
  return ACCOUNT_LABEL_BEFORE.test(text.slice(p, start));
}

export const abaRouting: ClassifierDef = {
  id: 'aba-routing',
  name: 'ABA Routing Number',
  description:
    'US bank routing transit numbers: nine digits with a valid Federal Reserve prefix and the 3-7-1 weighted checksum. A lone number needs banking context ("routing number", "ABA", "wire").',
  context: [
    'routing',
    'routing number',
    'aba',
    'rtn',
    'rtg',
    // Routing/transit, as statements and cheque orders abbreviate it ("R/T No. 225103601").
    'r/t',
    // A cheque's MICR line keyed as a lockbox file shows it ("MICR (RT / ACCT)": routing, then account).
    'rt',
    'micr',
    'r/t no',
    'r/t number',
    'transit',
    'bank',
    'wire',
    'ach',
    'checking',
    'direct deposit',
    'ruta',
    // SAP's vendor master: the bank key (a US bank's routing number) and the bank's account.
    'bankl',
    'numero de ruta',
    // An ACH entry's banks, as a return notice names them: the receiving (RDFI) and originating
    // (ODFI) depository financial institutions' routing numbers ("Receiving DFI: 228994338").
    'dfi',
    'rdfi',
    'odfi',
    // Typed in a hurry: "rtng 285285488", "rountng 268924070", "routeing -> 665439825".
    'rtng',
    'routng',
    'rountng',
    'rounting',
    'routeing',
    'routting',
    'ruting',
  ],
  negative: NUMBER_NEGATIVES,
  heldElsewhere: (text, start) => labelledAccount(text, start),
  // (Or a cheque's MICR line names it: "⑆087229613⑆ 24507560⑈".)
  namedBeside: (ix, start, end) => (accountAfter(ix.text, end) ? 'routing' : micrTransitAt(ix.text, start, end) ? 'MICR transit' : null),
  // With no word of its own, a routing number needs banking context (reference §8.2): an account
  // beside it on its line.
  supporting: accountBeside,
  contextScore: 75,
  checksum: true,
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      // Eight digits, as a spreadsheet shows a routing number of districts 01–09 stored as a
      // number: one only in a column its header names so, its zero and checksum restored.
      if (m.count === 8) {
        const restored = `0${m.digits}`;
        if (!headedBy(ix, m.start, m.end, ROUTING_HEADER) || !abaPrefixValid(restored) || !abaChecksum(restored)) return false;
        out.add(m.start, m.end, 5, '8 digits (a leading zero dropped)', 'Federal Reserve prefix and 3-7-1 checksum valid with the zero');
        return true;
      }
      const { numbers, at, count } = m;
      if (allSame(numbers, at, at + count) || !abaPrefixValid(numbers, at) || !abaChecksum(numbers, at)) return false;
      // (Alone, a bare shape: nine digits whose checksum one number in ten passes.)
      out.add(m.start, m.end, 4, describeNumber(m), 'Federal Reserve prefix valid; 3-7-1 checksum valid');
      return true;
    });
  },
};
