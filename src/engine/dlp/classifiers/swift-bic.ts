/** SWIFT/BIC code: 4-letter bank, ISO country, 2-character location, optional branch; reported only near "SWIFT"/"BIC". */
import { hasAmountField, swiftFieldBics } from '../scan/swift-fields.ts';
import type { CandidateSink, ClassifierDef } from './types.ts';
import { isCountryCode } from './countries.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';
import { isAlnum, isDigit, isLower } from '../scan/char-codes.ts';
import { wordAfterLabel } from '../scan/label-gap.ts';
import { wrapEnd } from '../scan/line-wraps.ts';
import { keptList } from '../scan/kept-list.ts';
import { registry } from './registry.ts';

/**
 * A BIC is 8 or 11 characters, the first six letters: a token of digits alone is never one. Also
 * an IBAN's start (its country and check digits, "CH27", or the whole of it written solid), for
 * the code printed beside it.
 */
const BIC_LENGTHS = shapeSet(
  () => false,
  (length) => length === 8 || length === 11 || length === 4 || length >= 15,
);

const NO_FIELDS: readonly (readonly [number, number])[] = [];

const BIC = /^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;
const isCapitalOrDigit = (c: number): boolean => (c >= 65 && c <= 90) || isDigit(c);
const LAYOUT_8 = '8-character BIC layout';
const LAYOUT_11 = '11-character BIC layout';

/**
 * Whether the capital word text[s, e) stands among other capital words (a shouted "PLEASE REVIEW
 * INSTRUCTIONS"): a code stands alone beside lower-case text, a colon or the SWIFT/BIC label.
 */
function shouted(text: string, s: number, e: number): boolean {
  return capitalWordBefore(text, s) || capitalWordAfter(text, e);
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;
const LABELS = new Set(['SWIFT', 'BIC', 'CODE', 'SWIFTBIC', 'IBAN', 'ABA', 'ACH', 'SORT', 'ROUTING', 'BANK']);

function capitalWordBefore(text: string, s: number): boolean {
  let p = s - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 45)) p--;
  const end = p + 1;
  while (p >= 0 && isCapital(text.charCodeAt(p))) p--;
  if (end - (p + 1) < 2 || (p >= 0 && (text.charCodeAt(p) | 32) >= 97 && (text.charCodeAt(p) | 32) <= 122)) return false;
  return !LABELS.has(text.slice(p + 1, end));
}

function capitalWordAfter(text: string, e: number): boolean {
  let p = e;
  while (p < text.length && text.charCodeAt(p) === 32) p++;
  const start = p;
  while (p < text.length && isCapital(text.charCodeAt(p))) p++;
  return p - start >= 2 && !((text.charCodeAt(p) | 32) >= 97 && (text.charCodeAt(p) | 32) <= 122) && !LABELS.has(text.slice(start, p));
}

function check(word: string): boolean {
  const m = BIC.exec(word);
  return m !== null && isCountryCode(m[1]);
}

/** Most characters between "Bank" and the bracket after its name ("Bank of the Philippine Islands (" is 27). */
const NAME_AFTER_BANK = 28;

/** The keyword table's id for "bank" (a context word of the routing and account classifiers). Looked up once. */
let bankId = -1;
function bankPhrase(): number {
  if (bankId < 0) bankId = registry().keywords.add('bank');
  return bankId;
}

/**
 * A bank's name ending right before an opening bracket, maybe with its city: "Axis Bank (", "State
 * Bank of India (", "Citibank N.A., New York (".
 */
