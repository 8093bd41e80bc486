/**
 * Detectors of "supporting information" (reference §8.2): what turns a lone, correctly formatted
 * number into a match. They run only on validated candidates, on a short window of text.
 */

import { joined } from '../classifiers/common.ts';
import { isDigit, isLetter } from './char-codes.ts';
import { keptList } from './kept-list.ts';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const EXPIRY = /(?:^|[^\d/-])(0[1-9]|1[0-2]) ?[/-] ?(\d{2}|20\d{2})(?![\d/-])/;
// (Not a version's first three numbers: "module version 1.6.12.212".)
const FULL_DATE =
  /(?:^|[^\d/.-])(?:(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\d/]|[.-]\d)/;
const MONTH_DAY = new RegExp(
  `\\b(?:${MONTHS})\\.? ?(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\b|\\b(?:0?[1-9]|[12]\\d|3[01]) (?:${MONTHS})\\b`,
  'i',
);
/** A person's name right before a number: "Latoya Tolbert", "Latoya M. Tolbert". */
const NAME_BEFORE = /\b([A-Z][a-z]+(?: [A-Z]\.?)? [A-Z][a-z]+)[ \t]*[,:-]?[ \t]*$/;
/**
 * Or as a list sorts it, "Tolbert, Latoya": a roster's rows carry many numbers (a student's, an
 * employee's), so only a number printed in groups, as an SSN is, has it for a name.
 */
const SORTED_NAME_BEFORE = /\b([A-Z][a-z]+, [A-Z][a-z]+(?: [A-Z]\.?)?)[ \t]*[,:-]?[ \t]*$/;
const STATE_ZIP =
  /\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) \d{5}(?:-\d{4})?\b/;
const NOT_NAMES = new Set([
  'Order',
  'Invoice',
  'Account',
  'Number',
  'Tracking',
  'Phone',
  'Reference',
  'Ticket',
  'Case',
  'Total',
  'Amount',
  'Date',
]);

/** The text before and after a number, joined by a space (the number itself is left out). */
const around = (text: string, start: number, end: number, before: number, after: number): string =>
  `${text.slice(Math.max(0, start - before), start)} ${text.slice(end, end + after)}`;

/** The window a date of birth or an address is looked for in. */
function personWindow(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 60);
  windowAtLineStart = from === 0 || text.charCodeAt(from - 1) === 10;
  // (Its end not inside a word: a version cut short reads as a date, "version 1.6.12|.212".)
  let after = 60;
  while (after < 76 && end + after < text.length && text.charCodeAt(end + after) > 32) after++;
  windowText = text;
  windowEnd = Math.min(text.length, end + after);
  return around(text, start, end, 60, after);
}
/** The text of the last personWindow and where in it the window ends: a date at its end may be a timestamp's, its time just past the end. */
let windowText = '';
let windowEnd = 0;
/** Whether the last personWindow starts where a line does (a date there may begin a log entry). */
let windowAtLineStart = false;

