/**
 * A chat's answer and the message a line or two above it: a transcript pasted into mail gives each
 * message a line ("[9:14] Dana: what's your SSN?", then "Lee (9:15 AM): 512401234"), sometimes
 * under a line of its own naming the sender and the time. The message before the answer asks for
 * the value ("I still need your SSN and driver's license #") and names it as a label would. Outside
 * a chat (no time beside the sender), only a question — a line ending its sentence with "?" — does.
 */

/** Most characters before the value on its line: a sender and a time ("[10/11/2026 12:01 PM] Yuki Fischer: "). */
const MAX_LEAD = 48;
/** Lines looked at above the answer's, blank ones included: a sender's line and the message's. */
const MAX_LINES_UP = 3;
/** Characters of the message read, at most, back from its end or its question mark. */
const MAX_QUESTION = 160;
/** Longest line that is only a sender and a time ("(843) 609-5014, [Apr 2, 2026 at 8:07:19 AM]:"). */
const MAX_HEADER = 64;

let askingText: string | null = null;
/** Whether askingText may hold a question or a chat (a question mark, or a time): -1 until a value asks. */
let asks = -1;

/** Starts reading `text` afresh (scanInBlocks calls it first, as readQuotesOf). */
export function readQuestionsOf(text: string): void {
  askingText = text;
  asks = -1;
}

/**
 * Where the first time of day ("9:14", "12:01 PM", "8:07:19") in text[from, to) ends (after its
 * AM/PM), or -1.
 */
function timeEnd(text: string, from: number, to: number): number {
  for (let p = text.indexOf(':', from); p >= 0 && p < to - 2; p = text.indexOf(':', p + 1)) {
    const b = text.charCodeAt(p - 1);
    const a = text.charCodeAt(p + 1);
    const a2 = text.charCodeAt(p + 2);
    if (p <= from || b < 48 || b > 57 || a < 48 || a > 53 || a2 < 48 || a2 > 57) continue;
    let e = p + 3;
    if (text.charCodeAt(e) === 58 && isDigitAt(text, e + 1) && isDigitAt(text, e + 2)) e += 3;
    const m = text.charCodeAt(e) === 32 ? e + 1 : e;
    if ((text.charCodeAt(m) | 32) === 97 || (text.charCodeAt(m) | 32) === 112) {
      if ((text.charCodeAt(m + 1) | 32) === 109) e = m + 2;
    }
    return e;
  }
  return -1;
}

const isDigitAt = (text: string, p: number): boolean => text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57;

/**
 * Whether the start of a line, text[from, to), names a chat message's sender and time: the time
 * in brackets ("Lee (9:15 AM): ", "[10/11/2026 12:01 PM] Yuki: ") or before a dash (WhatsApp's
 * "05/07/2026, 10:40 - +1 (603) 707-1881: "); not a timestamp in a sentence ("Submitted:
 * 2026-02-05T13:43:07Z from ").
 */
function chatLead(text: string, from: number, to: number): boolean {
  const e = timeEnd(text, from, to);
  if (e < 0) return false;
  const c = text.charCodeAt(e);
  return c === 41 || c === 93 || (c === 32 && text.charCodeAt(e + 1) === 45 && text.charCodeAt(e + 2) === 32);
}

/**
 * Whether the line [from, to) is a chat's header: short, a sender and a time and no message, no
 * mail header's key before the time ("Sent: Monday, 5 February 2026 1:43 PM" is none).
 */
function headerLine(text: string, from: number, to: number): boolean {
  if (to - from > MAX_HEADER) return false;
  const e = timeEnd(text, from, to);
  if (e < 0) return false;
  const key = text.indexOf(': ', from);
  if (key >= 0 && key < e - 3) return false;
  let end = to;
  while (end > from && text.charCodeAt(end - 1) === 32) end--;
  const last = text.charCodeAt(end - 1);
  // Ends with a colon, a bracket, or the time itself ("Sofia Brennan  5:31 PM").
  return last === 58 || last === 93 || end === e;
}

/**
 * The message [from, to) that the value at `start` answers: on one of the few lines right above
 * the line the value opens, the nearest one that is not a chat's header, when it asks a question or
 * the answer is a chat's. Null when the value answers nothing.
 */
export function chatQuestionAbove(text: string, start: number): readonly [number, number] | null {
  if (text !== askingText) readQuestionsOf(text);
  if (asks < 0) asks = text.indexOf('?') >= 0 || timeEnd(text, 0, text.length) >= 0 ? 1 : 0;
  if (asks === 0) return null;
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  if (ls === 0 || start - ls > MAX_LEAD) return null;
  let chat = chatLead(text, ls, start);
  let end = ls - 1;
  for (let lines = 0; lines < MAX_LINES_UP && end > 0; lines++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    if (from === end) {
      // A blank line between messages.
      end = from - 1;
      continue;
    }
    if (headerLine(text, from, end)) {
      chat = true;
      end = from - 1;
      continue;
    }
    const mark = text.lastIndexOf('?', end - 1);
    if (mark >= from) return [Math.max(from, mark - MAX_QUESTION), mark];
    return chat ? [Math.max(from, end - MAX_QUESTION), end] : null;
  }
  return null;
}