const BANK_NAME_BEFORE =
  /(?:\b(?:[A-Z][a-z]*b|B)ank(?: of(?: [A-Z][a-z]+){1,3})?|\bN\.A\.)(?:,? N\.A\.)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})? \($/;

/** Whether the code starting at `s` is in brackets right after a bank's name. */
const bankNamedBefore = (text: string, s: number): boolean =>
  text.charCodeAt(s - 1) === 40 && BANK_NAME_BEFORE.test(text.slice(Math.max(0, s - 48), s));

export const swiftBic: ClassifierDef = {
  id: 'swift-bic',
  name: 'SWIFT/BIC Code',
  description:
    'Bank identifier codes: four letters for the bank, an ISO country code, two characters for the location and an optional three-character branch. Words of this shape are common, so a code counts only next to "SWIFT" or "BIC".',
  // BICFI: the element ISO 20022 payment files (pain.001, pacs.008) give a bank's code in.
  // Wire instructions name the banks a payment passes through by their codes: "Intermediary bank: BOFAUS3N".
  context: [
    'swift',
    'bic',
    'swift code',
    'bic code',
    'swift/bic',
    'bank identifier code',
    'bicfi',
    'intermediary bank',
    'correspondent bank',
    'beneficiary bank',
    // A wire's banks by their roles alone, and SWIFT MT103's field names for them (56A, 57A).
    'intermediary',
    'correspondent',
    'account with institution',
    'ordering institution',
    'beneficiary institution',
  ],
  window: 40,
  contextScore: 70,
  supporting: ibanBeside,
  namedBeside: (ix, start) => (bankNamedBefore(ix.text, start) ? 'bank' : null),
  find(ix, ctx, out) {
    const { text } = ix;
    const seen = new Set<number>();
    // Codes containing digits are tokens; all-letter codes are found after each context word.
    const { tokens, from, to } = tokensOfShape(ix, BIC_LENGTHS);
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      const s = ix.tokStart[k];
      const e = ix.tokEnd[k];
      if (e - s === 4 || e - s >= 15) {
        besideIban(text, s, seen, out);
        continue;
      }
      // (A BIC opens with six capitals: most tokens of its lengths are numbers, read no further.)
      if (isCapital(text.charCodeAt(s)) && !seen.has(s) && check(text.slice(s, e))) {
        seen.add(s);
        out.add(s, e, 20, e - s === 8 ? LAYOUT_8 : LAYOUT_11, 'country code valid', true);
      }
    }
    // A bank's name, then its code in brackets ("State Bank of India (SBININBB)"): read from the
    // hits of "bank" this block's index found (a search of the whole text per block was quadratic).
    const bank = bankPhrase();
    for (let h = 0; h < ix.hitPhrase.length; h++) {
      if (ix.hitPhrase[h] !== bank) continue;
      let p = ix.hitEnd[h];
      while (p < text.length && p - ix.hitEnd[h] <= NAME_AFTER_BANK && text.charCodeAt(p) !== 40) p++;
      if (text.charCodeAt(p) !== 40 || p - ix.hitEnd[h] > NAME_AFTER_BANK) continue;
      const s = p + 1;
      let e = s;
      while (e < text.length && e - s < 12 && isCapitalOrDigit(text.charCodeAt(e))) e++;
      if ((e - s !== 8 && e - s !== 11) || text.charCodeAt(e) !== 41 || seen.has(s)) continue;
      if (!check(text.slice(s, e)) || !bankNamedBefore(text, s)) continue;
      seen.add(s);
      out.add(s, e, 20, e - s === 8 ? LAYOUT_8 : LAYOUT_11, 'country code valid', true);
    }
    // A SWIFT MT message's party fields (":57A:CAIXESBBXXX"): the field names the code (record-fields.ts).
    // (The index lists the colons beside hex digits: ":32A:" is one; most texts have none.)
    for (const [s, e] of hasAmountField(text, ix.colon) ? swiftFieldBics(text) : NO_FIELDS) {
      if (!seen.has(s) && check(text.slice(s, e))) {
        seen.add(s);
        out.add(s, e, 20, e - s === 8 ? LAYOUT_8 : LAYOUT_11, 'country code valid', true);
      }
    }
    // A code is a run of 8 to 11 capitals and digits starting in the 40 characters after a context word,
    // standing alone (a longer run, or one glued to other letters, is another word).
    let rowsRead = 0;
    for (const h of ctx.contextHits()) {
      rowsRead = cellsBelow(text, ix.hitStart[h], rowsRead, seen, out);
      const from = ix.hitEnd[h];
      const to = Math.min(from + 40, text.length);
      for (let p = from; p < to;) {
        if (!isCapitalOrDigit(text.charCodeAt(p))) {
          p++;
          continue;
        }
        const s = p;
        // (A code starting in the window may end past it: "Beneficiary bank: Monte dei Paschi di Siena (PASCITMMXXX)".)
        while (p < text.length && isCapitalOrDigit(text.charCodeAt(p))) p++;
        const e = p;
        if (e - s < 8 || e - s > 11 || seen.has(s) || isAlnum(text.charCodeAt(s - 1)) || isAlnum(text.charCodeAt(e))) continue;
        if (!check(text.slice(s, e)) || shouted(text, s, e)) continue;
        seen.add(s);
        out.add(s, e, 20, e - s === 8 ? LAYOUT_8 : LAYOUT_11, 'country code valid', true);
      }
      lowerCaseAfter(text, from, seen, out);
      groupedAfter(text, from, seen, out);
      codeBefore(text, ix.hitStart[h], seen, out);
    }
  },
};

/** How far after an IBAN's start its bank's code is looked for: the IBAN's 34 characters at most, spaced, and a bank's name. */
const AFTER_IBAN = 80;

/**
 * The code printed right after an IBAN whose start is at `s` ("CH27 1349 0622 1166 0574 1,
 * PostFinance POFICHBE", "DE89 …, COBADEFFXXX"): a code of the IBAN's own country, standing alone
 * within the line. The IBAN names it as its word would: a capital word of eight letters is a BIC
 * only where its country matches the account's beside it.
 */
