/**
 * Appliance serial numbers as the real appliances print them. A virtual appliance's serial is
 * 20 hex characters, a hyphen and 12 hex characters; a hardware appliance's is a 12-hex-digit
 * identifier, a hyphen and the chassis serial. Licence numbers (VLN) and activation keys (PAK)
 * look different and are refused where a serial is required.
 */

const VIRTUAL_SERIAL = /^[0-9A-F]{20}-[0-9A-F]{12}$/;
const HARDWARE_SERIAL = /^[0-9A-F]{12}-[A-Z]{3}[0-9]{4}[A-Z0-9]{4}$/;
/** Virtual licence numbers are issued as VLN followed by digits and letters. */
const VLN = /^VLN[0-9A-Z]{6,}$/i;
/** Product activation keys are 11 characters, often with a dash, e.g. 1AB2C3D4E5F. */
const PAK = /^[0-9A-Z]{3}[0-9A-Z]{8}$|^[0-9A-Z]{4,6}-[0-9A-Z]{4,6}$/i;

/** What a string given as a serial number turned out to be. */
export type SerialKind = 'virtual' | 'hardware' | 'vln' | 'pak' | 'malformed';

/** Classifies a string offered as an appliance serial number. */
export function classifySerial(raw: string): SerialKind {
  const s = raw.trim();
  if (VIRTUAL_SERIAL.test(s)) return 'virtual';
  if (HARDWARE_SERIAL.test(s)) return 'hardware';
  if (VLN.test(s)) return 'vln';
  if (PAK.test(s) && !s.includes('@')) return 'pak';
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
