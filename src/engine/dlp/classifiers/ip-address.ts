/** IP Address: IPv4 dotted quads and IPv6 (compressed, zone, embedded IPv4), with an optional /prefix. */
import type { ClassifierDef } from './types.ts';
import { BARE, VERSION_NEGATIVES } from './common.ts';
import { SEP_DOT, type TextIndex } from '../scan/text-index.ts';
import { allDigits } from '../scan/numbers.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';
import { isLetter } from '../scan/char-codes.ts';
import { isIPv6 } from '../scan/ip-shapes.ts';

/** A dotted quad starts a chain of at least four all-digit tokens joined by dots, the first of one to three digits. */
const QUAD_START = shapeSet((digits, chain, sep) => digits <= 3 && chain >= 4 && sep === SEP_DOT);

const isHexOrSep = (c: number): boolean => (c >= 48 && c <= 58) || ((c | 32) >= 97 && (c | 32) <= 102) || c === 46;
const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Token k as a part of a dotted quad: one to three digits, at most 255 (what isIPv4 checks, read from the text). */
function quadPart(ix: TextIndex, k: number): boolean {
  return allDigits(ix, k) && ix.tokEnd[k] - ix.tokStart[k] <= 3 && partValue(ix, k) <= 255;
}

/**
 * Whether a character beside "::" leaves it standing apart: none (NaN), white space, a bracket,
 * a quote, a comma, full stop or semicolon, or what joins a key to it or it to a prefix ("src=::", "::/0").
 */
const APART = new Set([40, 41, 91, 93, 60, 62, 34, 39, 44, 46, 59, 61, 47]);
const standsApart = (c: number): boolean => !(c > 32) || APART.has(c);

/**
 * Whether a name of letters (hyphens between them) standing alone ends at the slash at `slash`:
 * a product's, as user agents and app logs write them ("Chrome/", "client ios/", "portal-web/"),
 * not a path's segment ("/srv/10.0.0.5", "example.com/…").
 */
function productName(text: string, slash: number): boolean {
  let p = slash;
  while (
    p > 0 &&
    slash - p < 24 &&
    (isLetter(text.charCodeAt(p - 1)) || (text.charCodeAt(p - 1) === 45 && isLetter(text.charCodeAt(p - 2))))
  )
    p--;
  const before = p === 0 ? 32 : text.charCodeAt(p - 1);
  return (
    slash - p >= 3 &&
    isLetter(text.charCodeAt(p)) &&
    // (Or quoted, as a log prints a user agent: ua="Chrome/7.3.31.143".)
    (before === 32 || before === 9 || before === 10 || before === 61 || before === 40 || before === 34 || before === 39)
  );
}

/** An app's build for a platform right before a quad, as a device log prints it ("murmur-android 22.0.13.131"). */
const PLATFORM_BUILD_BEFORE = /[a-z]-(?:android|ios|ipados|macos|mac|windows|win|linux|web|desktop) $/i;

/** An address's word shortly before the unspecified address "::" ("use local ipv6 ::", "bind to ::", "listen [::]"). */
const UNSPECIFIED_WORD_BEFORE = /\b(?:ipv6|ip|address|addr|listen|listening|bind|bound|host|route|src|dst)\b[^\n]*$/i;

/** Length of a "/prefix" suffix at p (digits after a slash), or 0. */
function prefixLength(text: string, p: number): number {
  if (text.charCodeAt(p) !== 47) return 0;
  let q = p + 1;
  while (q < text.length && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
  return q > p + 1 && !isWord(text.charCodeAt(q)) ? q - p : 0;
}

/** Token k's value, read from the text (an all-digit token of a few digits). */
function partValue(ix: TextIndex, k: number): number {
  let v = 0;
  for (let i = ix.tokStart[k]; i < ix.tokEnd[k]; i++) v = v * 10 + ix.text.charCodeAt(i) - 48;
  return v;
}

/** The octets a netmask may hold: its ones contiguous from the left. */
const MASK_OCTETS = new Set([0, 128, 192, 224, 240, 248, 252, 254, 255]);

/**
 * Whether the quad at token k is a netmask: 255, then octets of ones from the left and zeros after
 * them. (Not 255.255.255.255, the broadcast address.)
 */
function isNetmask(ix: TextIndex, k: number): boolean {
  if (partValue(ix, k) !== 255) return false;
  let zeros = false;
  for (let q = k + 1; q <= k + 3; q++) {
    const v = partValue(ix, q);
    if (!MASK_OCTETS.has(v) || (zeros && v !== 0)) return false;
    if (v !== 255) zeros = true;
  }
  return zeros;
}

/** The public resolvers, written as small numbers as versions are, and addresses all the same ("DNS 8.8.8.8"). */
const RESOLVERS = new Set(['1.1.1.1', '1.0.0.1', '8.8.8.8', '8.8.4.4', '9.9.9.9', '4.2.2.1', '4.2.2.2']);

/**
 * Whether the quad at token k is shaped as a version is numbered: a small major, minor and patch
 * ("engine 7.1.20.177", "GlobalProtect 6.5.2.13"). Among addresses this shape is rare (one in
 * some hundreds of random ones), among versions the rule; 10.x, a private network's, is left an
 * address.
 */
function versionShaped(ix: TextIndex, k: number): boolean {
  const major = partValue(ix, k);
  return major >= 1 && major <= 45 && major !== 10 && partValue(ix, k + 1) <= 20 && partValue(ix, k + 2) <= 60;
}

/** A list item's lead at a line's start: spaces, a bullet or a dash. */
const ITEM_LEAD = /^[ \t]*(?:[-*•·][ \t]+)?$/;
/** Most characters of a list's line read for its item. */
const LINE_READ = 200;
/** A line opening with a dotted quad, as a list item. */
const QUAD_ITEM = /^[ \t]*(?:[-*•·][ \t]+)?\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![.\d])/;

