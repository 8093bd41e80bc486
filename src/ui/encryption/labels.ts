/**
 * The encryption pages' wording, as the appliance labels things, in one place so the table, the
 * form and the preview say the same. The one-line explanations tell a learner what the recipient
 * experiences at each envelope security level.
 */
import type { EncryptionProfile } from '../../engine/config/schema/index.ts';
import { queryHref } from '../address.ts';

/** Key service choices. */
export const KEY_SERVICES: Readonly<Record<EncryptionProfile['keyService'], string>> = {
  res: 'Cisco Registered Envelope Service',
  local: 'Cisco IronPort Encryption Appliance (in network)',
};

/** The hosted key service's address, fixed on the appliance. */
export const RES_URL = 'https://res.cisco.com';

/** Envelope Message Security choices with what the recipient experiences. */
export const SECURITY_LEVELS: readonly { value: EncryptionProfile['security']; label: string; explain: string }[] = [
  {
    value: 'high',
    label: 'High Security',
    explain: 'The recipient must enter the password every time the envelope is opened, even with “Remember me” ticked.',
  },
  {
    value: 'medium',
    label: 'Medium Security',
    explain: 'A registered recipient who ticked “Remember me on this computer” opens later envelopes without the password.',
  },
  {
    value: 'none',
    label: 'No Password Required',
    explain: 'Still encrypted, but opens without a password; replying or forwarding still needs a registered recipient.',
  },
];

/** The table's short label for a security level. */
export const securityLabel = (s: EncryptionProfile['security']): string => SECURITY_LEVELS.find((l) => l.value === s)?.label ?? s;

/** Key server transport choices (Key Server Settings > Advanced). */
export const TRANSPORTS: readonly { value: EncryptionProfile['keyServiceTransport']; label: string; explain: string }[] = [
  { value: 'http', label: 'Use the Key Service with HTTP', explain: 'The payload is already encrypted, so plain HTTP is faster.' },
  { value: 'https', label: 'Use the Key Service with HTTPS', explain: 'Transport encrypted as well.' },
  {
    value: 'separate-url',
    label: 'Specify a separate URL for payload transport',
    explain: 'Recipients post the payload to another address.',
  },
];

/** Encryption Algorithm choices. */
export const ALGORITHMS: readonly { value: EncryptionProfile['algorithm']; explain: string }[] = [
  { value: 'ARC4', explain: 'Common choice; quickest for the recipient to decrypt.' },
  { value: 'AES-192', explain: 'Stronger; slower to open.' },
  { value: 'AES-256', explain: 'Strongest; slower to open.' },
];

/** Localised envelope languages. */
export const LOCALES: Readonly<Record<EncryptionProfile['locale'], string>> = {
  'en-US': 'English (United States)',
  'fr-FR': 'French (France)',
  'de-DE': 'German (Germany)',
  'es-ES': 'Spanish (Spain)',
  'ja-JP': 'Japanese (Japan)',
  'pt-BR': 'Portuguese (Brazil)',
  'it-IT': 'Italian (Italy)',
  'zh-CN': 'Chinese (Simplified)',
};

/** The page's own address, and the address of the profile form (add, or edit by name). */
export const PAGE = '#/security-services/email-encryption';
export const profileHref = (name: string | null): string => (name === null ? queryHref(PAGE, 'add') : queryHref(PAGE, 'profile', name));
