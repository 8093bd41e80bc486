/** Templates of the Acceptable Use, Privacy Protection, Intellectual Property, Company Confidential and Custom categories. */
import type { Customisation, PolicyTemplate, TemplateCategoryId } from './types.ts';

const t = (
  category: TemplateCategoryId,
  id: string,
  name: string,
  description: string,
  classifiers: readonly string[],
  customisation: Customisation | null = null,
  extra: Partial<PolicyTemplate> = {},
): PolicyTemplate => ({
  id,
  name,
  category,
  description,
  classifiers,
  customisation,
  ...extra,
});

/** Acceptable Use. */
export const acceptableUseTemplates: readonly PolicyTemplate[] = [
  t(
    'acceptable-use',
    'competitor-communications',
    'Competitor Communications',
    'Messages that mention your competitors by name; list the names.',
    [],
    { kind: 'phrases', classifier: 'competitor-names', label: 'Competitor names', defaultPhrases: [] },
  ),
  t(
    'acceptable-use',
    'restricted-files',
    'Restricted Files',
    'Files that must not be sent outside, chosen by the attachment filter. The template has no content classifier: every message it applies to gets risk factor 75.',
    [],
    null,
    { attachmentTypes: ['source', 'archive'] },
  ),
  t('acceptable-use', 'job-search', 'Résumés and Job Search', 'Résumés, cover letters and job applications sent from company mail.', [
    'job-search',
  ]),
];

/** Privacy Protection: one identifier each. */
export const privacyTemplates: readonly PolicyTemplate[] = [
  t('privacy-protection', 'credit-card-numbers', 'Credit Card Numbers', 'Payment card numbers with supporting information.', [
    'credit-card',
  ]),
  t('privacy-protection', 'us-ssn-numbers', 'US Social Security Numbers', 'Social Security numbers with supporting information.', [
    'us-ssn',
  ]),
  t('privacy-protection', 'us-itin-numbers', 'US Individual Taxpayer Identification Numbers', 'ITINs near taxpayer context.', ['us-itin']),
  t('privacy-protection', 'aba-routing-numbers', 'ABA Routing Numbers', 'Bank routing numbers near banking context.', ['aba-routing']),
  t('privacy-protection', 'us-bank-accounts', 'US Bank Account Numbers', 'Bank account numbers near account context.', [
    'us-bank-account',
    'aba-routing',
  ]),
  t('privacy-protection', 'iban-numbers', 'International Bank Account Numbers', 'IBANs of any country.', ['iban', 'swift-bic']),
  t('privacy-protection', 'us-drivers-licenses', "US Driver's License Numbers", "Driver's licence numbers near licence context.", [
    'us-drivers-license',
  ]),
  t('privacy-protection', 'us-passports', 'US Passport Numbers', 'Passport numbers near passport context.', ['us-passport']),
  t('privacy-protection', 'uk-national-insurance', 'UK National Insurance Numbers', 'National Insurance numbers.', ['uk-nino']),
  t('privacy-protection', 'uk-nhs-numbers', 'UK NHS Numbers', 'NHS numbers with a valid check digit.', ['uk-nhs']),
  t('privacy-protection', 'canada-sin', 'Canadian Social Insurance Numbers', 'Social Insurance Numbers with a valid check digit.', [
    'ca-sin',
  ]),
  t(
    'privacy-protection',
    'patient-id',
    'Patient Identification Numbers',
    'Your organisation\'s patient numbers: give their regular expression; a number counts when a phrase such as "Patient ID" is near it.',
    [],
    {
      kind: 'pattern-and-phrases',
      classifier: 'patient-id',
      label: 'Patient ID pattern',
      defaultPhrases: ['Patient ID', 'Patient Number', 'MRN', 'Medical Record Number'],
    },
  ),
  t(
    'privacy-protection',
    'custom-account-numbers',
    'Custom Account Numbers',
    "Your organisation's own account numbers: give their regular expression and the words that appear near them.",
    [],
    {
      kind: 'pattern-and-phrases',
      classifier: 'account-number',
      label: 'Account number pattern',
      defaultPhrases: ['Account Number', 'Account No', 'Acct'],
    },
  ),
  t(
    'privacy-protection',
    'student-id',
    'Student Identification Numbers',
    'Your institution\'s student numbers: give their regular expression; a number counts near "Student ID".',
    [],
    {
      kind: 'pattern-and-phrases',
      classifier: 'student-id',
      label: 'Student ID pattern',
      defaultPhrases: ['Student ID', 'Student Number'],
    },
  ),
];

/** Intellectual Property Protection. */
export const intellectualPropertyTemplates: readonly PolicyTemplate[] = [
  t('intellectual-property', 'source-code', 'Source Code', 'Program source code in common languages, in the body or in attachments.', [
    'source-code',
  ]),
  t('intellectual-property', 'design-documents', 'Design Documents', 'Design specifications, schematics, CAD drawings and roadmaps.', [
    'design-documents',
  ]),
];

/** Company Confidential. */
export const companyConfidentialTemplates: readonly PolicyTemplate[] = [
  t('company-confidential', 'corporate-financials', 'Corporate Financials', 'Non-public financial statements and results.', [
    'corporate-financials',
  ]),
  t(
    'company-confidential',
    'mergers-acquisitions',
    'Mergers and Acquisitions',
    'Deals under negotiation: targets, due diligence, letters of intent, term sheets.',
    ['mergers-acquisitions'],
  ),
  t(
    'company-confidential',
    'confidential-documents',
    'Company Confidential Documents',
    'Documents marked confidential, proprietary or for internal use only.',
    ['corporate-confidential'],
  ),
  t('company-confidential', 'project-code-names', 'Project Code Names', "Your unannounced projects' code names; list them.", [], {
    kind: 'phrases',
    classifier: 'code-names',
    label: 'Code names',
    defaultPhrases: [],
  }),
];

/** Custom Policy: the empty template. */
export const customTemplates: readonly PolicyTemplate[] = [
  t(
    'custom',
    'custom',
    'Custom Policy',
    'Start empty and add predefined classifiers or your own custom classifiers. Only this template accepts custom classifiers.',
    [],
  ),
];
