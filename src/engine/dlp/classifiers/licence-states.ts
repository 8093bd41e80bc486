/**
 * The issuing state named beside a licence number in that state's own format: "Michigan, P 690
 * 587 388 805", "84-803-5179 (Colorado)", "Ohio DLN KS940369", "DL TX 31234567". A state's name
 * says what the number is as a licence word would, but only for the layouts that state issues
 * (an address's "Boston, MA 02159" is no licence: five digits are no Massachusetts number).
 */
import type { TextIndex } from '../scan/index-model.ts';
import { triggerNear } from '../scan/trigger-near.ts';
import { columnHeader } from '../scan/table-columns.ts';
import { CONTEXT, registry, STATE_TRIGGER } from './registry.ts';

/** Per state (its name and postal code), the layouts of its licence numbers, separators removed. */
const STATES: readonly (readonly [name: string, code: string, formats: RegExp])[] = [
  ['alabama', 'AL', /^\d{7,8}$/],
  ['alaska', 'AK', /^\d{7}$/],
  ['arizona', 'AZ', /^(?:[A-Z]\d{8}|\d{9})$/],
  ['arkansas', 'AR', /^\d{8,9}$/],
  ['california', 'CA', /^[A-Z]\d{7}$/],
  ['colorado', 'CO', /^(?:\d{9}|[A-Z]\d{3,6}|[A-Z]{2}\d{2,5})$/],
  ['connecticut', 'CT', /^\d{9}$/],
  ['delaware', 'DE', /^\d{7}$/],
  ['district of columbia', 'DC', /^(?:\d{7}|\d{9})$/],
  ['florida', 'FL', /^[A-Z]\d{12}$/],
  ['georgia', 'GA', /^\d{7,9}$/],
  ['hawaii', 'HI', /^(?:H\d{8}|\d{9})$/],
  ['idaho', 'ID', /^(?:[A-Z]{2}\d{6}[A-Z]|\d{9})$/],
  ['illinois', 'IL', /^[A-Z]\d{11}$/],
  ['indiana', 'IN', /^(?:[A-Z]\d{9}|\d{9,10})$/],
  ['iowa', 'IA', /^(?:\d{9}|\d{3}[A-Z]{2}\d{4})$/],
  ['kansas', 'KS', /^(?:K\d{8}|\d{9})$/],
  ['kentucky', 'KY', /^(?:[A-Z]\d{8,9}|\d{9})$/],
  ['louisiana', 'LA', /^\d{9}$/],
  ['maine', 'ME', /^(?:\d{7}[A-Z]?|\d{8})$/],
  ['maryland', 'MD', /^[A-Z]\d{12}$/],
  ['massachusetts', 'MA', /^(?:[A-Z]\d{8}|\d{9})$/],
  ['michigan', 'MI', /^(?:[A-Z]\d{10}|[A-Z]\d{12})$/],
  ['minnesota', 'MN', /^[A-Z]\d{12}$/],
  ['mississippi', 'MS', /^\d{9}$/],
  ['missouri', 'MO', /^(?:[A-Z]\d{5,9}|\d{9}[A-Z]?|\d{8}[A-Z]{2}|[A-Z]\d{6}R)$/],
  ['montana', 'MT', /^(?:[A-Z]\d{8}|\d{9}|\d{13,14})$/],
  ['nebraska', 'NE', /^[A-Z]\d{6,8}$/],
  ['nevada', 'NV', /^(?:\d{9,10}|\d{12}|X\d{8})$/],
  ['new hampshire', 'NH', /^\d{2}[A-Z]{3}\d{5}$/],
  ['new jersey', 'NJ', /^[A-Z]\d{14}$/],
  ['new mexico', 'NM', /^\d{8,9}$/],
  ['new york', 'NY', /^(?:[A-Z]\d{7}|[A-Z]\d{18}|\d{8,9}|\d{16})$/],
  ['north carolina', 'NC', /^\d{8,12}$/],
  ['north dakota', 'ND', /^(?:[A-Z]{3}\d{6}|\d{9})$/],
  ['ohio', 'OH', /^(?:[A-Z]\d{4,8}|[A-Z]{2}\d{3,7}|\d{8})$/],
  ['oklahoma', 'OK', /^(?:[A-Z]\d{9}|\d{9})$/],
  ['oregon', 'OR', /^\d{7,9}$/],
  ['pennsylvania', 'PA', /^\d{8}$/],
  ['rhode island', 'RI', /^(?:\d{7}|[A-Z]\d{6})$/],
  ['south carolina', 'SC', /^\d{8,11}$/],
  ['south dakota', 'SD', /^(?:\d{8,10}|\d{12})$/],
  ['tennessee', 'TN', /^\d{8,9}$/],
  ['texas', 'TX', /^\d{8}$/],
  ['utah', 'UT', /^\d{8,10}$/],
  ['vermont', 'VT', /^(?:\d{8}|\d{7}A)$/],
  ['virginia', 'VA', /^(?:[A-Z]\d{8,11}|\d{9})$/],
  ['washington', 'WA', /^(?:WDL[A-Z0-9]{9}|[A-Z*]{1,7}[A-Z0-9*]{5})$/],
  ['west virginia', 'WV', /^(?:\d{7}|[A-Z]{1,2}\d{5,6})$/],
  ['wisconsin', 'WI', /^[A-Z]\d{13}$/],
  ['wyoming', 'WY', /^\d{9,10}$/],
];