function besideIban(text: string, s: number, seen: Set<number>, out: CandidateSink): void {
  const a = text.charCodeAt(s);
  const b = text.charCodeAt(s + 1);
  if (
    !isCapital(a) ||
    !isCapital(b) ||
    !isDigit(text.charCodeAt(s + 2)) ||
    !isDigit(text.charCodeAt(s + 3)) ||
    isAlnum(text.charCodeAt(s - 1))
  )
    return;
  const to = Math.min(text.length, s + AFTER_IBAN);
  // Runs of capitals and digits after it: its own groups, then maybe the code. (Character codes
  // only: this runs on every IBAN.)
  for (let p = s + 4; p < to;) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return;
    if (!isAlnum(c)) {
      p++;
      continue;
    }
    const start = p;
    while (p < text.length && isAlnum(text.charCodeAt(p))) p++;
    const size = p - start;
    if ((size !== 8 && size !== 11) || text.charCodeAt(start + 4) !== a || text.charCodeAt(start + 5) !== b || seen.has(start)) continue;
    const country = text.slice(s, s + 2);
    if (!isCountryCode(country) || !check(text.slice(start, p)) || shouted(text, start, p)) continue;
    seen.add(start);
    out.add(start, p, 20, `${size === 8 ? LAYOUT_8 : LAYOUT_11}, after an IBAN of its country (${country})`, 'country code valid', false);
    return;
  }
}

/** A code found beside an IBAN of its country is supported by it (besideIban finds the code only there). */
function ibanBeside(text: string, start: number): string[] {
  const a = text.charCodeAt(start + 4);
  const b = text.charCodeAt(start + 5);
  // Back through the line, to the IBAN's start: its country's two capitals, then two digits.
  for (let p = start - 4; p >= 0 && start - p <= AFTER_IBAN; p--) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return NONE;
    if (
      c === a &&
      text.charCodeAt(p + 1) === b &&
      isDigit(text.charCodeAt(p + 2)) &&
      isDigit(text.charCodeAt(p + 3)) &&
      !isAlnum(text.charCodeAt(p - 1))
    )
      return keptList(`an IBAN of its country before it (${text.slice(p, p + 4)}…)`);
  }
  return NONE;
}

const NONE: string[] = [];

/** Most rows read below a header that may name a column of codes. */
const MAX_ROWS = 1000;
/** What separates a table's cells: a comma, a semicolon, a tab, a pipe (as table-columns.ts reads tables). */
const isDelimiter = (c: number): boolean => c === 44 || c === 59 || c === 9 || c === 124;
/** What may stand just before or after a code in its cell: a delimiter, a quote, a space. */
const isCellEdge = (c: number): boolean => isDelimiter(c) || c === 34 || c === 32;

/**
 * The cells of codes in the rows below a table's header line holding a context word at `at`
 * ("Name;IBAN;BIC", then "Müller GmbH;DE89 …;COBADEFFXXX"): a code of letters alone is found
 * only near its word, and a column's cells are far from its header. Each is a candidate that
 * needs context, which the column's header gives (findings.ts reads it). Rows are read up to a
 * blank line, MAX_ROWS at most, and none twice: text before `read` was read below an earlier
 * header (or several context words of one, "SWIFT/BIC"). Returns where reading stopped.
 */
function cellsBelow(text: string, at: number, read: number, seen: Set<number>, out: CandidateSink): number {
  // Another context word of a line already read (hits come in text order).
  if (at < read) return read;
  let end = text.indexOf('\n', at);
  if (end < 0 || end <= read) return read;
  let delimited = false;
  for (let i = text.lastIndexOf('\n', at - 1) + 1; i < end && !delimited; i++) delimited = isDelimiter(text.charCodeAt(i));
  // Not a header: its other context words need not look again.
  if (!delimited) return Math.max(read, end);
  let p = Math.max(end + 1, read);
  for (let rows = 0; rows < MAX_ROWS && p < text.length; rows++, p = end + 1) {
    end = text.indexOf('\n', p);
    if (end < 0) end = text.length;
    if (end - p <= 1) break;
    for (let q = p; q < end;) {
      if (!isCapitalOrDigit(text.charCodeAt(q)) || (q > p && !isCellEdge(text.charCodeAt(q - 1)))) {
        q++;
        continue;
      }
      const s = q;
      while (q < end && isCapitalOrDigit(text.charCodeAt(q))) q++;
      const after = q < end ? text.charCodeAt(q) : 10;
      if ((q - s === 8 || q - s === 11) && (isCellEdge(after) || after === 10 || after === 13) && !seen.has(s) && check(text.slice(s, q))) {
        seen.add(s);
        out.add(s, q, 20, q - s === 8 ? LAYOUT_8 : LAYOUT_11, 'country code valid', true);
      }
      while (q < end && isAlnum(text.charCodeAt(q))) q++;
    }
  }
  return p;
}