/**
 * Whether the quad at s opens a line of a list of quads ("  - 45.199.22.182   primary bot box\n
 * - 42.16.32.4   home"): a list of addresses, as no list of versions is written.
 */
function inQuadList(text: string, s: number): boolean {
  let lineStart = s;
  while (lineStart > 0 && s - lineStart <= 8 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if ((lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) || !ITEM_LEAD.test(text.slice(lineStart, s))) return false;
  // (Each line read only as far as an item's lead and a quad: a long line is not searched through.)
  if (lineStart > 0) {
    const above = text.slice(Math.max(0, lineStart - 1 - LINE_READ), lineStart - 1);
    const aboveStart = above.lastIndexOf('\n') + 1;
    if ((aboveStart > 0 || lineStart - 1 - LINE_READ <= 0) && QUAD_ITEM.test(above.slice(aboveStart))) return true;
  }
  const rest = text.slice(s, s + LINE_READ);
  const below = rest.indexOf('\n');
  return below >= 0 && QUAD_ITEM.test(text.slice(s + below + 1, s + below + 40));
}

/**
 * Firmware's or software's word right before a quad, as an inventory prints it ("fw 11.9.31.249",
 * "Gateway software 10.1.24.127"), or the version it replaced in brackets ("(previous 9.1.5.54)"):
 * a version. (Not a forward's "FW:", whose colon says it heads a subject.)
 */
const FIRMWARE_BEFORE = /(?<![A-Za-z-])(?:fw|sw|software)(?: ?= ?| v?| ver )$|\((?:previous|prior) v?$/i;

/** The words that name an address. */
const IP_WORDS = [
  'ip',
  'ip address',
  // A message's sending client, as mail headers and their exports name it ("X-Originating-IP").
  'originating ip',
  'server',
  'host',
  'gateway',
  'subnet',
  'address',
  'firewall',
  'dns',
  // A DHCP server's lease of an address ("lease 172.30.94.139 { starts …").
  'dhcp',
  'lease',
  'proxy',
  'router',
  'vpn',
  'src',
  'dst',
  'source',
  'destination',
  'client',
  'connection',
  'blocked',
  // A firewall rule's destination column, a device's management interface.
  'dest',
  'mgmt',
  // A sign-in log's address ("2026-07-18T05:56:41Z  login ok  25.224.139.21").
  'login',
  'logged in',
  'log in',
  'sign-in',
  'signed in',
];

export const ipAddress: ClassifierDef = {
  id: 'ip-address',
  name: 'IP Address',
  description:
    'IPv4 addresses (four numbers 0–255) and IPv6 addresses (full, compressed with ::, with a zone or an embedded IPv4 address), with an optional /prefix length.',
  context: IP_WORDS,
  // An address's words for a quad shaped as a version; not a client's, which names an app's
  // version as often ("client 20.6.32.197", "minimum client 45.5.6.21").
  ownWords: IP_WORDS.filter((w) => w !== 'client'),
  negative: VERSION_NEGATIVES,
  // A code's or a regulation's section in four levels ("Administrative Regulation 16.8.101.6",
  // "property maintenance code 11.27.225.1"): words of this classifier's only ("code" alone keys a log's field).
  quietNegative: [
    'regulation',
    'regulations',
    'ordinance',
    'statute',
    'section',
    'municipal code',
    'city code',
    'county code',
    'maintenance code',
  ],
  negativeLabels: true,
  contextScore: 60,
  address: true,
  find(ix, _ctx, out) {
    const { text } = ix;
    let consumed = -1;
    const { tokens, from, to } = tokensOfShape(ix, QUAD_START);
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      if (k <= consumed) continue;
      if (k > 0 && ix.link[k - 1] === SEP_DOT && k - 1 !== consumed) continue;
      if (!(quadPart(ix, k) && quadPart(ix, k + 1) && quadPart(ix, k + 2) && quadPart(ix, k + 3))) continue;
      const s = ix.tokStart[k];
      let e = ix.tokEnd[k + 3];
      e += prefixLength(text, e);
      // A fifth dotted number (an OID, a long version), another quad opening with 255, a product's
      // version ("Chrome/120.0.0.0" in a user agent) or firmware's is only an address's shape: reported when
      // this classifier is scanned alone, not as a type among others.
      const longer = ix.link[k + 3] === SEP_DOT && k + 4 < ix.tokStart.length && allDigits(ix, k + 4);
      // A host's name that opens with the quad, as a reverse lookup or a blocklist query writes it
      // ("88.157.184.179.zen.spamhaus.org", "…in-addr.arpa"): a name, no address.
      if (text.charCodeAt(ix.tokEnd[k + 3]) === 46 && isLetter(text.charCodeAt(ix.tokEnd[k + 3] + 1))) {
        consumed = k + 3;
        continue;
      }
      // A netmask, its ones contiguous ("mask 255.255.255.0", "255.255.240.0"): a network's size, no host.
      if (isNetmask(ix, k)) {
        consumed = k + 3;
        continue;
      }
      const product = text.charCodeAt(s - 1) === 47 && isLetter(text.charCodeAt(s - 2));
      // A product's version by its name ("ua=Chrome/9.1.9.149", "client ios/4.7.18.132") is a version
      // whatever words are near: no address at all.
      // (So is firmware's or software's, "tablet fw 22.0.27.147", "Scan tool asTech 4, SW 24.7.15.114".)
      if (
        (product && productName(text, s - 1)) ||
        FIRMWARE_BEFORE.test(text.slice(Math.max(0, s - 12), s)) ||
        PLATFORM_BUILD_BEFORE.test(text.slice(Math.max(0, s - 40), s))
      ) {
        consumed = k + 3;
        continue;
      }
      // Shaped as a version, it is an address only beside an address's own word ("from IP address 31.6.1.180").
      const asVersion = !longer && versionShaped(ix, k) && !RESOLVERS.has(text.slice(s, ix.tokEnd[k + 3])) && !inQuadList(text, s);
      const shapeOnly = longer || product || text.startsWith('255.', s) || FIRMWARE_BEFORE.test(text.slice(Math.max(0, s - 12), s));
      out.add(s, e, shapeOnly ? BARE : 30, 'IPv4 dotted quad', 'each part 0–255', asVersion ? 'own' : false);
      consumed = k + 3;
      // The rest of an OID's or a long version's dotted run is none of its own quads ("…1.2.13").
      if (longer) while (consumed + 1 < ix.tokStart.length && ix.link[consumed] === SEP_DOT) consumed++;
    }
    let runEnd = -1;
    for (const c of ix.colon) {
      if (c < runEnd) continue;
      let s = c;
      while (s > 0 && isHexOrSep(text.charCodeAt(s - 1))) s--;
      let e = c + 1;
      while (e < text.length && isHexOrSep(text.charCodeAt(e))) e++;
      runEnd = e;
      while (e > s && text.charCodeAt(e - 1) === 46) e--;
      if (s > 0 && isWord(text.charCodeAt(s - 1))) continue;
      // An address has "::" or seven colons: a time ("9:30") has one and is skipped without a slice.
      // "::" alone, the unspecified address, is one only standing apart ("use local ipv6 ::"); among
      // other punctuation it is a rule ("-::~:~::~" across a calendar entry).
      const second = text.indexOf(':', text.indexOf(':', s) + 1);
      if (second < 0 || second >= e || !isIPv6(text.slice(s, e))) continue;
      if (e - s === 2 && !(standsApart(text.charCodeAt(s - 1)) && standsApart(text.charCodeAt(e)))) continue;
      // (Between two words, only after an address's word: " :: " also parts a heading, "PHARMACY :: NEW PATIENT INTAKE".)
      if (
        e - s === 2 &&
        isWord(text.charCodeAt(s - 2)) &&
        isWord(text.charCodeAt(e + 1)) &&
        !UNSPECIFIED_WORD_BEFORE.test(text.slice(Math.max(0, s - 24), s))
      )
        continue;
      if (text.charCodeAt(e) === 37) {
        let z = e + 1;
        while (z < text.length && isWord(text.charCodeAt(z))) z++;
        if (z > e + 1) e = z;
      }
      e += prefixLength(text, e);
      if (isWord(text.charCodeAt(e))) continue;
      out.add(s, e, 30, 'IPv6 address', 'hex groups, at most one "::"');
    }
  },
};
