/**
 * Peer libraries, run on the same corpus and labelled cases for the entity types each supports:
 * redact-pii, @redactpii/node (both redact only, so spans are recovered by aligning the redacted
 * text with the original) and openredaction (reports positions).
 */
import { SyncRedactor } from 'redact-pii';
import { Redactor } from '@redactpii/node';
import { OpenRedaction } from 'openredaction';

type Span = readonly [number, number];

/** A peer: the ids it covers, a span detector per id, and its whole-text workload for throughput. */
export interface Peer {
  readonly name: string;
  readonly ids: readonly string[];
  detect(text: string, id: string): Promise<Span[]>;
  run(text: string): Promise<unknown>;
  /** Every span of every compared entity in one call (what `dlp scan --jsonl` reports for us). */
  spans(text: string): Promise<Span[]>;
}

const MARK = '\u0001';

/** Spans replaced by MARK in `redacted` (the original with some substrings replaced). */
export function alignSpans(original: string, redacted: string): Span[] {
  const pieces = redacted.split(MARK);
  const spans: Span[] = [];
  let pos = pieces[0].length;
  for (let k = 1; k < pieces.length; k++) {
    const next = pieces[k];
    const end = k === pieces.length - 1 && next === '' ? original.length : next === '' ? pos : original.indexOf(next, pos);
    if (end < pos) break;
    spans.push([pos, end]);
    pos = end + next.length;
  }
  return spans.filter(([s, e]) => e > s);
}

const REDACT_PII_ALL = [
  'names',
  'creditCardNumber',
  'emailAddress',
  'ipAddress',
  'phoneNumber',
  'usSocialSecurityNumber',
  'credentials',
  'password',
  'streetAddress',
  'username',
  'zipcode',
  'url',
  'digits',
];
const REDACT_PII_IDS: Readonly<Record<string, string>> = {
  'credit-card': 'creditCardNumber',
  'email-address': 'emailAddress',
  'ip-address': 'ipAddress',
  'us-phone': 'phoneNumber',
  'us-ssn': 'usSocialSecurityNumber',
};
const redactPiiWith = (enabled: readonly string[]) =>
  new SyncRedactor({
    globalReplaceWith: MARK,
    builtInRedactors: Object.fromEntries(REDACT_PII_ALL.map((a) => [a, { enabled: enabled.includes(a) }])) as never,
  });

/** redact-pii 3.x: regex redactors (names disabled: not an entity we compare). */
export function redactPii(): Peer {
  const per = new Map(Object.entries(REDACT_PII_IDS).map(([id, k]) => [id, redactPiiWith([k])]));
  const all = redactPiiWith(Object.values(REDACT_PII_IDS));
  return {
    name: 'redact-pii',
    ids: Object.keys(REDACT_PII_IDS),
    detect: async (text, id) => alignSpans(text, per.get(id)!.redact(text)),
    run: async (text) => all.redact(text),
    spans: async (text) => alignSpans(text, all.redact(text)),
  };
}

const REDACTPII_NODE_IDS: Readonly<Record<string, string>> = {
  'credit-card': 'CREDIT_CARD',
  'email-address': 'EMAIL',
  'us-phone': 'PHONE',
  'us-ssn': 'SSN',
};
const redactpiiNodeWith = (enabled: readonly string[]) =>
  new Redactor({
    rules: Object.fromEntries(['CREDIT_CARD', 'EMAIL', 'PHONE', 'SSN', 'NAME'].map((r) => [r, enabled.includes(r)])) as never,
    globalReplaceWith: MARK,
  });

/** @redactpii/node 1.x (names disabled). */
export function redactpiiNode(): Peer {
  const per = new Map(Object.entries(REDACTPII_NODE_IDS).map(([id, k]) => [id, redactpiiNodeWith([k])]));
  const all = redactpiiNodeWith(Object.values(REDACTPII_NODE_IDS));
  return {
    name: '@redactpii/node',
    ids: Object.keys(REDACTPII_NODE_IDS),
    detect: async (text, id) => alignSpans(text, per.get(id)!.redact(text)),
    run: async (text) => all.redact(text),
    spans: async (text) => alignSpans(text, all.redact(text)),
  };
}

/** openredaction's detection types → our ids. */
function openRedactionId(type: string): string | null {
  if (type === 'CREDIT_CARD') return 'credit-card';
  if (type === 'SSN') return 'us-ssn';
  if (type === 'EMAIL') return 'email-address';
  if (type === 'IBAN') return 'iban';
  if (type === 'ROUTING_NUMBER_US') return 'aba-routing';
  if (type.startsWith('PHONE')) return 'us-phone';
  if (/^IP(V4|V6|_ADDRESS)?$/.test(type)) return 'ip-address';
  return null;
}

/** openredaction 1.x with its default patterns (names disabled). */
export function openRedaction(): Peer {
  const r = new OpenRedaction({ includeNames: false } as never);
  return {
    name: 'openredaction',
    ids: ['credit-card', 'us-ssn', 'email-address', 'iban', 'aba-routing', 'us-phone', 'ip-address'],
    detect: async (text, id) => {
      const res = await r.detect(text);
      return res.detections.filter((d) => openRedactionId(d.type) === id).map((d) => [d.position[0], d.position[1]] as const);
    },
    run: (text) => r.detect(text),
    spans: async (text) => (await r.detect(text)).detections.map((d) => [d.position[0], d.position[1]] as const),
  };
}
