/**
 * The global settings form's draft and its checks, kept out of the component so they read plainly.
 * The server validates again (and reports located issues); these only catch typos before Submit.
 */
import type { EncryptionSettings } from '../../engine/config/schema/index.ts';
import { isEmailAddress } from '../../engine/model/address.ts';
import { parseSize } from '../../engine/model/size.ts';

/** What Edit Settings… edits: the settings minus the profiles, plus a write-only new password. */
export interface SettingsDraft {
  enabled: boolean;
  licenseAccepted: boolean;
  adminEmail: string;
  maxMessageSize: string;
  proxy: Omit<EncryptionSettings['proxy'], 'password'>;
  /** Typed by the user; empty means "keep the stored password". */
  newPassword: string;
}

/** A blank draft (before Edit Settings…). */
export const emptyDraft = (): SettingsDraft => ({
  enabled: false,
  licenseAccepted: false,
  adminEmail: '',
  maxMessageSize: '10M',
  proxy: { enabled: false, type: 'HTTP', host: '', port: 80, username: '' },
  newPassword: '',
});

/** The draft for the current settings; the stored password is deliberately left out. */
export function toDraft(s: EncryptionSettings): SettingsDraft {
  const { password: _stored, ...proxy } = s.proxy;
  return {
    enabled: s.enabled,
    licenseAccepted: s.licenseAccepted,
    adminEmail: s.adminEmail,
    maxMessageSize: s.maxMessageSize,
    proxy: { ...proxy },
    newPassword: '',
  };
}

/** The same bounds as the schema: 1k to 100M. */
const MIN_SIZE = 1024;
const MAX_SIZE = 100 * 1024 ** 2;

/** A problem with the administrator address, or null. */
export const checkAdminEmail = (s: string): string | null =>
  s.trim() === '' || isEmailAddress(s.trim()) ? null : `“${s.trim()}” is not a valid email address.`;

/** A problem with the maximum size, or null. */
export function checkMaxSize(s: string): string | null {
  const bytes = parseSize(s);
  if (bytes === null) return 'Enter a size such as 10M or 512k.';
  if (bytes < MIN_SIZE || bytes > MAX_SIZE) return 'The size must be between 1k and 100M.';
  return null;
}