/**
 * The states whose licences may be seven digits alone (Oregon's, Delaware's, Alaska's…), read from
 * their layouts: by name in any case, or by postal code in capitals ("or" is a word).
 */
const SEVEN_DIGIT_STATES = STATES.filter(([, , formats]) => formats.test('1234567'));
const SEVEN_DIGIT_NAME = new RegExp(`\\b(?:${SEVEN_DIGIT_STATES.map(([name]) => name).join('|')})\\b`, 'i');
const SEVEN_DIGIT_CODE = new RegExp(`\\b(?:${SEVEN_DIGIT_STATES.map(([, code]) => code).join('|')})\\b`);

/** Whether `around` names a state whose licences may be seven digits. */
export const sevenDigitStateIn = (around: string): boolean => SEVEN_DIGIT_NAME.test(around) || SEVEN_DIGIT_CODE.test(around);

const byName = new Map<string, RegExp>();
for (const [name, code, formats] of STATES) {
  byName.set(name, formats);
  byName.set(code, formats);
}

/** A value as the states' layouts are written: its spaces and hyphens removed, in capitals. */
const layoutValue = (text: string, start: number, end: number): string => text.slice(start, end).replace(/[\s-]/g, '').toUpperCase();
/** Whether text[start, end) has one of the layouts of the state of this name or postal code. */
const hasLayoutOf = (state: string, text: string, start: number, end: number): boolean =>
  byName.get(state)?.test(layoutValue(text, start, end)) === true;

/** Words that may stand between a state's name or code and its number: a licence's or an ID card's ("Ohio DLN", "NJ state ID card"). */
const LICENCE_WORDS = new Set([
  'dl',
  'dln',
  'lic',
  'license',
  'licence',
  'no',
  'number',
  'driver',
  'drivers',
  "driver's",
  'state',
  'id',
  'card',
  'identification',
]);
/** How far back on its line the state's name is read. */
const BEFORE = 40;
/** Most words read back: "District of Columbia driver's license no". */
const MAX_WORDS = 7;

const isWordChar = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || c === 39;
/** What may stand between those words: a space, a tab, "," ":" "#" "." "-" "(". */
const isGap = (c: number): boolean => c === 32 || c === 9 || c === 44 || c === 58 || c === 35 || c === 46 || c === 45 || c === 40;

/** The words before `start` on its line, nearest first (reused: no array per call). */
const words: string[] = [];
function wordsBefore(text: string, start: number): void {
  words.length = 0;
  let p = start;
  const stop = Math.max(0, start - BEFORE);
  while (words.length < MAX_WORDS) {
    while (p > stop && isGap(text.charCodeAt(p - 1))) p--;
    const end = p;
    while (p > stop && isWordChar(text.charCodeAt(p - 1))) p--;
    if (p === end) return;
    // A word cut by the reach, or glued to digits, is none of these.
    if (p === stop && p > 0 && isWordChar(text.charCodeAt(p - 1))) return;
    words.push(text.slice(p, end));
  }
}

/** A state's code as a number (first letter × 128 + second), read from char codes without a slice. */
const codeKey = (a: number, b: number): number => a * 128 + b;
const CODE_KEYS = new Set(STATES.map(([, code]) => codeKey(code.charCodeAt(0), code.charCodeAt(1))));
const isCode = (w: string): boolean => w.length === 2 && CODE_KEYS.has(codeKey(w.charCodeAt(0), w.charCodeAt(1)));
/** The last word of each state's name ("york", "carolina", "ohio"). */
const LAST_WORDS = new Set(STATES.map(([name]) => name.slice(name.lastIndexOf(' ') + 1)));

