/**
 * The issuing state named beside a licence number in that state's own format: "Michigan, P 690
 * 587 388 805", "84-803-5179 (Colorado)", "Ohio DLN KS940369", "DL TX 31234567". A state's name
 * says what the number is as a licence word would, but only for the layouts that state issues
 * (an address's "Boston, MA 02159" is no licence: five digits are no Massachusetts number).
 */

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

const byName = new Map<string, RegExp>();
for (const [name, code, formats] of STATES) {
  byName.set(name, formats);
  byName.set(code, formats);
}

/** A word matched in any case, in a pattern that is otherwise case-sensitive (postal codes are capitals). */
const anyCase = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, '\\s+');
const NAMES = STATES.map(([name]) => anyCase(name)).join('|');
const CODES = STATES.map(([, code]) => code).join('|');
const LICENCE_WORD = ['dln', 'dl', 'lic', 'license', 'licence', 'no', 'number'].map(anyCase).join('|');
/** A state's identification card: issued by its motor vehicles agency, in its licences' layouts. */
const ID_CARD = ['state id card', 'state id', 'id card', 'identification card'].map(anyCase).join('|');
/**
 * A state's name ending a run of text before the value ("Michigan, ", "Ohio DLN "), or its postal
 * code in capitals with a licence word ("DL TX ", "CO DL "): a code alone is any state's number
 * ("PA 56417004" in a W-2's state box is the employer's state ID).
 */
const NAMED_BEFORE = new RegExp(
  `(?:\\b(${NAMES})(?:[ ,:#.-]{1,3}(?:(?:${ID_CARD}|${LICENCE_WORD}|#)\\.?[ ,:#.-]{0,3})?|\\s*\\(\\s*)` +
    `|\\b(?:DLN?|[Ll]ic(?:ense|ence)?)\\b[^\\n]{0,12}\\b(${CODES})[ ,:#.-]{1,3}|\\b(${CODES})[ ,:]{1,2}(?:${ID_CARD}|DLN?|[Ll]ic(?:ense|ence)?)\\.?[ ,:#.-]{1,3})$`,
);
/** Or a state's name, or its code, in brackets right after it: "84-803-5179 (Colorado)", "NR238911 (OH)". */
const NAMED_AFTER = /^\s*\(([A-Za-z][A-Za-z ]{2,19}|[A-Z]{2})\)/;

/**
 * The state named beside the licence-shaped value [start, end) whose own format it has, or null.
 * Read on the value's line: up to 28 characters before it, or a bracket right after it.
 */
export function stateNamedBeside(text: string, start: number, end: number): string | null {
  const value = text.slice(start, end).replace(/[\s-]/g, '').toUpperCase();
  const before = NAMED_BEFORE.exec(text.slice(Math.max(0, start - 28), start));
  if (before !== null) {
    const named = before[1] ?? before[2] ?? before[3];
    if (byName.get(before[1] !== undefined ? spaced(named) : named)?.test(value)) return named;
  }
  const after = NAMED_AFTER.exec(text.slice(end, end + 24));
  if (after !== null && byName.get(after[1].length === 2 ? after[1] : spaced(after[1].trim()))?.test(value)) return after[1].trim();
  return null;
}

/** A state's name as the table holds it: lower case, one space between words. */
const spaced = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ');
