/** UK NHS Number: ten digits (3-3-4), mod 11 check digit. */
import type { ClassifierDef } from './types.ts';
import { describeNumber, forEachNumber, layout, SPACE, DASH } from '../scan/numbers.ts';
import { nhsMod11 } from '../scan/checksums.ts';
import { allSame, BARE, nanpPart, NUMBER_NEGATIVES } from './common.ts';

/** Built once: layouts are parsed at load, not per scan. */
const LAYOUTS = [layout('3-3-4', SPACE | DASH), layout('10')];

/** The service's own words, read back from a dialable value. */
const OWN_BEFORE = /\b(?:nhs|national health|health service)\b/i;
/** A patient's or a hospital's word, which raises an NHS number and a clinic's phone alike. */
const HEALTH_WORD = /\b(?:patient|hospital|gp)\b/i;
/** How far back they are read: a label's reach. */
const OWN_REACH = 60;

/**
 * Whether the value at [start, end) is a North American phone number (grouped 3-3-4 with an area
 * code and exchange that can be dialled) with none of the NHS's own words before it: beside a
 * patient's or a hospital's word it is a US clinic's line ("Treating hospital: Prairie Wind Animal
 * Clinic, 724-588-1545"). Without any such word it stays a bare shape.
 */
function dialedNotNhs(text: string, start: number, end: number, header: readonly [number, number] | null): boolean {
  if (end - start !== 12 || !nanpPart(text, start) || !nanpPart(text, start + 4)) return false;
  // (A column headed by the service's word is its numbers': "patient,nhs_number,dob".)
  if (header !== null && /nhs/i.test(text.slice(header[0], header[1]))) return false;
  const before = text.slice(Math.max(0, start - OWN_REACH), start);
  return !OWN_BEFORE.test(before) && HEALTH_WORD.test(`${before} ${text.slice(end, end + OWN_REACH)}`) && !britishMail(text);
}

/** The text last asked about, and whether it is British: the NHS named, a UK address or dialling code. */
let mailText: string | null = null;
let mailBritish = false;
const BRITISH = /\bNHS\b|\.(?:co|org|nhs)\.uk\b|\+44[ (]/;
function britishMail(text: string): boolean {
  if (text !== mailText) mailBritish = BRITISH.test(text);
  // The very string (an equal one would be compared character by character at every call).
  mailText = text;
  return mailBritish;
}

export const ukNhs: ClassifierDef = {
  id: 'uk-nhs',
  name: 'UK NHS Number',
  description: 'NHS numbers of England, Wales and the Isle of Man: ten digits, usually grouped 3-3-4, with a mod-11 check digit.',
  context: ['nhs', 'nhs number', 'nhs no', 'national health', 'health service', 'patient', 'hospital', 'gp'],
  negative: [...NUMBER_NEGATIVES, 'phone', 'tel', 'mobile'],
  contextScore: 80,
  checksum: true,
  heldElsewhere: (text, start, end, header) => dialedNotNhs(text, start, end, header),
  find(ix, _ctx, out) {
    forEachNumber(ix, LAYOUTS, (m) => {
      if (allSame(m.numbers, m.at, m.at + m.count) || !nhsMod11(m.numbers, m.at)) return false;
      // One ten-digit number in eleven passes, however it is grouped: alone it is only a shape (a
      // meeting or member ID written solid, a phone number or an insurer's claim grouped 3-3-4 as
      // NHS numbers are, "claim 089-125-7241"). It is an NHS number beside an NHS word.
      out.add(m.start, m.end, BARE, describeNumber(m), 'mod 11 check digit valid');
      return true;
    });
  },
};
