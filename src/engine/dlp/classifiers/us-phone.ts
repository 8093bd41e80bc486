/** US Phone Number: NANP numbers, (AAA) EEE-LLLL, AAA-EEE-LLLL, AAA.EEE.LLLL, AAA EEE LLLL, AAA EEE-LLLL, +1 forms. */
import type { ClassifierDef } from './types.ts';
import type { TextIndex } from '../scan/text-index.ts';
import { SEP_DASH, SEP_DOT, SEP_NONE, SEP_SLASH, SEP_SPACE } from '../scan/text-index.ts';
import { allDigits, breakAfter } from '../scan/numbers.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';
import { isAlnum, isDigit, isLetter } from '../scan/char-codes.ts';
import { fileNamedBefore, meetingNamedBefore, tripOrReceiptNamedBefore } from '../scan/file-before.ts';
import { wrapBefore, wrapEnd, wrapsAt } from '../scan/line-wraps.ts';
import { CITATION_WORDS, LEDGER_WORDS, nanpPart, WORK_ORDER_WORDS } from './common.ts';
import { phoneCombEnd } from '../scan/comb-fields.ts';
import { headedBy } from '../scan/table-columns.ts';

/**
 * Every shape starts with a 3-digit area code, either in parentheses (nothing links it to the
 * exchange: ") " is no separator) or starting a chain of exactly three (a longer one is another
 * number) joined by '-', '.' or a space whose second is the 3-digit exchange; or with a
 * 10/11-digit run joined to nothing.
 */
const STARTS = shapeSet((digits, chain, sep, next) =>
  digits === 3
    ? sep === SEP_NONE ||
      (next === 3 && chain === 3 && (sep === SEP_DASH || sep === SEP_DOT || sep === SEP_SPACE)) ||
      // Space-joined chains run on into the next row of a column; AAA/EEE-LLLL and AAA EEE-LLLL are chains of two.
      (next === 3 && chain > 3 && sep === SEP_SPACE) ||
      // A chain of two, too, when an extension glued to the line ends it ("415-555-0134x204").
      (next === 3 && chain === 2 && (sep === SEP_SLASH || sep === SEP_SPACE || sep === SEP_DASH || sep === SEP_DOT)) ||
      // AAA EEELLLL: the area code apart, the rest solid.
      (next === 7 && chain === 2 && sep === SEP_SPACE)
    : (digits === 10 || digits === 11) && (sep === SEP_NONE || sep === SEP_SPACE),
);

/** No other number continues the phone number across link k: nothing joins, or a line break or tab does. */
const isDashOrDot = (sep: number): boolean => sep === SEP_DASH || sep === SEP_DOT;
/** Whether [from, to) is a dot or a hyphen and a space, in either order. */
const spacedSeparator = (text: string, from: number, to: number): boolean => {
  if (to - from !== 2) return false;
  const a = text.charCodeAt(from);
  const b = text.charCodeAt(from + 1);
  return ((a === 46 || a === 45) && b === 32) || (a === 32 && (b === 46 || b === 45));
};
/**
 * Whether the digits at `s` follow a one-tap dial string's pauses ("+16464923362,,92970784320#,,,,*4437160637#"):
 * a meeting's number or passcode keyed in after the call connects, not a number to call.
 */
const dialStringPart = (text: string, s: number): boolean => {
  const c = text.charCodeAt(s - 1);
  if (!((c === 42 || c === 44 || c === 35) && text.charCodeAt(s - 2) === 44)) return false;
  // (The pauses follow what was dialled, a digit or a "#": a CSV's empty cell, "SETTLED,,6158655145", is none.)
  let p = s - 2;
  while (p > 0 && text.charCodeAt(p - 1) === 44) p--;
  const before = text.charCodeAt(p - 1);
  return isDigit(before) || before === 35 || before === 42;
};
const ends = (ix: TextIndex, k: number): boolean => ix.link[k] === SEP_NONE || breakAfter(ix, k);

/** A break after token k that ends a cell or a line of its own, not one that wrapping put in the number (line-wraps.ts). */
const cellBreakAfter = (ix: TextIndex, k: number): boolean => breakAfter(ix, k) && !wrapsAt(ix.text, ix.tokEnd[k], ix.tokStart[k + 1]);

