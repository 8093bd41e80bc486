/**
 * A chat's answer and the message a line or two above it: a transcript pasted into mail gives each
 * message a line ("[9:14] Dana: what's your SSN?", then "Lee (9:15 AM): 512401234"), sometimes
 * under a line of its own naming the sender and the time. The message before the answer asks for
 * the value ("I still need your SSN and driver's license #") and names it as a label would. Outside
 * a chat (no time beside the sender), only a question — a line ending its sentence with "?" — does.
 */
import { isDigit } from './char-codes.ts';

/** Most characters before the value on its line: a sender and a time ("[10/11/2026 12:01 PM] Yuki Fischer: "). */
const MAX_LEAD = 48;
/** Lines looked at above the answer's, blank ones included: a sender's line and the message's. */
const MAX_LINES_UP = 3;
/** Characters of the message read, at most, back from its end or its question mark. */
const MAX_QUESTION = 160;
/** Longest line that is only a sender and a time ("(843) 609-5014, [Apr 2, 2026 at 8:07:19 AM]:"). */
const MAX_HEADER = 64;
/**
 * Longest line read above an answer: a chat's messages are short. Every scan here stays within its
 * line and this bound — asked of every value without words near it, a search to the text's start
 * or end made a text of such values quadratic.
 */
const MAX_LINE = 400;

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
  for (let p = from + 1; p < to - 2; p++) {
    if (text.charCodeAt(p) !== 58 || !isDigit(text.charCodeAt(p - 1)) || !isDigit(text.charCodeAt(p + 2))) continue;
    const a = text.charCodeAt(p + 1);
    if (a < 48 || a > 53) continue;
    let e = p + 3;
    if (text.charCodeAt(e) === 58 && isDigit(text.charCodeAt(e + 1)) && isDigit(text.charCodeAt(e + 2))) e += 3;
    const m = text.charCodeAt(e) === 32 ? e + 1 : e;
    const half = text.charCodeAt(m) | 32;
    if ((half === 97 || half === 112) && (text.charCodeAt(m + 1) | 32) === 109) e = m + 2;
    return e;
  }
  return -1;
}

/** Where the line holding the character before `end` starts, or -1 when it is longer than `most`. */
function lineStart(text: string, end: number, most: number): number {
  for (let p = end - 1; p >= 0 && end - p <= most; p--) if (text.charCodeAt(p) === 10) return p + 1;
  return end <= most ? 0 : -1;
}

/** The last "?" in text[from, to), or -1. */
function questionMark(text: string, from: number, to: number): number {
  for (let p = to - 1; p >= from; p--) if (text.charCodeAt(p) === 63) return p;
  return -1;
}

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
  for (let p = from; p < e - 3; p++) if (text.charCodeAt(p) === 58 && text.charCodeAt(p + 1) === 32) return false;
  let end = to;
  while (end > from && text.charCodeAt(end - 1) === 32) end--;
  const last = text.charCodeAt(end - 1);
  // Ends with a colon, a bracket, or the time itself ("Sofia Brennan  5:31 PM").
  return last === 58 || last === 93 || end === e;
}

/** Longest filler message: "one sec", "ok hold on, getting my card". */
const MAX_FILLER = 40;

/**
 * Whether the line [from, to) is a chat's message that only fills a pause: after a sender and a
 * time, a short text with no question, no number and no address, which answers nothing.
 */
function fillerMessage(text: string, from: number, to: number): boolean {
  const e = timeEnd(text, from, to);
  if (e < 0 || !chatLead(text, from, to)) return false;
  const colon = text.indexOf(': ', e);
  const body = colon >= 0 && colon < to ? colon + 2 : e;
  if (to - body > MAX_FILLER) return false;
  for (let p = body; p < to; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c) || c === 63 || c === 64) return false;
  }
  return true;
}

/**
 * The message [from, to) that the value at `start` answers: on one of the few lines right above
 * the line the value opens, the nearest one that is not a chat's header, when it asks a question or
 * the answer is a chat's. Null when the value answers nothing.
 * With `skip` > 0, in a chat only, the message that many messages further up, past fillers: an
 * answer may come after a pause ("can you send me her social?" — "one sec" — "104-21-4421").
 */
export function chatQuestionAbove(text: string, start: number, skip = 0): readonly [number, number] | null {
  if (text !== askingText) readQuestionsOf(text);
  if (asks < 0) asks = text.indexOf('?') >= 0 || timeEnd(text, 0, text.length) >= 0 ? 1 : 0;
  if (asks === 0) return null;
  const ls = lineStart(text, start, MAX_LEAD);
  if (ls <= 0) return null;
  let chat = chatLead(text, ls, start);
  if (skip > 0 && !chat) return null;
  let end = ls - 1;
  for (let lines = 0; lines < MAX_LINES_UP * (skip + 1) && end > 0; lines++) {
    const from = lineStart(text, end, MAX_LINE);
    if (from < 0) return null;
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
    if (skip > 0) {
      // A message passed over is a chat's line and only a filler ("one sec", "ok hold on").
      if (!fillerMessage(text, from, end)) return null;
      skip--;
      end = from - 1;
      continue;
    }
    const mark = questionMark(text, from, end);
    if (mark >= 0) return [Math.max(from, mark - MAX_QUESTION), mark];
    return chat ? [Math.max(from, end - MAX_QUESTION), end] : null;
  }
  return null;
}