/** A code said to be the bank's before its word: "BPKOPLPW is their SWIFT/BIC", "DEUTDEFF = BIC". */
const CODE_BEFORE = /(?:^|[^A-Za-z0-9])([A-Z0-9]{8}(?:[A-Z0-9]{3})?)(?: is| are| =|:)? (?:(?:their|the|our|its|his|her|my|your) )?$/;

function codeBefore(text: string, at: number, seen: Set<number>, out: CandidateSink): void {
  // Back over what may stand between a code and its word (" is their ", " = ", ": "): a capital or
  // a digit must end the code there (a cheap look before the expression, which runs per word).
  let p = at - 1;
  while (p >= 0 && at - p <= 18 && !isCapitalOrDigit(text.charCodeAt(p)) && text.charCodeAt(p) !== 10) p--;
  if (p < 7 || !isCapitalOrDigit(text.charCodeAt(p))) return;
  const from = Math.max(0, at - 32);
  const m = CODE_BEFORE.exec(text.slice(from, at));
  if (m === null) return;
  const s = at - m[0].length + m[0].indexOf(m[1]);
  if (seen.has(s) || !check(m[1]) || shouted(text, s, s + m[1].length)) return;
  seen.add(s);
  out.add(s, s + m[1].length, 20, m[1].length === 8 ? LAYOUT_8 : LAYOUT_11, 'country code valid', true);
}

/** Group sizes a BIC is printed in: bank, country, location, and the branch when there is one. */
const GROUPS = [4, 2, 2, 3];

/**
 * A code printed in its parts right after its label, as banks print it on statements and invoices
 * ("BIC NWBK GB 2L", "SWIFT: DEUT-DE-FF-500"): four capitals, the country, the location and maybe
 * the branch, each pair joined by the same one space or hyphen.
 */
function groupedAfter(text: string, from: number, seen: Set<number>, out: CandidateSink): void {
  const s = wordAfterLabel(text, from);
  if (s < 0 || seen.has(s)) return;
  // (A line break that wrapping put between two parts stands for a space: "DEUT DE⏎FF 500".)
  const sep = wrapEnd(text, s + 4, isCapitalOrDigit) >= 0 ? 32 : text.charCodeAt(s + 4);
  if (sep !== 32 && sep !== 45) return;
  let code = '';
  let p = s;
  let e = s;
  for (let g = 0; g < GROUPS.length; g++) {
    const end = p + GROUPS[g];
    let q = p;
    while (q < end && isCapitalOrDigit(text.charCodeAt(q))) q++;
    if (q < end || isAlnum(text.charCodeAt(q))) break;
    code += text.slice(p, q);
    e = q;
    const wrapped = sep === 32 ? wrapEnd(text, q, isCapitalOrDigit) : -1;
    if (wrapped >= 0) p = wrapped;
    else if (text.charCodeAt(q) === sep && isCapitalOrDigit(text.charCodeAt(q + 1))) p = q + 1;
    else break;
  }
  if ((code.length !== 8 && code.length !== 11) || !check(code)) return;
  seen.add(s);
  out.add(s, e, 20, `${code.length === 8 ? LAYOUT_8 : LAYOUT_11}, in its parts`, 'country code valid', true);
}

/**
 * A code typed in lower case right after its label ("bic cobadeffxxx", "swift: bofaus3n", "SWIFT
 * is deutdeff500"): read as in capitals. Only the first word after the label and what may stand
 * between a label and its value (wordAfterLabel: punctuation, "is", "no."), and only with a
 * branch or a digit: many lower-case words of eight letters read as a bank, a country and a place
 * ("bic pensieve").
 */
function lowerCaseAfter(text: string, from: number, seen: Set<number>, out: CandidateSink): void {
  const s = wordAfterLabel(text, from);
  if (s < 0 || seen.has(s)) return;
  let e = s;
  while (e < s + 12 && (isLower(text.charCodeAt(e)) || isDigit(text.charCodeAt(e)))) e++;
  if ((e - s !== 8 && e - s !== 11) || !isLower(text.charCodeAt(s)) || isAlnum(text.charCodeAt(e))) return;
  if (e - s === 8 && !/\d/.test(text.slice(s, e))) return;
  if (!check(text.slice(s, e).toUpperCase())) return;
  seen.add(s);
  out.add(s, e, 20, `${e - s === 8 ? LAYOUT_8 : LAYOUT_11}, in lower case`, 'country code valid', true);
}
