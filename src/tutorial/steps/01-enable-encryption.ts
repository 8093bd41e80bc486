/** Lesson 1: switch on the encryption feature and name the account administrator. */
import { configured, submitAndCommit } from '../checks.ts';
import type { Lesson } from '../types.ts';
import body from './01-enable-encryption.md?raw';

const PAGE = '/security-services/email-encryption';

export const enableEncryption: Lesson = {
  id: 'enable-encryption',
  number: 1,
  title: 'Enable Cisco IronPort Email Encryption',
  body,
  steps: [
    {
      id: 'enabled',
      title: 'Tick “Enable Cisco IronPort Email Encryption”, then accept the licence agreement',
      check: configured((c) => c.encryption.enabled && c.encryption.licenseAccepted),
      hint: 'On the encryption page tick the Enable Cisco IronPort Email Encryption check box, then Accept the licence agreement.',
      showMe: { path: PAGE, target: 'Enable Cisco IronPort Email Encryption' },
    },
    {
      id: 'admin-email',
      title: 'Set the encryption account administrator’s email address',
      check: configured((c) => c.encryption.enabled && c.encryption.adminEmail !== ''),
      hint: 'Edit Settings… → “Email address of the encryption account administrator”, then Submit and Commit.',
      showMe: { path: PAGE, target: 'Edit Settings' },
    },
  ],
  solve: (api) =>
    submitAndCommit(
      api,
      'encryption',
      (c) => ({ ...c.encryption, enabled: true, licenseAccepted: true, adminEmail: c.encryption.adminEmail || 'res-admin@example.com' }),
      'Enable email encryption',
    ),
};
