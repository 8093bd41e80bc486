/** Word lists several classifiers share. */

/** Words that say a number is an order, a parcel or a ticket rather than personal data. */
export const NUMBER_NEGATIVES = [
  'order',
  'orders',
  'invoice',
  'tracking',
  'shipment',
  'parcel',
  'package',
  'confirmation',
  'ticket',
  'case',
  'sku',
  'serial',
  'isbn',
  'part',
  'model',
  'po',
  'purchase order',
  'reference',
  'ref',
  'booking',
  'reservation',
  'fax',
] as const;

/** True when every character of s[from, to) is the same (e.g. 000000000), which no issuer assigns. */
export function allSame(s: string, from = 0, to = s.length): boolean {
  // A loop, not split/every: this runs on every long digit run and must not allocate.
  const c0 = s.charCodeAt(from);
  for (let i = from + 1; i < to; i++) if (s.charCodeAt(i) !== c0) return false;
  return true;
}

const NOTHING: readonly string[] = Object.freeze([]);

/** The supporting information several finders found, as one list (a new array only when two found something). */
export function joined(...lists: readonly (readonly string[])[]): string[] {
  let out: readonly string[] = NOTHING;
  for (const l of lists) if (l.length) out = out.length ? [...out, ...l] : l;
  return out as string[];
}
