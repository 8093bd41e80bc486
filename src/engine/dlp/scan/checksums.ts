/** Check-digit algorithms used by the classifiers' validation (general definitions, reference §8.3). */

/** The digit at i (a top-level function, not a closure per call: these run on every candidate). */
const digitAt = (d: string, i: number): number => d.charCodeAt(i) - 48;

/** The number the digits d[from, to) spell (no string is made). */
export function digitsValue(d: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + digitAt(d, i);
  return v;
}

/** The Luhn sum of the digits d[from, to) (every second digit from the right doubled, less 9 when over 9). */
function luhnSum(d: string, from: number, to: number): number {
  let sum = 0;
  let dbl = false;
  for (let i = to - 1; i >= from; i--) {
    let v = digitAt(d, i);
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return sum;
}

/** Luhn (mod 10) over the digits d[from, to) (the whole string by default). */
export function luhn(d: string, from = 0, to = d.length): boolean {
  return luhnSum(d, from, to) % 10 === 0;
}

/** ABA routing transit number (the nine digits from d[at]): 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function abaChecksum(d: string, at = 0): boolean {
  const sum =
    3 * (digitAt(d, at) + digitAt(d, at + 3) + digitAt(d, at + 6)) +
    7 * (digitAt(d, at + 1) + digitAt(d, at + 4) + digitAt(d, at + 7)) +
    (digitAt(d, at + 2) + digitAt(d, at + 5) + digitAt(d, at + 8));
  return sum % 10 === 0;
}

/** A number mod 97 after one more character (a digit 0–9 or an upper-case letter, A=10…Z=35). */
export const mod97Step = (r: number, c: number): number => (c <= 57 ? r * 10 + (c - 48) : r * 100 + (c - 55)) % 97;

/** IBAN mod 97: move the first four characters to the end, letters A=10…Z=35, remainder 1. */
export function ibanMod97(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
    r = mod97Step(r, c);
  }
  return r === 1;
}

/** UK NHS number (the ten digits from d[at]): weights 10…2 on nine digits; 11 − (sum mod 11), 11 → 0, 10 is never issued. */
export function nhsMod11(d: string, at = 0): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += digitAt(d, at + i) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === digitAt(d, at + 9);
}

/** DEA registration digits: (d1+d3+d5) + 2·(d2+d4+d6); the last digit of the sum equals d7. */
export function deaChecksum(d: string): boolean {
  const sum = digitAt(d, 0) + digitAt(d, 2) + digitAt(d, 4) + 2 * (digitAt(d, 1) + digitAt(d, 3) + digitAt(d, 5));
  return sum % 10 === digitAt(d, 6);
}

/** CUSIP "double-add-double" over 8 characters (letters 10–35, * 36, @ 37, # 38) against the 9th. */
export function cusipCheck(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = s.charCodeAt(i);
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 65 && c <= 90) v = c - 55;
    else if (c === 42) v = 36;
    else if (c === 64) v = 37;
    else if (c === 35) v = 38;
    else return false;
    if (i % 2 === 1) v *= 2;
    sum += Math.floor(v / 10) + (v % 10);
  }
  return (10 - (sum % 10)) % 10 === s.charCodeAt(8) - 48;
}

/**
 * NPI: Luhn over the digits d[at, to) prefixed with the card issuer prefix 80840. Before ten
 * digits the prefix's three 8s count once and its 4 twice: it always adds 24, so no string is made.
 */
export function npiCheck(d: string, at = 0, to = d.length): boolean {
  return to - at === 10 ? (luhnSum(d, at, to) + 24) % 10 === 0 : luhn(`80840${d.slice(at, to)}`);
}

/** EAN-13's (and ISBN-13's) check: weights 1 and 3 alternating over the 13 digits, sum a multiple of 10. */
export function ean13Check(d: string, at = 0): boolean {
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (d.charCodeAt(at + i) - 48) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}