const FULL_DATES = new RegExp(FULL_DATE.source, 'g');
/** A time right after a date: the date is a timestamp's ("2026-04-12 10:22:01", "2026-04-12T10:22Z"). */
const TIME_AFTER = /^(?:T| {1,2}|, )\d{1,2}:\d{2}/;
/** A log level or status right after a date that begins a line: a log entry's date ("2026-04-12 FAIL …"). */
const LOG_WORD_AFTER =
  /^[ \t]+\[?(?:INFO|WARN|WARNING|ERROR|ERR|DEBUG|TRACE|FATAL|FAIL|FAILED|OK|PASS|CRIT|CRITICAL|NOTICE|ALERT|SEVERE)\b/;

/** Whether the date matched at [at, end) of the window is when something happened, not when someone was born. */
function stampDate(w: string, at: number, end: number): boolean {
  let after = w.slice(end, end + 16);
  // (Read on past the window's end: "… 172.19.213.107\n2026-05-07| 13:45:47 INFO".)
  if (after.length < 16) after += windowText.slice(windowEnd, windowEnd + 16 - after.length);
  if (TIME_AFTER.test(after)) return true;
  const startsLine = at === 0 ? windowAtLineStart : w.charCodeAt(at) === 10;
  return startsLine && LOG_WORD_AFTER.test(after);
}

/**
 * Words that date a document or an event, not a person, right before a date: "expires", "exp",
 * "issued", "valid until", "return R10 sent 04/21/2026", "filed", "due" (not "dated": a letter so dated may be what names an ITIN).
 */
const DOCUMENT_DATE_BEFORE =
  /\b(?:exp(?:ires?|iry|iration|\.)?|issued|valid(?: until| thru| through)?|renew(?:ed|al)?|sent|received|filed|paid|opened|closed|returned|submitted|approved|denied|posted|mailed|shipped|signed|scheduled|due)(?: on)?\W{0,3}$/i;
const documentDate = (w: string, at: number): boolean => DOCUMENT_DATE_BEFORE.test(w.slice(Math.max(0, at - 16), at + 1));

/** A match without the one character before it that its pattern may start with (not a digit, nor a letter where `letters`), trimmed. */
function matched(m: string, letters: boolean): string {
  const c = m.charCodeAt(0);
  return (isDigit(c) || (letters && isLetter(c)) ? m : m.slice(1)).trim();
}

/** An expiry date (MM/YY or MM/YYYY) just after or before a card number. */
export function expiryDate(text: string, start: number, end: number): string[] {
  const m = EXPIRY.exec(around(text, start, end, 30, 40));
  return m ? keptList(`expiry date "${matched(m[0], false)}"`) : [];
}

/** A date of birth: a full date, or a month name with a day ("July 4"); "7/4" alone is not enough. */
export function dateOfBirth(text: string, start: number, end: number): string[] {
  return dateIn(personWindow(text, start, end));
}

function dateIn(w: string): string[] {
  // Most windows hold no date: one test first.
  if (FULL_DATE.test(w)) {
    FULL_DATES.lastIndex = 0;
    for (let m = FULL_DATES.exec(w); m !== null; m = FULL_DATES.exec(w)) {
      // A timestamp (a log line's, a message's) dates an event, not a person; nor does a
      // document's expiry or issue date ("expires 20/09/2031").
      if (!stampDate(w, m.index, m.index + m[0].length) && !documentDate(w, m.index)) return keptList(`date "${matched(m[0], true)}"`);
      // Its match may have taken the character before the next date: look again from its end.
      FULL_DATES.lastIndex = m.index + m[0].length;
    }
  }
  // A month and day ("July 4"), unless a time follows (a syslog line's "Dec  3 10:22:01").
  if (MONTH_DAY.test(w)) {
    MONTH_DAYS.lastIndex = 0;
    for (let m = MONTH_DAYS.exec(w); m !== null; m = MONTH_DAYS.exec(w))
      if (!TIME_AFTER.test(w.slice(m.index + m[0].length, m.index + m[0].length + 16))) return keptList(`date "${matched(m[0], true)}"`);
  }
  return [];
}
const MONTH_DAYS = new RegExp(MONTH_DAY.source, 'gi');

/** A word naming a date of birth ("born", "DOB", a header's "Date of Birth"). */
const BIRTH_WORD = /\b(?:born|dob|d\.o\.b|date of birth|birth ?date|birthday|fecha de nacimiento)\b/i;

/**
 * A date of birth named so around a number: a date beside a word for one ("Born 04/12/1980,
 * 512401234", a "DOB" column). What a lone run of digits needs, where any date would do for a
 * number in an SSN's layout.
 */
export function namedDateOfBirth(text: string, start: number, end: number): string[] {
  if (!BIRTH_WORD.test(around(text, start, end, 60, 60))) return [];
  return dateOfBirth(text, start, end);
}

/** A person's name (two capitalised words) right before the number. */
export function nameBefore(text: string, start: number, grouped = false): string[] {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = NAME_BEFORE.exec(before) ?? (grouped ? SORTED_NAME_BEFORE.exec(before) : null);
  if (!m) return [];
  const words = m[1].replace(',', '').split(' ');
  return words.some((w) => NOT_NAMES.has(w)) ? [] : keptList(`name "${m[1]}"`);
}

/** A US state and ZIP code nearby (part of an address). */
export function stateZip(text: string, start: number, end: number): string[] {
  return zipIn(personWindow(text, start, end));
}

function zipIn(w: string): string[] {
  const m = STATE_ZIP.exec(w);
  return m ? keptList(`address "${m[0]}"`) : [];
}

/** A date of birth, a name and an address around a number (what makes a lone SSN personal data); one window serves the date and the address. */
export function personDetails(text: string, start: number, end: number): string[] {
  const w = personWindow(text, start, end);
  return joined(dateIn(w), nameBefore(text, start, !isDigit(text.charCodeAt(start + 3))), zipIn(w));
}
