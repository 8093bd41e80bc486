/**
 * A SWIFT MT payment message pasted into mail (an MT103 a payments team forwards, a wire's
 * copy): its fields are tagged lines (":50K:/809564562297", ":57A:CAIXESBBXXX") that name their
 * values by tag, with no words beside them. Option A party fields (52A–58A) hold a bank's BIC,
 * after an optional "/party identifier" line; the ordering and beneficiary customer fields (50a,
 * 59a) hold an account ("/" and the number, or an IBAN) on the tag's line.
 */

/** Whether the text holds an MT message's fields: its value date/amount field and a party field. */
export function hasSwiftFields(text: string): boolean {
  return text.indexOf(':32A:') >= 0 && (text.indexOf(':50') >= 0 || text.indexOf(':59') >= 0);
}

/** Whether one of the colons the index lists opens an MT message's ":32A:" field. */
export function hasAmountField(text: string, colons: readonly number[]): boolean {
  for (let i = 0; i < colons.length; i++) {
    const p = colons[i];
    if (text.charCodeAt(p + 1) === 51 && text.charCodeAt(p + 2) === 50 && text.charCodeAt(p + 3) === 65 && text.charCodeAt(p + 4) === 58)
      return true;
  }
  return false;
}

/** A tagged line's tag ("57A") when the line starting at `line` opens with ":NNx:", else null. */
function tagAt(text: string, line: number): string | null {
  if (text.charCodeAt(line) !== 58) return null;
  const close = text.indexOf(':', line + 1);
  if (close < 0 || close - line < 3 || close - line > 4) return null;
  const tag = text.slice(line + 1, close);
  return /^\d\d[A-Z]?$/.test(tag) ? tag : null;
}

const lineStartOf = (text: string, p: number): number => text.lastIndexOf('\n', p - 1) + 1;

/** What the MT field holding the value at `start` says it is: 'bic', 'account', 'other', or null (no field holds it). */
export function swiftFieldAt(text: string, start: number): 'bic' | 'account' | 'other' | null {
  const line = lineStartOf(text, start);
  const tag = tagAt(text, line);
  if (tag !== null) {
    const valueAt = line + tag.length + 2;
    const slash = text.charCodeAt(valueAt) === 47 ? 1 : 0;
    if (start !== valueAt + slash) return 'other';
    if (/^5[2-8]A$/.test(tag)) return slash ? 'other' : 'bic';
    if (/^(?:50[AFK]|59[AF]?)$/.test(tag)) return slash ? 'account' : 'other';
    return 'other';
  }
  // A printed message's header line naming its sender's or receiver's BIC ("Receiver: BOFAUS3N").
  if (headerBicAt(text, line) === start) return 'bic';
  // The line after an option A field's "/party identifier": the bank's BIC.
  if (start !== line || line === 0) return null;
  const above = lineStartOf(text, line - 1);
  const aboveTag = tagAt(text, above);
  return aboveTag !== null && /^5[2-8]A$/.test(aboveTag) && text.charCodeAt(above + aboveTag.length + 2) === 47 ? 'bic' : null;
}

/** The starts and ends of the BIC-shaped values of option A party fields, for the BIC classifier to judge. */
export function swiftFieldBics(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!hasSwiftFields(text)) return out;
  for (let p = text.indexOf(':5'); p >= 0; p = text.indexOf(':5', p + 1)) {
    if (p > 0 && text.charCodeAt(p - 1) !== 10) continue;
    const tag = tagAt(text, p);
    if (tag === null || !/^5[2-8]A$/.test(tag)) continue;
    let at = p + tag.length + 2;
    // A party identifier line first: the BIC is on the next line.
    if (text.charCodeAt(at) === 47) {
      const next = text.indexOf('\n', at);
      if (next < 0) continue;
      at = next + 1;
    }
    const end = codeEnd(text, at);
    if (end > 0) out.push([at, end]);
  }
  // A printed message's header lines: "Sender: BRASBRRJ", "Receiver: BOFAUS3N".
  for (const m of text.matchAll(HEADER_LINE)) {
    const at = m.index + m[0].length;
    const end = codeEnd(text, at);
    if (end > 0) out.push([at, end]);
  }
  return out;
}

/** A printed MT message's header line naming a party's BIC, up to the code: "Sender: ", "Receiver BIC: ". */
const HEADER_LINE = /^[ \t]*(?:sender|receiver)(?: bic)?[ \t]*:[ \t]*/gim;
/** The same, read at one line's start. */
const HEADER_AT = new RegExp(HEADER_LINE.source, 'i');

/** Where the BIC of a header line starting at `line` starts, when the text holds an MT message's fields; else -1. */
function headerBicAt(text: string, line: number): number {
  const c = text.charCodeAt(line) | 32;
  if ((c !== 115 && c !== 114 && c !== 32 && c !== 9) || !hasSwiftFields(text)) return -1;
  const m = HEADER_AT.exec(text.slice(line, line + 24));
  return m === null ? -1 : line + m[0].length;
}

/** Where a code of 8 or 11 capitals and digits starting at `at` ends, alone on its line; else -1. */
function codeEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isCapitalOrDigit(text.charCodeAt(end))) end++;
  return (end - at === 8 || end - at === 11) && (end === text.length || text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13)
    ? end
    : -1;
}

const isCapitalOrDigit = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