/**
 * The state named before the value, or null: its name ("Michigan, ", "New York "), or its code
 * in capitals with a licence word between ("CO DL ", "NJ state ID card ") or before it ("DL TX ",
 * "Lic #: TX "); a code alone is any state's number ("PA 56417004" in a W-2's state box is the
 * employer's state ID).
 */
function stateBefore(text: string, start: number): string | null {
  wordsBefore(text, start);
  let i = 0;
  while (i < words.length && i < 4 && LICENCE_WORDS.has(words[i].toLowerCase())) i++;
  // A name ends with its last word: only a word that ends one is joined with those before it.
  if (i < words.length && LAST_WORDS.has(words[i].toLowerCase())) {
    let name = words[i].toLowerCase();
    if (byName.has(name)) return name;
    for (let k = i + 1; k < words.length && k < i + 3; k++) {
      name = `${words[k].toLowerCase()} ${name}`;
      if (byName.has(name)) return name;
    }
  }
  if (i > 0 && i < words.length && isCode(words[i])) return words[i];
  if (i === 0 && words.length > 1 && isCode(words[0]) && LICENCE_WORDS.has(words[1].toLowerCase())) return words[0];
  return null;
}

/** A state's name, or its code, in brackets right after the value: "84-803-5179 (Colorado)", "NR238911 (OH)". */
function stateAfter(text: string, end: number): string | null {
  let p = end;
  if (text.charCodeAt(p) === 32) p++;
  if (text.charCodeAt(p) !== 40) return null;
  const close = text.indexOf(')', p);
  if (close < 0 || close - p > 21) return null;
  const named = text.slice(p + 1, close).trim();
  if (isCode(named)) return named;
  const name = named.toLowerCase().replace(/\s+/g, ' ');
  return name.length > 2 && byName.has(name) ? name : null;
}

/** A state's full name after the comma at `end` (one to three capitalised words), or null. */
function stateAfterComma(text: string, end: number): string | null {
  const m = STATE_NAME_AFTER.exec(text.slice(end + 2, end + 32));
  if (m === null) return null;
  const words = m[0].toLowerCase().split(' ');
  for (let k = words.length; k >= 1; k--) {
    const name = words.slice(0, k).join(' ');
    if (byName.has(name)) return name;
  }
  return null;
}
const STATE_NAME_AFTER = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}/;

/** An ID card's words as the keyword pass finds them ("NJ state ID card W4053 …", "ID: OH HJ298706"). */
const ID_CARD_WORDS = new Set(['id', 'card', 'id card', 'state id', 'identification card']);

/** Per phrase id, whether it is a licence's word ("DL", "license") or an ID card's ("card"). Built once. */
let licenceWords: Uint8Array | null = null;
function licencePhrases(): Uint8Array {
  if (licenceWords) return licenceWords;
  const reg = registry();
  const roles = reg.byId.get('us-drivers-license')!.roles;
  const bits = new Uint8Array(reg.keywords.phrases.length);
  reg.keywords.phrases.forEach((p, id) => {
    if (roles[id] & CONTEXT || ID_CARD_WORDS.has(p.text.toLowerCase())) bits[id] = 1;
  });
  return (licenceWords = bits);
}

/** Whether a state's code standing as a word of its own comes in the BEFORE characters before `start` ("TX"). */
function capitalsPairBefore(text: string, start: number): boolean {
  for (let p = start - 2; p >= 0 && p >= start - BEFORE; p--) {
    const a = text.charCodeAt(p);
    const b = text.charCodeAt(p + 1);
    if (CODE_KEYS.has(codeKey(a, b)) && !isWordChar(text.charCodeAt(p - 1)) && !isWordChar(text.charCodeAt(p + 2))) return true;
  }
  return false;
}

/** Fewest letters and digits of a value a state's code alone names (a layout few other numbers share). */
const MIN_ALONE = 8;

/** A state's code standing alone right before `start`, a space between ("NJ S8567…"), or null. */
function codeRightBefore(text: string, start: number): string | null {
  if (start < 3 || text.charCodeAt(start - 1) !== 32 || isWordChar(text.charCodeAt(start - 4))) return null;
  const code = text.slice(start - 3, start - 1);
  return isCode(code) ? code : null;
}