const len = (ix: TextIndex, k: number): number => (k >= 0 && k < ix.tokStart.length && allDigits(ix, k) ? ix.tokDigits[k] : -1);

/**
 * The line number's digits in token k: 4 when it is four digits, alone or with an extension glued
 * on ("0134x204", as signatures write it); else -1. The number ends after those four.
 */
function lineDigits(ix: TextIndex, k: number): number {
  const d = len(ix, k);
  if (d >= 0 || k >= ix.tokStart.length) return d;
  const { text } = ix;
  const s = ix.tokStart[k];
  const x = text.charCodeAt(s + 4);
  if ((x !== 120 && x !== 88) || ix.tokDigits[k] !== ix.tokEnd[k] - s - 1 || ix.tokEnd[k] - s > 11) return -1;
  for (let p = s; p < s + 4; p++) if (text.charCodeAt(p) < 48 || text.charCodeAt(p) > 57) return -1;
  return 4;
}
/** Where token k's line number ends: after four digits (an extension glued on is not part of it). */
const lineEnd = (ix: TextIndex, k: number): number => ix.tokStart[k] + 4;

/**
 * Extends a match leftwards over a "+1 ", "1-" or "+1" country code; returns the new start, or -1
 * when other digits are glued on. A number before it on another line or in another cell is not
 * glued on, nor one a space away from a phone written with dashes or dots (a ZIP code, a suite).
 */
function countryCode(ix: TextIndex, k: number, start: number): number {
  const { text } = ix;
  // "+372 685 2028": three digits after a plus are another country's code, not an area code.
  if (text.charCodeAt(start - 1) === 43) return -1;
  let p = start;
  const gap = text.charCodeAt(p - 1);
  // (Or a wrap's joint, where wrapping broke the line after it: "+1⏎415 762 0134".)
  const wrap = gap === 10 || (gap === 32 && text.charCodeAt(p - 2) === 62) ? wrapBefore(text, p, isDigit) : -1;
  if (wrap >= 0) p = wrap;
  else if (gap === 32 || gap === 45 || gap === 46) p--;
  // Read as codes (NaN before the text's start): this runs on every separated number.
  const before = text.charCodeAt(p - 2);
  if (text.charCodeAt(p - 1) === 49 && !isAlnum(before)) return before === 43 ? p - 2 : p - 1;
  if (k > 0 && !ends(ix, k - 1) && !(ix.link[k - 1] === SEP_SPACE && ix.link[k] !== SEP_SPACE)) return -1;
  return start;
}

/**
 * Where a number whose area code in parentheses starts at s (the digits) begins: at the "(", or
 * at a "+1" before it, a space or a wrap's joint apart ("+1⏎(415) 762-0134") or none.
 */
function parenStart(text: string, s: number): number {
  const start = s - 1;
  const wrap = wrapBefore(text, start, isDigit);
  const code = wrap >= 0 ? wrap : text.charCodeAt(start - 1) === 32 ? start - 1 : start;
  return text.charCodeAt(code - 1) === 49 && text.charCodeAt(code - 2) === 43 ? code - 2 : start;
}

/** Most letters of a signature's label before its number ("m:", "Mob.", "Direct:"). */
const MAX_SIGNATURE_LABEL = 6;
/** The short labels signatures give their phone lines (mobile, telephone, office, cell, direct, work, home). */
const SIGNATURE_LABELS = new Set([
  'm',
  't',
  'o',
  'c',
  'p',
  'd',
  'w',
  'h',
  'ph',
  'mob',
  'tel',
  'cel',
  'dir',
  'direct',
  'off',
  'office',
  'wk',
  'work',
  'hm',
  'home',
]);

/**
 * Whether the number at s follows a signature's short label that starts its line or cell: one
 * of SIGNATURE_LABELS and a colon or full stop ("m: 4157620135", "T. 4157620135", "| o: …"),
 * as signatures name their lines. Read only for ten digits typed solid.
 */
