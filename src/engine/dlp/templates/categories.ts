/** The template categories, in the order the DLP Policy Manager lists them. */
import type { TemplateCategory } from './types.ts';

/** The six categories of Add DLP Policy. */
export const templateCategories: readonly TemplateCategory[] = [
  {
    id: 'regulatory-compliance',
    name: 'Regulatory Compliance',
    description: 'Laws and standards that protect personal, credit and other non-public information in messages and attachments.',
  },
  {
    id: 'acceptable-use',
    name: 'Acceptable Use',
    description: 'Sensitive material sent to competitors or other restricted recipients, and files that should not leave the company.',
  },
  {
    id: 'privacy-protection',
    name: 'Privacy Protection',
    description: 'One kind of identifier each: financial account numbers, tax and national identity numbers, licences and passports.',
  },
  {
    id: 'intellectual-property',
    name: 'Intellectual Property Protection',
    description: 'Source code, design documents and other intellectual property.',
  },
  {
    id: 'company-confidential',
    name: 'Company Confidential',
    description: 'Corporate financials, deals and documents marked for internal use.',
  },
  { id: 'custom', name: 'Custom Policy', description: 'An empty template: choose predefined classifiers or your own custom classifiers.' },
];