/** The state whose code stands alone right before [start, end), when the value is that state's layout, long and with a letter; else null. */
function codeAloneBefore(text: string, start: number, end: number): string | null {
  const code = codeRightBefore(text, start);
  if (code === null) return null;
  const value = layoutValue(text, start, end);
  if (value.length < MIN_ALONE || !/[A-Z]/.test(value)) return null;
  return byName.get(code)?.test(value) ? code : null;
}

/**
 * Whether a state's code stands alone right before [start, end) and the value has none of that
 * state's layouts ("PA MD068059L" on a speakers' roster is a Pennsylvania medical licence): it is
 * no licence of the state it names, nor of another.
 */
export function codeBeforeOtherLayout(text: string, start: number, end: number): boolean {
  const code = codeRightBefore(text, start);
  return code !== null && !WORD_CODES.has(code) && !hasLayoutOf(code, text, start, end);
}
/** States' codes that are also words before a number ("state ID HP631901", "OR 12345678"). */
const WORD_CODES = new Set(['ID', 'IN', 'OR', 'ME', 'OK', 'HI', 'OH', 'DE', 'AS', 'DC']);

/** The states' names, for the keyword pass to find (Registry.triggerWords). */
export const STATE_NAMES: readonly string[] = STATES.map(([name]) => name);

/**
 * The state named beside the licence-shaped value [start, end) whose own format it has, or null.
 * Read on the value's line: a few words before it, or a bracket right after it. Only where the
 * keyword pass saw a state's name near it, or a word just before it (a code comes with a licence
 * word: "DL TX"), or a bracket follows it: most values have none of these, and pay no slice.
 */
export function stateNamedBeside(ix: TextIndex, start: number, end: number, after: number): string | null {
  const { text } = ix;
  const bracket = text.charCodeAt(end) === 40 || (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40);
  // Or its state named after a comma ("Number is the same: A2773983, California, good until …"),
  // when it holds a letter: digits alone then a state are as often an order's and its office's.
  const comma = text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32 && /[A-Za-z]/.test(text.slice(start, end));
  // A code comes with a licence word: "DL TX", "CO DL", "NJ state ID card".
  const wordJustBefore =
    after > 0 && ix.hitEnd[after - 1] <= start && ix.hitEnd[after - 1] >= start - 16 && licencePhrases()[ix.hitPhrase[after - 1]] === 1;
  const codeBefore = wordJustBefore && capitalsPairBefore(text, start);
  // A state's code alone right before a value of that state's own long layout with a letter
  // ("- Maya Mensah: NJ S8567 66793 66031, DOB …"): the layout says what the code only hints.
  const alone = codeAloneBefore(text, start, end);
  if (alone !== null) return alone;
  if (!bracket && !comma && !codeBefore && !triggerNear(ix, registry().triggerWords, STATE_TRIGGER, after, start - BEFORE, end))
    return null;
  const state = stateBefore(text, start) ?? (bracket ? stateAfter(text, end) : comma ? stateAfterComma(text, end) : null);
  if (state === null) return null;
  return hasLayoutOf(state, text, start, end) ? state : null;
}