function signatureLabel(text: string, s: number): boolean {
  let p = s - 1;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  const mark = text.charCodeAt(p);
  if (mark !== 58 && mark !== 46) return false;
  let w = p;
  while (w > 0 && p - w < MAX_SIGNATURE_LABEL && isLetter(text.charCodeAt(w - 1))) w--;
  if (w === p || isLetter(text.charCodeAt(w - 1)) || !SIGNATURE_LABELS.has(text.slice(w, p).toLowerCase())) return false;
  let b = w - 1;
  while (b >= 0 && text.charCodeAt(b) === 32) b--;
  const before = text.charCodeAt(b);
  return b < 0 || before === 10 || before === 13 || before === 124 || before === 9;
}

/**
 * Whether the number at [s, e) opens its line as a text message's sender: the time in brackets
 * after it, then a colon ("4254109724 (4:10 PM): card"), as an exported thread names a sender
 * that is not in the contacts.
 */
function textSender(text: string, s: number, e: number): boolean {
  if (s > 0 && text.charCodeAt(s - 1) !== 10) return false;
  if (text.charCodeAt(e) !== 32 || (text.charCodeAt(e + 1) !== 40 && text.charCodeAt(e + 1) !== 91)) return false;
  // Within the bracket's few characters only: a search for its close to the text's end, asked of
  // every such number, would make a text of them quadratic.
  const closing = text.charCodeAt(e + 1) === 40 ? 41 : 93;
  let time = false;
  for (let p = e + 2; p - e <= MAX_SENDER_TIME && p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === closing) return time && text.charCodeAt(p + 1) === 58;
    if (c === 58) time = true;
  }
  return false;
}

/**
 * Whether the number at [s, e) is a line of its own in a signature: under the writer's name (two to
 * four capitalised words alone on their line) or beside an email address's line ("Jamal Greer⏎
 * 2148949584⏎jamalgreer@comcast.net").
 */
function signatureLine(text: string, s: number, e: number): boolean {
  // (A quoted reply's signature too: "> Lauren Sheridan⏎> 9109008915".)
  let q = s;
  while (q > 0 && q > s - 8 && (text.charCodeAt(q - 1) === 62 || text.charCodeAt(q - 1) === 32)) q--;
  if (q === 0 || text.charCodeAt(q - 1) !== 10) return false;
  let end = e;
  while (text.charCodeAt(end) === 32) end++;
  // (Or the email address on its own line after a bar: "7044402276 | brendan.szabo@meridiantitle.com".)
  if (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) {
    const rest = lineStartingAt(text, end);
    return rest !== null && EMAIL_AFTER_BAR.test(rest);
  }
  const rawAbove = lineEndingAt(text, q - 1);
  const above = rawAbove === null ? null : unquoted(rawAbove);
  const below = nextLineOf(text, end + 1);
  if (above !== null && (NAME_LINE.test(above) || EMAIL_LINE.test(above) || firstNameAfterSignOff(text, q - 1 - rawAbove!.length, above)))
    return true;
  // (Or above a phone's own sign-off: "7854399058⏎⏎sent from my iphone".)
  return below !== null && (EMAIL_LINE.test(below) || SENT_FROM_LINE.test(below));
}

/** A mail app's sign-off, which a phone adds under what its owner wrote ("Sent from my iPhone"). */
const SENT_FROM_LINE = /^sent from my\b/i;
/** A quoted line without its quote marks ("> > Lauren Sheridan" → "Lauren Sheridan"). */
const unquoted = (line: string): string => (line.charCodeAt(0) === 62 ? line.replace(/^(?:>\s*)+/, '') : line);
/** The next line after `from` that is not blank, without its quote marks, or null. */
function nextLineOf(text: string, from: number): string | null {
  let line = lineStartingAt(text, from);
  if (line !== null && unquoted(line).trim() === '') line = lineStartingAt(text, from + line.length + 1);
  return line === null ? null : unquoted(line);
}

