/** The written shapes of IP addresses, for the classifier and for the rewriting that must leave them alone. */

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** True for a dotted quad of 0–255. */
export function isIPv4(s: string): boolean {
  const p = s.split('.');
  return p.length === 4 && p.every((x) => /^\d{1,3}$/.test(x) && Number(x) <= 255);
}

/** True for an IPv6 address (one "::" at most, 8 groups when uncompressed, optional trailing IPv4). */
export function isIPv6(addr: string): boolean {
  let s = addr;
  const last = s.lastIndexOf(':');
  if (last < 0) return false;
  if (s.indexOf('.', last) >= 0) {
    if (!isIPv4(s.slice(last + 1))) return false;
    s = `${s.slice(0, last + 1)}0:0`;
  }
  const dbl = s.indexOf('::');
  let groups: string[];
  if (dbl >= 0) {
    if (s.indexOf('::', dbl + 1) >= 0) return false;
    const left = s.slice(0, dbl);
    const right = s.slice(dbl + 2);
    groups = [...(left ? left.split(':') : []), ...(right ? right.split(':') : [])];
    if (groups.length > 7) return false;
  } else {
    groups = s.split(':');
    if (groups.length !== 8) return false;
  }
  return groups.every((g) => HEX_GROUP.test(g));
}
