/** Credit Card Number: all major brands by prefix and length, Luhn check digit; a lone number needs supporting information. */
import type { CandidateSink, ClassifierDef } from './types.ts';
import { describeNumber, forEachNumber, layout, SPACE, DASH, DOT, type NumberMatch } from '../scan/numbers.ts';
import { luhn } from '../scan/checksums.ts';
import { expiryDate } from '../scan/supporting.ts';
import { allSame, NUMBER_NEGATIVES } from './common.ts';
import { shared } from '../scan/shared-values.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';
import { keptList } from '../scan/kept-list.ts';

const LAYOUTS = [
  layout('4-4-4-4-3', SPACE | DASH),
  layout('4-4-4-4', SPACE | DASH | DOT),
  layout('4-6-5', SPACE | DASH),
  layout('4-6-4', SPACE | DASH),
  layout('13..19'),
];

/**
 * Groupings card numbers are not printed in: a Visa in two eights, an American Express in fours,
 * sixteen digits typed with a space missed ("6011 8630 38185471").
 * Written so, a number counts only near a card word, so they are looked for only in a text with
 * one: after the printed layouts, so a token a printed layout took is not read again.
 */
const ODD_LAYOUTS = new Set([layout('8-8'), layout('4-4-4-3'), layout('4-4-8'), layout('4-8-4'), layout('8-4-4')]);
const WITH_ODD_LAYOUTS = [...LAYOUTS, ...ODD_LAYOUTS];

/** The issuer a card number's prefix and length belong to, or null. */
export function cardBrand(d: string, at = 0, n = d.length - at): string | null {
  // The leading digits as numbers, from character codes (this runs on every long number).
  const d0 = d.charCodeAt(at) - 48;
  const p2 = d0 * 10 + d.charCodeAt(at + 1) - 48;
  const p3 = p2 * 10 + d.charCodeAt(at + 2) - 48;
  const p4 = p3 * 10 + d.charCodeAt(at + 3) - 48;
  const p6 = (p4 * 10 + d.charCodeAt(at + 4) - 48) * 10 + d.charCodeAt(at + 5) - 48;
  if (d0 === 4 && (n === 13 || n === 16 || n === 19)) return 'Visa';
  if (n === 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) return 'Mastercard';
  if (n === 15 && (p2 === 34 || p2 === 37)) return 'American Express';
  if (n >= 16 && (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925))) return 'Discover';
  if (n >= 14 && ((p3 >= 300 && p3 <= 305) || p4 === 3095 || p2 === 36 || p2 === 38 || p2 === 39)) return 'Diners Club';
  if (n >= 16 && p4 >= 3528 && p4 <= 3589) return 'JCB';
  if (n >= 16 && p4 >= 2200 && p4 <= 2204) return 'Mir';
  if (n >= 16 && p2 === 62) return 'UnionPay';
  // Maestro's issued ranges (and Dankort's 5019): not every number starting with a 6, as store
  // gift cards and other private-label numbers do, nor 5077, the US states' EBT benefit cards.
  if (
    n >= 12 &&
    ((p2 === 50 && p4 !== 5077) || (p2 >= 56 && p2 <= 58) || p4 === 6304 || p4 === 6390 || p4 === 6759 || (p4 >= 6761 && p4 <= 6763))
  )
    return 'Maestro';
  if (n === 15 && d0 === 1) return 'UATP';
  return null;
}

/** One validation text per brand (findings keep it). */
const validations = new Map<string, string>();
const validation = (brand: string): string => `${brand} prefix and length; Luhn check digit valid`;

/** Track 1 glues the format code to the card number (%B4111…^NAME^…): a token of "B" and 13–19 digits. */
const TRACK1_TOKEN = shapeSet(
  () => false,
  (length) => length >= 14 && length <= 20,
);
const TRACK1 = 'card number in magnetic stripe track 1';
const IN_TRACK = ['inside magnetic stripe track data'];

/** An expiry date nearby, or the number sits in track data (;PAN=… or %BPAN^…), which holds the expiry itself. */
function cardSupport(text: string, start: number, end: number): string[] {
  const inTrack =
    (text.charCodeAt(start - 1) === 59 && text.charCodeAt(end) === 61) ||
    (text.charCodeAt(start - 1) === 66 && text.charCodeAt(start - 2) === 37 && text.charCodeAt(end) === 94);
  const expiry = expiryDate(text, start, end);
  return inTrack ? keptList(...expiry, ...IN_TRACK) : expiry;
}

/** Offers the number as a card when its prefix, length and check digit are a card's. */
function cardNumber(m: NumberMatch, out: CandidateSink, text: string): boolean {
  const { numbers, at, count } = m;
  const brand = cardBrand(numbers, at, count);
  if (!brand || allSame(numbers, at, at + count) || !luhn(numbers, at, at + count)) return false;
  // (An airline's UATP card, fifteen digits from a 1, only beside a card's own word: most such
  // numbers in mail are identifiers, a census block's, a shipment's, and two of them side by side
  // speak for neither. A text of the number alone, a form's card field, is the card its shape says.)
  const needs = brand === 'UATP' && !isWholeText(text, m.start, m.end) ? 'own' : ODD_LAYOUTS.has(m.layout);
  out.add(m.start, m.end, 5, describeNumber(m), shared(validations, brand, validation), needs);
  return true;
}

