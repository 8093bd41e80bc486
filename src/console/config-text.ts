/**
 * The configuration as readable appliance-style text: a heading per section, then `Key: value`
 * lines indented under their parent. Walking the data generically keeps new schema fields visible
 * without touching this file. Secrets (any key naming a password or secret) are always masked.
 */
import type { ApplianceConfig } from '../engine/config/schema/index.ts';

/** Section headings, in the appliance's words. */
const SECTION_TITLES: Record<keyof ApplianceConfig, string> = {
  appliance: 'Appliance',
  encryption: 'Email Encryption Global Settings',
  resLink: 'Cisco Registered Envelope Service Account',
  dlp: 'Data Loss Prevention',
  quarantines: 'Policy, Virus and Outbreak Quarantines',
  outgoingPolicies: 'Outgoing Mail Policies',
  textResources: 'Text Resources',
  destinationControls: 'Destination Controls',
};

/** Labels where splitting the key's words would read badly. */
const LABELS: Record<string, string> = {
  asyncOsVersion: 'AsyncOS Version',
  serialNumber: 'Serial Number',
  adminEmail: 'Email Address of the Encryption Account Administrator',
  maxMessageSize: 'Maximum Message Size to Encrypt',
  licenseAccepted: 'License Agreement Accepted',
  keyService: 'Key Service',
  usedByRoles: 'Used By (Roles)',
  queueTimeoutSeconds: 'Queue Timeout (seconds)',
  matchedContentLogging: 'Matched Content Logging',
  minimumTotalScore: 'Minimum Total Score',
  readReceipts: 'Return Receipts',
  localKeyServer: 'Local Key Server',
  payloadUrl: 'Payload URL',
  resLink: 'Registered Envelope Service Account',
  tls: 'TLS',
  dlp: 'DLP',
  addXHeader: 'Add X-Header',
};

/** True for keys whose values must never be printed. */
export const isSecretKey = (key: string): boolean => /password|secret|passphrase|token/i.test(key);

/** `queueTimeout` → `Queue Timeout`. */
export function labelFor(key: string): string {
  return LABELS[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

const LONG_TEXT = 70;

/** A scalar as text: booleans as Yes/No, blanks and nulls named, long or multi-line text shortened. */
function scalar(key: string, value: unknown): string {
  if (isSecretKey(key)) return value === '' || value === null || value === undefined ? '(not set)' : '******** (masked)';
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    if (value === '') return '(blank)';
    const first = value.split('\n')[0];
    return first.length > LONG_TEXT || first !== value ? `${first.slice(0, LONG_TEXT)}… (${value.length} characters)` : value;
  }
  return String(value);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The lines for one value under `key`, indented by `depth` levels. */
export function valueLines(key: string, value: unknown, depth: number): string[] {
  const pad = '    '.repeat(depth);
  const label = labelFor(key);
  if (isPlainObject(value)) return [`${pad}${label}:`, ...objectLines(value, depth + 1)];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}${label}: None`];
    if (value.every((v) => !isPlainObject(v) && !Array.isArray(v)))
      return [`${pad}${label}: ${value.map((v) => scalar(key, v)).join(', ')}`];
    return [`${pad}${label}:`, ...value.flatMap((item, i) => itemLines(item, i, depth + 1))];
  }
  return [`${pad}${label}: ${scalar(key, value)}`];
}

/** Every field of an object. */
export function objectLines(obj: Record<string, unknown>, depth: number): string[] {
  return Object.entries(obj).flatMap(([k, v]) => valueLines(k, v, depth));
}

/** A list entry: titled by its name (or number), its other fields beneath. */
function itemLines(item: unknown, index: number, depth: number): string[] {
  const pad = '    '.repeat(depth);
  if (!isPlainObject(item)) return [`${pad}${index + 1}. ${scalar('', item)}`];
  const title = typeof item.name === 'string' ? item.name : typeof item.destination === 'string' ? item.destination : `#${index + 1}`;
  const { name: _name, ...rest } = item;
  return [`${pad}${index + 1}. ${title}`, ...objectLines(rest, depth + 1)];
}

/** The whole configuration, section by section. */
export function configText(config: ApplianceConfig): string[] {
  const lines: string[] = [];
  for (const [section, value] of Object.entries(config) as [keyof ApplianceConfig, unknown][]) {
    const title = SECTION_TITLES[section] ?? labelFor(section);
    lines.push(title, '='.repeat(title.length));
    if (isPlainObject(value)) lines.push(...objectLines(value, 0));
    else if (Array.isArray(value)) lines.push(...(value.length ? value.flatMap((item, i) => itemLines(item, i, 0)) : ['None']));
    lines.push('');
  }
  return lines;
}