/** Most characters of a table's row read before a value for its ID type cell. */
const MAX_ROW = 120;
/** A table's ID type cell: a licence's word and a state's code standing alone between column gaps ("DL MI"). */
const TYPE_CELL = /(?:^|\t|,|\| ?| {2,})(?:DL|DLN|driver'?s? licen[cs]e)(?:\s+|,)([A-Z]{2})(?=\t|,| ?\|| {2})/g;

/** An ID type cell naming a licence alone, right before the value's cell. */
const TYPE_ALONE_BEFORE = /(?:^|\t|,|\| ?| {2,})(?:DL|DLN|driver'?s? licen[cs]e)(?:\t|,| ?\| ?| {2,})$/;
/** A state's code alone in the cell right after the value's. */
const STATE_CELL_AFTER = /^(?:\t|,| ?\| ?| {2,})([A-Z]{2})(?=\t|,| ?\||\s*$| {2})/;

/**
 * The state of a table row's ID type cell before the value ("Pruitt, Keisha   DL MI   8   $249.03
 * H 657 545 309 744"), when the value has that state's layout; else null. The row's own cell
 * names it where the column's header says only "ID number".
 */
export function typeCellInRow(ix: TextIndex, start: number, end: number, after: number): string | null {
  const { text } = ix;
  // Only a table's cell (a column gap right before it), where the index saw a licence's word
  // earlier on the row: most values have neither.
  const gap = text.charCodeAt(start - 1);
  if (!(
    gap === 9 ||
    gap === 124 ||
    gap === 44 ||
    (gap === 32 && (text.charCodeAt(start - 2) === 32 || text.charCodeAt(start - 2) === 124))
  ))
    return null;
  let seen = false;
  for (let h = after - 1; h >= 0 && ix.hitEnd[h] > start - MAX_ROW; h--) {
    if (ix.hitEnd[h] <= start && licencePhrases()[ix.hitPhrase[h]] === 1) {
      seen = true;
      break;
    }
  }
  if (!seen) return null;
  let from = start;
  while (from > 0 && start - from < MAX_ROW && text.charCodeAt(from - 1) !== 10) from--;
  const row = text.slice(from, start);
  if (row.indexOf('  ') < 0 && row.indexOf('\t') < 0 && row.indexOf('|') < 0 && row.indexOf(',') < 0) return null;
  let code: string | null = null;
  for (const m of row.matchAll(TYPE_CELL)) code = m[1];
  // (Or the type alone in the cell before it and the state in the cell after: "DL\tB4444226\tCA".)
  if (code === null && TYPE_ALONE_BEFORE.test(row)) code = STATE_CELL_AFTER.exec(text.slice(end, end + 8))?.[1] ?? null;
  if (code === null || !isCode(code)) return null;
  return hasLayoutOf(code, text, start, end) ? code : null;
}

/** A table's delimiters between cells: a comma, a tab, a bar. */
const isCellDelimiter = (c: number): boolean => c === 44 || c === 9 || c === 124;

/**
 * The state in the cell right before the value's in a table whose column there is headed as a
 * state's ("…,id_state,id_number,…" over "…,IL,S896-8376-5163,…"), when the value has that
 * state's layout; else null.
 */
export function stateCellBefore(ix: TextIndex, start: number, end: number): string | null {
  const { text } = ix;
  let p = start - 1;
  while (p > 0 && text.charCodeAt(p) === 32) p--;
  if (!isCellDelimiter(text.charCodeAt(p))) return null;
  let q = p - 1;
  while (q > 0 && text.charCodeAt(q) === 32) q--;
  const codeEnd = q + 1;
  if (codeEnd < 2 || !isCode(text.slice(codeEnd - 2, codeEnd))) return null;
  const before = codeEnd - 3;
  if (before >= 0 && !(isCellDelimiter(text.charCodeAt(before)) || text.charCodeAt(before) === 32 || text.charCodeAt(before) === 10))
    return null;
  const code = text.slice(codeEnd - 2, codeEnd);
  if (!hasLayoutOf(code, text, start, end)) return null;
  const header = columnHeader(ix, codeEnd - 2, codeEnd);
  return header !== null && /state/i.test(text.slice(header[0], header[1])) ? code : null;
}

/** Most characters read either side of a value for its JSON object's braces. */
const OBJECT_REACH = 400;
/** An identity document's type naming a licence or a state's ID, as verification services' JSON writes it. */
const JSON_LICENCE_TYPE =
  /"(?:document_?type|doc_?type|id_?type|type)"\s*:\s*"(?:drivers?'?_?licen[cs]e|driver'?s? licen[cs]e|driving_?licen[cs]e|dl|state_?id|id_?card|learner_?permit)"/i;
/** The issuing state's field of such an object ("issuing_subdivision": "US-CA", "state": "TX"). */
const JSON_STATE = /"(?:issuing_?subdivision|issuing_?state|id_?state|dl_?state|state)"\s*:\s*"(?:US-)?([A-Z]{2})"/;

/**
 * The licence an identity-verification object names for the value in it: its document type a
 * licence's or a state ID's ("document_type": "drivers_license"), and the state of its issuing
 * field when the value has that state's layout. Null when the value is in no such object (read
 * only for a value in quotes after a key).
 */
export function jsonLicenceAt(text: string, start: number, end: number): string | null {
  if (text.charCodeAt(start - 1) !== 34 || text.charCodeAt(end) !== 34) return null;
  // (Searched within the reach only: a search of the whole text would read it again for every quoted value.)
  const from = Math.max(0, start - OBJECT_REACH);
  const open = text.slice(from, start).lastIndexOf('{');
  if (open < 0) return null;
  const after = text.slice(end, end + OBJECT_REACH);
  const close = after.indexOf('}');
  const object = text.slice(from + open, close < 0 ? end + after.length : end + close);
  if (!JSON_LICENCE_TYPE.test(object)) return null;
  const state = JSON_STATE.exec(object)?.[1];
  if (state !== undefined && isCode(state) && hasLayoutOf(state, text, start, end)) return state;
  return state === undefined ? 'driver license' : null;
}
