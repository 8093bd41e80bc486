/** An expiry right after a value on its line: the value is a document's number (a passport's, a licence's), not a person's lifelong one. */
const EXPIRY_AFTER =
  /^[ \t|,;(-]{1,8}(?:exp(?:ires?|iry|iration|\.)?|valid (?:until|thru|through))[ :.]{0,3}(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * Whether an expiry date follows the value ending at `end` ("Danielle Fairbanks  586327364  exp
 * 02/14/2029"): a guest manifest's passports, a roster's licences. An SSN never expires.
 */
export const expiresAfter = (text: string, end: number): boolean => EXPIRY_AFTER.test(text.slice(end, end + 24));
