/**
 * Appliance serial numbers as the real appliances print them. A virtual appliance's serial is
 * 20 hex characters, a hyphen and 12 hex characters; a hardware appliance's is usually a
 * 12-hex-digit identifier, a hyphen and the chassis serial, but hardware serials vary by model and
 * age, so any plausible one is accepted. Only what is recognisably a licence number (VLN) or an
 * activation key (PAK), or cannot be a serial at all, is refused where a serial is required.
 */

const VIRTUAL_SERIAL = /^[0-9A-F]{20}-[0-9A-F]{12}$/;
/** A chassis serial on its own: three letters, four digits, four letters or digits (e.g. FCH1234ABCD). */
const CHASSIS_SERIAL = /^[A-Z]{3}[0-9]{4}[A-Z0-9]{4}$/;
/** Plausible hardware serials: letters, digits and hyphens, 8–64 characters, with a digit. */
const PLAUSIBLE_SERIAL = /^(?=.*[0-9])[0-9A-Z][0-9A-Z-]{6,62}[0-9A-Z]$/;
/** The first half of a virtual serial, without its hyphen and last 12 characters. */
const TRUNCATED_VIRTUAL = /^[0-9A-F]{20}-?$/;
/** Virtual licence numbers are issued as VLN followed by digits and letters. */
const VLN = /^VLN[0-9A-Z]{6,}$/;
/** Product activation keys are 11 characters, often with a dash, e.g. 1AB2C3D4E5F. */
const PAK = /^[0-9A-Z]{11}$|^[0-9A-Z]{4,6}-[0-9A-Z]{4,6}$/;

/** What a string given as a serial number turned out to be. */
export type SerialKind = 'virtual' | 'hardware' | 'vln' | 'pak' | 'malformed';

/** Classifies a string offered as an appliance serial number (case does not matter). */
export function classifySerial(raw: string): SerialKind {
  const s = raw.trim().toUpperCase();
  if (VIRTUAL_SERIAL.test(s)) return 'virtual';
  if (VLN.test(s)) return 'vln';
  if (CHASSIS_SERIAL.test(s)) return 'hardware';
  if (PAK.test(s)) return 'pak';
  if (TRUNCATED_VIRTUAL.test(s)) return 'malformed';
  if (PLAUSIBLE_SERIAL.test(s)) return 'hardware';
  return 'malformed';
}

/** True for a complete appliance serial number. */
export const isSerialNumber = (s: string): boolean => {
  const kind = classifySerial(s);
  return kind === 'virtual' || kind === 'hardware';
};

/** Makes a virtual-appliance serial from a random source (deterministic when the source is). */
export function makeVirtualSerial(random: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789ABCDEF'[Math.floor(random() * 16)]).join('');
  return `${hex(20)}-${hex(12)}`;
}