/** A first name alone on its line ("Zoe"). */
const FIRST_NAME_LINE = /^\s*[A-Z][a-z'’-]+\s*$/;
/** A line ending in a sign-off ("thanks!", "… 4 yards. thanks!", "Best,", "Kind regards"). */
const SIGN_OFF_LINE = /(?:^|[\s.!?])(?:many |best |kind |warm )?(?:thanks|thank you|thx|regards|best|cheers|sincerely)[,.!]*\s*$/i;

/** Whether `name`, the line starting at `from`, is a first name alone under a sign-off: a signature's name. */
function firstNameAfterSignOff(text: string, from: number, name: string): boolean {
  if (!FIRST_NAME_LINE.test(name) || from === 0) return false;
  const signOff = lineEndingAt(text, from - 1);
  return signOff !== null && SIGN_OFF_LINE.test(signOff);
}

/** A phone's label right before a number: "Phone: ", "mobile #", "tel=". */
const PHONE_LABEL_BEFORE = /\b(?:phone|mobile|cell|tel|ph)\.?(?:\s*(?:#|no\.?|number))?\s*[:=]?\s*$/i;
/** A table's header naming a phone's column. */
const PHONE_HEADER = /\b(?:phone|mobile|cell|tel)\b/i;

/**
 * Whether the number at [s, e) is labelled a phone's right before it or by its column's header:
 * eleven digits with a country code's 1 and no plus are one only so ("Phone" over "19313813589").
 */
function phoneLabelled(ix: TextIndex, s: number, e: number): boolean {
  return PHONE_LABEL_BEFORE.test(ix.text.slice(Math.max(0, s - 20), s)) || headedBy(ix, s, e, PHONE_HEADER);
}

/** Whether a tel: link's scheme stands right before s ("tel:18552239340"). */
const telLinkAt = (text: string, s: number): boolean => s >= 4 && text.slice(s - 4, s).toLowerCase() === 'tel:';

/** The line ending at `end` (a line break), or null when it is longer than MAX_BESIDE. */
function lineEndingAt(text: string, end: number): string | null {
  for (let p = end - 1; p >= 0 && end - p <= MAX_BESIDE; p--) if (text.charCodeAt(p) === 10) return text.slice(p + 1, end);
  return end <= MAX_BESIDE ? text.slice(0, end) : null;
}

/** The line starting at `from`, or null when it is longer than MAX_BESIDE. */
function lineStartingAt(text: string, from: number): string | null {
  for (let p = from; p < text.length && p - from <= MAX_BESIDE; p++) if (text.charCodeAt(p) === 10) return text.slice(from, p);
  return text.length - from <= MAX_BESIDE ? text.slice(from) : null;
}

/** Most characters of a line beside a signature's number that is read (a name's, an address's). */
const MAX_BESIDE = 80;

/** A name alone on its line: two to four capitalised words. */
const NAME_LINE = /^\s*[A-Z][a-z'’-]+(?:[ .]+[A-Z][a-z'’.-]*){1,3}\s*$/;
/** The rest of a signature's line after its number: a bar or a dot, then an email address. */
const EMAIL_AFTER_BAR = /^[|·•]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/;
/** A line that is an email address (perhaps with a label). */
const EMAIL_LINE = /^[^\s@]{0,12}\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/;

/** Most characters from a sender's number to the end of its bracketed time ("(12/03/26, 09:14:22 AM)"). */
const MAX_SENDER_TIME = 32;

export const usPhone: ClassifierDef = {
  id: 'us-phone',
  name: 'US Phone Number',
  description:
    'North American (NANP) phone numbers: an area code and exchange starting with 2–9 (not N11), written (415) 555-0132, 415-555-0132, 415.555.0132, 415 555 0132, 415 555-0132, 415/555-0132 or with a +1 country code.',
  context: [
    'phone',
    'tel',
    'telephone',
    'mobile',
    'cell',
    'call',
    'fax',
    'contact',
    'ph',
    'reach me',
    'text me',
    // The number a text went to, and the writer's own ("texted customer at 2536457384", "Our
    // number is 5168598020").
    'texted',
    'texting',
    // The number texts came from ("Texts shown in the screenshot are from 7633250753").
    'texts',
    'text messages',
    // A messaging system's log of the texts it sends ("SMS  Pack-date reminder queued to 3026109625").
    'sms',
    'called from',
    'calling from',
    'my number',
    'our number',
    'her number',
    'his number',
    'their number',
    'callback',
    // A voicemail's caller ("Voicemail from 5619451174"), and the number to reach someone at
    // ("Best number for me is 3129095042", "a good number in case it declines?").
    'voicemail',
    'voice mail',
    // A deaf or hard-of-hearing caller's line, and how notices name it ("TTY users: 866-534-0471").
    'tty',
    'tdd',
    'tty users',
    'tdd users',
    'tty/tdd',
    'best number',
    'good number',
    // Typed in a hurry: "fone 9805928585", "her phn is '774.658-7210'".
    'fone',
    'phn',
    'phne',
    'dial',
    'dial in',
    'dial-in',
    // A dialler's log of the number it dialled ("OUTBOUND  dialed 3135944452 (home)").
    'dialed',
    'dialled',
    // Where to ask: "Questions? 1-855-403-2821", "Questions about this confirmation: 864-680-8342".
    'questions',
    // A payment app that pays to a phone number ("Zelle to 8624216347").
    'zelle',
    // The number a call came from, as an IVR or a switch logs it: "ani=5097489440", "caller ID";
    // and the number it dialled ("dnis=8443770250").
    'ani',
    'dnis',
    'caller id',
    // A fax server's log of what it received and sent ("RX from 8049730844", "TX to 9893727754").
    'rx from',
    'tx to',
    // A carrier's call detail records: the number on the other end of each call or text.
    'other party',
    'called number',
    'calling number',
    // The phone a sign-in's code is texted to ("SMS Auth: 906-930-6879"; "auth" alone is a payer's).
    'sms auth',
    // A form's pharmacy line: a store's name and its phone ("Pharmacy: Walgreens #2124, 8084884915").
    'pharmacy',
    // In Spanish.
    'cel',
    'celular',
    'telefono',
    'llamar',
    'hablar',
    'whatsapp',
  ],
  // Product codes printed as 3-3-4 (a SKU, a part or model number): a column or label of them.
  negative: [
    // A confirmation's or a conference's number printed like a phone ("Conf #" in a schedule).
    'conf #',
    'conf no',
    'conf number',
    // A military base's line on the Defense Switched Network, a private network's number whose
    // DSN area code is shaped like a public one ("DSN (315) 383-6551").
    'dsn',
    // A device's serial and a payer's authorisation, printed 3-3-4 (a column headed "Serial" or "Auth #").
    'serial',
    'serial no',
    'serial number',
    's/n',
    'auth #',
    'auth no',
    'authorization #',
    // A title or escrow file's number, printed 3-3-4 ("File No. 328-678-5338"; not "file" alone: "the
    // number on file").
    'file no',
    'file number',
    'file reference',
    'file ref',
    // An agency's or a court's file ("agency file 701-405-4089").
    'agency file',
    'case file',
    // A household-goods shipment's registration, printed 3-3-4 ("Shipment registration 605-600-0921").
    'shipment registration',
    'registration number',
    'registration no',
    // A dispatch center's event, numbered from its date ("The CAD event appears as 260-628-1506").
    'cad event',
    'event number',
    'event #',
    // A rental application's own number, printed 3-3-4 by some property systems (not "application"
    // alone: "the phone on the application is 580-393-9842").
    'application no',
    'application #',
    ...WORK_ORDER_WORDS,
    ...CITATION_WORDS,
    // A reference printed 3-3-4 ("Ref # 396-674-9421"; not "Reference #1", a credit application's
    // person to call, nor "ref" alone).
    'ref #',
    'ref no',
    'reference number',
    // A money transfer's control number, printed 3-3-4 ("MTCN", "the control number is 507-919-9827").
    'mtcn',
    'control number',
    'control no',
    'sku',
    'upc',
    'ean',
    'gtin',
    'part number',
    'part no',
    'p/n',
    'model number',
    'item number',
    'catalog number',
    'product code',
    // A ledger's accounts, printed 3-3-4 as some charts of accounts number them.
    ...LEDGER_WORDS,
    // A video meeting's id, printed in threes and fours like a phone number ("backup zoom 946 384
    // 2493"); its dial-in number keeps its own word ("dial in via 843-845-4602").
    'zoom',
    // A building department's permit, numbered 3-3-4 by some counties (a column headed "Permit").
    'permit',
    // A pesticide's EPA registration number ("EPA Reg. No. 524-308", some printed 3-3-4).
    'epa reg',
    'epa registration',
    // A police report's number and a log's sequence, printed 3-3-4 or as ten digits.
    'police report',
    'pd report',
    'seq',
    // A casino's club card printed 3-3-4 and a bet slip. (Not "player": "Player Services directly
    // at (337) 594-9812" is a desk's line.)
    'players club',
    "player's club",
    'slip',
    // A ride's and an insurance policy's own numbers, some printed 3-3-4 ("trip ID 224-450-1713",
    // "Policy number stays 843-918-0081"; not "trip" alone: a field trip's chaperone's phone).
    'trip id',
    'policy number',
    'policy no',
    'policy #',
  ],
  // A column headed by another thing's name holds those things, printed 3-3-4 or not ("Policy",
  // "Intake", "Marker" over "918-532-6089").
  columnNegative: ['policy', 'intake', 'marker', 'claim', 'loan', 'file', 'case', 'invoice', 'order', 'ticket', 'booking', 'reference'],
  // A title's, an escrow's or a claim's file named right before it ("Status - file 328-678-5338",
  // "Reference: File 326-989-4294"), not the number a business has on file ("the phone on file
  // 415-762-0134"); nor a video meeting's ID so named ("dial in to meeting 908 605 1837"), nor a
  // transport's trip ("- Trip 339-657-4558") nor a cashier's receipt.
  heldElsewhere: (text, start) => fileNamedBefore(text, start) || meetingNamedBefore(text, start) || tripOrReceiptNamedBefore(text, start),
  // Its negative words label the number they stand by ("GL 799-638-6013"): a phone number further
  // on keeps its own.
  negativeLabels: true,
  contextScore: 60,
  // Printed as a phone number ("(415) 762-0134", "415-762-0134"), it is one in any column.
  evident: 20,
  find(ix, _ctx, out) {
    const { text } = ix;
    const n = ix.tokStart.length;
    const { tokens, from, to } = tokensOfShape(ix, STARTS);
    // A number found takes its three tokens.
    let resume = 0;
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      if (k < resume) continue;
      const d = len(ix, k);
      const s = ix.tokStart[k];
      const e = ix.tokEnd[k];
      const comb = d === 3 && ix.link[k] === SEP_NONE ? phoneCombEnd(ix, k) : -1;
      if (comb >= 0) {
        // A form's boxes: the area code in one, the rest in the next ("231    828-7650"), beside a phone word only.
        if (nanpPart(text, s) && nanpPart(text, ix.tokStart[k + 1]))
          out.add(s, comb, 5, "area code in a form's box, then exchange and line", 'NANP area code and exchange', true);
        resume = k + 3;
        continue;
      }
      if (d === 3 && text.charCodeAt(s - 1) === 40 && text.charCodeAt(e) === 41) {
        // (AAA) EEE-LLLL or (AAA)EEE-LLLL
        // (Wrapping breaks the line at its one space: "(415)⏎762-0134".)
        const next = text.charCodeAt(e + 1) === 32 ? e + 2 : e + 1;
        if (k + 1 >= n || (ix.tokStart[k + 1] !== next && ix.tokStart[k + 1] !== wrapEnd(text, e + 1, isDigit))) continue;
        if (len(ix, k + 1) === 7 && ends(ix, k + 1)) {
          // (AAA)EEELLLL: the exchange and line typed solid.
          if (!nanpPart(text, s) || !nanpPart(text, ix.tokStart[k + 1])) continue;
          out.add(parenStart(text, s), ix.tokEnd[k + 1], 20, '(area code) exchange and line solid', 'NANP area code and exchange');
          resume = k + 2;
          continue;
        }
        if (k + 2 >= n || len(ix, k + 1) !== 3 || lineDigits(ix, k + 2) !== 4) continue;
        const sep = ix.link[k + 1];
        if (sep !== SEP_DASH && sep !== SEP_DOT && sep !== SEP_SPACE) continue;
        if (ix.link[k + 2] === sep && len(ix, k + 3) > 0 && !breakAfter(ix, k + 2)) continue;
        if (!nanpPart(text, s) || !nanpPart(text, ix.tokStart[k + 1])) continue;
        out.add(parenStart(text, s), lineEnd(ix, k + 2), 20, '(area code) exchange-line', 'NANP area code and exchange');
        resume = k + 3;
      } else if (d === 3 && len(ix, k + 1) === 3 && lineDigits(ix, k + 2) === 4) {
        const sep = ix.link[k];
        // AAA/EEE-LLLL, as some write an area code; AAA EEE-LLLL, as many do.
        const slashed = (sep === SEP_SLASH || sep === SEP_SPACE) && ix.link[k + 1] === SEP_DASH;
        // A dot and a dash mixed ("269.223-0489"), as hasty typing leaves them: a phone only beside a phone word.
        // So is a separator with a space after it ("248.923. 9152"), as a hurried hand or an OCR leaves it.
        const mixed =
          isDashOrDot(sep) &&
          ((isDashOrDot(ix.link[k + 1]) && ix.link[k + 1] !== sep) ||
            (ix.link[k + 1] === SEP_NONE && spacedSeparator(text, ix.tokEnd[k + 1], ix.tokStart[k + 2])));
        if (!slashed && !mixed && ((sep !== SEP_DASH && sep !== SEP_DOT && sep !== SEP_SPACE) || ix.link[k + 1] !== sep)) continue;
        // A tab or a line of its own between the parts separates cells; a longer run of the same
        // separator is another number. A line that wrapping broke ("call me on 415 762⏎0134") goes on.
        if (sep === SEP_SPACE && (cellBreakAfter(ix, k) || cellBreakAfter(ix, k + 1))) continue;
        if (ix.link[k + 2] === ix.link[k + 1] && len(ix, k + 3) > 0 && !breakAfter(ix, k + 2)) continue;
        if (mixed && isDashOrDot(ix.link[k + 2]) && len(ix, k + 3) > 0) continue;
        if (!nanpPart(text, s) || !nanpPart(text, ix.tokStart[k + 1])) continue;
        const start = countryCode(ix, k, s);
        if (start < 0) continue;
        if (mixed)
          out.add(
            start,
            lineEnd(ix, k + 2),
            5,
            'area code, exchange and line, separators mixed or spaced',
            'NANP area code and exchange',
            true,
          );
        else out.add(start, lineEnd(ix, k + 2), 20, 'area code, exchange and line separated', 'NANP area code and exchange');
        resume = k + 3;
      } else if (d === 3 && ix.link[k] === SEP_SPACE && len(ix, k + 1) === 7 && ends(ix, k + 1) && !breakAfter(ix, k)) {
        // AAA EEELLLL: seven digits after an area code are a phone number only near a phone word.
        if (!nanpPart(text, s) || !nanpPart(text, ix.tokStart[k + 1])) continue;
        const start = countryCode(ix, k, s);
        if (start < 0) continue;
        out.add(start, ix.tokEnd[k + 1], 5, 'area code, then exchange and line solid', 'NANP area code and exchange', true);
        resume = k + 2;
      } else if ((d === 10 || (d === 11 && text.charCodeAt(s) === 49)) && ends(ix, k) && (k === 0 || ends(ix, k - 1))) {
        const local = d === 11 ? s + 1 : s;
        if (!nanpPart(text, local) || !nanpPart(text, local + 3) || dialStringPart(text, s)) continue;
        const plus = text.charCodeAt(s - 1) === 43;
        if (d === 10 && plus) continue;
        // ("tel:18552239340", a link's target, dials the country code without its plus.)
        // A signature's line label ("m: 4157620135") says it is a phone number as its printing would,
        // and so does a text message's header, whose sender is a number ("4254109724 (4:10 PM): card").
        const signed = d === 10 && (signatureLabel(text, s) || textSender(text, s, e) || signatureLine(text, s, e));
        // Eleven digits with the country code's 1 but not its plus (a spreadsheet that stored
        // "+1 931 381 3589" as a number, a dialler's string): a phone number only beside a phone word.
        const dialled = d === 11 && (plus || telLinkAt(text, s));
        if (d === 11 && !dialled && !phoneLabelled(ix, s, e)) continue;
        out.add(
          plus ? s - 1 : s,
          e,
          dialled || signed ? 20 : 5,
          dialled
            ? '+1 and 10 digits'
            : d === 11
              ? '1 and 10 digits'
              : signed
                ? '10 digits as a signature line or a text message names a phone'
                : '10 digits',
          'NANP area code and exchange',
          !dialled && !signed,
        );
      }
    }
  },
};