/** Whether text[start, end) is all the text holds but white space. */
const isWholeText = (text: string, start: number, end: number): boolean =>
  text.slice(0, start).trim() === '' && text.slice(end).trim() === '';

/** The words that name a card's number only as an issuer's account ("account number"). */
const ACCOUNT_WORDS: ReadonlySet<string> = new Set(['account number', 'account_number']);
/** A major network's card as its issuers number it: Visa, Mastercard, American Express or Discover, at its usual length. */
const MAJOR_CARD = /^(?:4\d{15}|5[1-5]\d{14}|2(?:2[2-9]|[3-6]\d|7[01])\d{13}|2720\d{12}|3[47]\d{13}|6(?:011|5\d\d)\d{12})$/;

/**
 * Whether a card's number named only as an account ("account number") is a bank's account that
 * passes a card's checksum by chance: only a major network's card at its usual length is read so.
 */
function accountNotACard(text: string, start: number, end: number, words: readonly string[]): boolean {
  if (words.length === 0 || !words.every((w) => ACCOUNT_WORDS.has(w))) return false;
  return !MAJOR_CARD.test(text.slice(start, end).replace(/\D/g, ''));
}

/** Cards that are no payment card's: a store's, a programme's, a state's benefits. */
const OTHER_CARDS = ['gift card', 'loyalty card', 'rewards card', 'membership card', 'ebt card', 'snap card', 'benefits card'];

/** The words naming a card's number. */
const CARD_CONTEXT = [
  // A card's number is its account number to the issuer and in a card programme's feed
  // ("account_number,cardholder_email,post_date,…,mcc,amount"); a bank's account passes a card's
  // checksum, prefix and length only by chance.
  'account number',
  'account_number',
  'credit card',
  'credit crd',
  'creditcard',
  'crd',
  'card',
  'cards',
  'card number',
  'card num',
  'pan',
  'card no',
  'card #',
  'visa',
  'mastercard',
  'master card',
  'amex',
  'american express',
  'discover card',
  'diners club',
  'jcb',
  'maestro',
  'unionpay',
  'uatp',
  'expiry',
  'expiration',
  'exp date',
  'expires',
  'cvv',
  'cvc',
  'cardholder',
  'card holder',
  'payment card',
  // As forms and payloads abbreviate it: "CC#", a "cc_number" key.
  'cc number',
  'cc no',
  'cc#',
  'cc num',
  'debit card',
  'ccn',
  // A card network's prepaid and gift cards are its payment cards ("The Visa gift card 4268 …"),
  // unlike a store's own.
  'visa gift card',
  'mastercard gift card',
  'amex gift card',
  'prepaid card',
  'prepaid debit card',
];

export const creditCard: ClassifierDef = {
  id: 'credit-card',
  name: 'Credit Card Number',
  description:
    'Payment card numbers of the major brands (Visa, Mastercard, American Express, Discover, Diners Club, JCB, UnionPay, Maestro) with a valid Luhn check digit. A lone number needs supporting information: an expiry date, the issuer name or a second card number.',
  context: CARD_CONTEXT,
  // The words that name a card itself, not its issuer's account: an airline's UATP card counts only beside one.
  ownWords: CARD_CONTEXT.filter((w) => !ACCOUNT_WORDS.has(w)),
  // A store's own cards share the layout and the check digit: no payment card's data.
  heldElsewhere: (text, start, end, _header, _ix, _after, words) => accountNotACard(text, start, end, words),
  negative: [
    ...NUMBER_NEGATIVES,
    'gift certificate',
    'store credit',
    'ebt',
    ...OTHER_CARDS,
    // (Each by its whole name too, so that "card number" inside it names no payment card: "my EBT
    // card number is 5076 …".)
    ...OTHER_CARDS.flatMap((card) => [`${card} number`, `${card} no`, `${card} #`]),
  ],
  contextScore: 80,
  pairWithin: 200,
  checksum: true,
  supporting: cardSupport,
  find(ix, ctx, out) {
    forEachNumber(ix, ctx.contextHits().length > 0 ? WITH_ODD_LAYOUTS : LAYOUTS, (m) => cardNumber(m, out, ix.text));
    const { text } = ix;
    const { tokens, from, to } = tokensOfShape(ix, TRACK1_TOKEN);
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      const s = ix.tokStart[k];
      const e = ix.tokEnd[k];
      if (text.charCodeAt(s) !== 66 || text.charCodeAt(s - 1) !== 37 || ix.tokDigits[k] !== e - s - 1) continue;
      const digits = text.slice(s + 1, e);
      const brand = cardBrand(digits);
      if (!brand || allSame(digits) || !luhn(digits)) continue;
      out.add(s + 1, e, 5, TRACK1, shared(validations, brand, validation));
    }
  },
};
