/**
 * Deterministic serial numbers for the site's appliances: each host name seeds its own generator,
 * so esa2.example.com gets the same real-format serial in every run (tests, screenshots, lessons).
 */
import { mulberry32 as seededRandom } from '../model/random.ts';
import { makeVirtualSerial } from '../model/serial.ts';

/** A 32-bit hash of a string (FNV-1a). */
const hash = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/** The serial number a simulated virtual appliance with this host name has. */
export const serialFor = (hostname: string): string => makeVirtualSerial(seededRandom(hash(hostname.toLowerCase())));
