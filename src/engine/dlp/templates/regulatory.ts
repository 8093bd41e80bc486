/**
 * Regulatory Compliance templates. SOX: the sources conflict (reference §7): the 7.5 guide gives
 * it the Corporate Financials classifier, the 8.5.5 guide cites it as a template without a
 * classifier (always risk factor 75). We follow 7.5 so that a SOX policy reacts to what a message
 * says; "Restricted Files" (Acceptable Use) keeps the classifier-less behaviour.
 * The US state breach-notification bill numbers are recalled from the appliance's list [R].
 */
import type { PolicyTemplate } from './types.ts';

const PII = ['us-ssn', 'us-drivers-license', 'credit-card', 'us-bank-account', 'aba-routing'];

const reg = (
  id: string,
  name: string,
  description: string,
  classifiers: readonly string[],
  extra: Partial<PolicyTemplate> = {},
): PolicyTemplate => ({
  id,
  name,
  category: 'regulatory-compliance',
  description,
  classifiers,
  customisation: null,
  ...extra,
});

/** US state breach-notification laws: name and the state. */
const STATE_LAWS: readonly [string, string, string][] = [
  ['arizona-sb1338', 'Arizona SB-1338', 'Arizona'],
  ['california-ab1298', 'California AB-1298', 'California'],
  ['california-sb1386', 'California SB-1386', 'California'],
  ['colorado-hb1119', 'Colorado HB-1119', 'Colorado'],
  ['connecticut-sb650', 'Connecticut SB-650', 'Connecticut'],
  ['florida-hb481', 'Florida HB-481', 'Florida'],
  ['georgia-sb230', 'Georgia SB-230', 'Georgia'],
  ['illinois-sb1633', 'Illinois SB-1633', 'Illinois'],
  ['minnesota-hf2121', 'Minnesota HF-2121', 'Minnesota'],
  ['nevada-sb347', 'Nevada SB-347', 'Nevada'],
  ['new-jersey-a4001', 'New Jersey A-4001', 'New Jersey'],
  ['new-york-ab4254', 'New York AB-4254', 'New York'],
  ['ohio-hb104', 'Ohio HB-104', 'Ohio'],
  ['pennsylvania-sb712', 'Pennsylvania SB-712', 'Pennsylvania'],
  ['texas-sb122', 'Texas SB-122', 'Texas'],
  ['utah-sb69', 'Utah SB-69', 'Utah'],
  ['washington-sb6043', 'Washington SB-6043', 'Washington'],
  ['wisconsin-sb164', 'Wisconsin SB-164', 'Wisconsin'],
];

/** The ids of the US state breach-notification templates (their bill numbers are recalled [R]). */
export const STATE_LAW_IDS: readonly string[] = STATE_LAWS.map(([id]) => id);

/** The names of the US state breach-notification templates. */
export const STATE_LAW_NAMES: readonly string[] = STATE_LAWS.map(([, name]) => name);

/** The Regulatory Compliance category. */
export const regulatoryTemplates: readonly PolicyTemplate[] = [
  reg(
    'pci-dss',
    'PCI-DSS (Payment Card Industry Data Security Standard)',
    'Payment card data leaving the company: card numbers with supporting information (expiry date, issuer name, another card number) and magnetic stripe track data.',
    ['credit-card', 'track-data'],
  ),
  reg(
    'hipaa-hitech',
    'HIPAA and HITECH',
    'Protected health information: a personal or provider identifier together with health information (medical terms, diagnosis codes, drug codes).',
    ['us-ssn', 'us-drivers-license', 'us-passport', 'npi', 'dea-number', 'health-terms', 'icd-10', 'ndc'],
    {
      requireAll: [
        ['us-ssn', 'us-drivers-license', 'us-passport', 'npi', 'dea-number'],
        ['health-terms', 'icd-10', 'ndc'],
      ],
    },
  ),
  reg(
    'glba',
    'GLBA (Gramm-Leach-Bliley Act)',
    "Customers' non-public financial information: card, bank account and routing numbers, Social Security and taxpayer numbers.",
    ['credit-card', 'us-ssn', 'us-itin', 'aba-routing', 'us-bank-account'],
  ),
  reg(
    'sox',
    'SOX (Sarbanes-Oxley)',
    'Non-public corporate financial statements and filings (net sales, net income, depreciation, draft 10-Q and 10-K forms) sent outside before publication.',
    ['corporate-financials'],
  ),
  reg(
    'ferpa',
    'FERPA (Family Educational Rights and Privacy Act)',
    "Students' education records: transcripts, grades and enrolment details, and Social Security numbers.",
    ['student-records', 'us-ssn'],
  ),
  reg(
    'ma-201-cmr-17',
    'Massachusetts 201 CMR 17.00',
    "Personal information of Massachusetts residents: a name with a Social Security, driver's licence, bank account or card number.",
    PII,
  ),
  ...STATE_LAWS.map(([id, name, state]) =>
    reg(
      id,
      name,
      `${state} breach-notification law: Social Security, driver's licence, card and bank account numbers of residents.`,
      id === 'california-ab1298' ? [...PII, 'health-terms'] : PII,
    ),
  ),
  reg(
    'uk-dpa',
    'UK Data Protection Act',
    'Personal data of UK residents: National Insurance and NHS numbers, bank account (IBAN) and card numbers.',
    ['uk-nino', 'uk-nhs', 'iban', 'credit-card'],
  ),
  reg('canada-pipeda', 'Canadian PIPEDA', 'Personal information of Canadians: Social Insurance Numbers and card numbers.', [
    'ca-sin',
    'credit-card',
  ]),
  reg(
    'eu-data-protection',
    'EU Data Protection Directive',
    'Personal data of EU residents: bank accounts (IBAN), card numbers and email addresses.',
    ['iban', 'credit-card'],
  ),
  reg(
    'ofac',
    'OFAC (Office of Foreign Assets Control)',
    'Messages naming sanctioned countries, persons or organisations; list the names to watch for.',
    [],
    {
      customisation: { kind: 'phrases', classifier: 'ofac-names', label: 'Sanctioned names', defaultPhrases: [] },
    },
  ),
  reg(
    'itar-ear',
    'ITAR and EAR (Export Controls)',
    'Technical data under US export controls: ITAR and EAR markings, ECCNs and munitions list categories.',
    ['export-control'],
  ),
];
