/**
 * The CMS-1500 health insurance claim form as its text reaches the gateway (a claim printed to
 * PDF, a billing system's text export): its NPI boxes are lettered sub-boxes whose label, "NPI",
 * is printed in the form's rule, not beside the number — box 32a (service facility) and 33a
 * (billing provider) hold "a. 1014564144". (Box 17b and column 24J print "NPI" beside theirs.)
 */

/** Whether the text is a CMS-1500 claim: its form number or its title, as printed on the form. */
export function isClaimForm(text: string): boolean {
  const at = text.indexOf('1500');
  if (at < 0) return false;
  return /\b(?:FORM 1500|CMS-1500|HCFA-1500)\b/i.test(text) || /HEALTH INSURANCE CLAIM FORM/i.test(text);
}

/** Most characters between a box's letter and its value ("a.", spaces). */
const MAX_GAP = 6;

/**
 * Whether the value at `start`, in a claim form's text, fills an NPI sub-box: right after "a."
 * standing alone (32a, 33a; a numbered box's own "1a." or "9a." is no NPI box), "32a." or "33a.".
 */
export function inNpiBox(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && start - 1 - p < MAX_GAP && text.charCodeAt(p) === 32) p--;
  if (p === start - 1 || text.charCodeAt(p) !== 46) return false;
  if (text.charCodeAt(p - 1) !== 97) return false;
  const before = text.charCodeAt(p - 2);
  return before === 32 || before === 10 || Number.isNaN(before) || text.startsWith('32', p - 3) || text.startsWith('33', p - 3);
}
