/**
 * The sample messages library: ready-made outgoing messages the composer loads or sends in one
 * click, each showing one DLP behaviour (a violation, or a near-miss that must stay clean). Pure
 * data and builders, so the composer, scenarios and the tests share the same messages.
 *
 * All personal data is synthetic: card numbers are issuers' test numbers, the SSNs are assignable
 * but invented, and every number that must match has a valid checksum (Luhn, ABA 3-7-1, IBAN
 * mod 97, NPI). The expectations hold under `SAMPLE_TEMPLATES` (policies created from those
 * templates with their default severity scale, in that order).
 */
import { strToU8, zipSync } from 'fflate';
import type { Severity } from '../config/schema/index.ts';
import type { Attachment, OutgoingMessage } from './types.ts';

export const DEFAULT_SAMPLE_SENDER = 'alice@example.com';
export const DEFAULT_SAMPLE_RECIPIENT = 'bob@partner.example';

/**
 * The DLP policy templates the samples' expectations assume, in policy order (the first violated
 * policy decides the action): PCI-DSS, HIPAA, the Social Security template, GLBA (SSNs with bank
 * numbers) and IBANs.
 */
export const SAMPLE_TEMPLATES = ['pci-dss', 'hipaa-hitech', 'us-ssn-numbers', 'glba', 'iban-numbers'] as const;

/** What DLP should find: the violated templates (any order) and the deciding policy's severity. */
export interface SampleExpectation {
  readonly violated: readonly (typeof SAMPLE_TEMPLATES)[number][];
  /** Severity of the first violated policy in `SAMPLE_TEMPLATES` order; null when clean. */
  readonly severity: Severity | null;
}

/** One sample message. */
export interface SampleMessage {
  readonly id: string;
  readonly title: string;
  /** One line: what the message contains. */
  readonly description: string;
  /** The expected DLP outcome, in words, for the learner. */
  readonly outcome: string;
  readonly expect: SampleExpectation;
  readonly build: (sender?: string, recipient?: string) => OutgoingMessage;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function message(
  sender: string,
  recipient: string,
  subject: string,
  parts: { text?: string; html?: string; attachments?: Attachment[]; from?: string },
): OutgoingMessage {
  return {
    envelopeFrom: sender,
    recipients: [recipient],
    from: parts.from ? `${parts.from} <${sender}>` : sender,
    to: [recipient],
    cc: [],
    subject,
    text: parts.text ?? '',
    html: parts.html ?? '',
    attachments: parts.attachments ?? [],
    headers: {},
    messageId: '',
  };
}

/** Fixed zip timestamps keep the sample bytes identical on every build. */
const ZIP_MTIME = new Date(Date.UTC(2026, 0, 12, 9, 0, 0));

/** Documents made so far, by their paragraphs (the samples make a handful, over and over). */
const madeDocx = new Map<string, Uint8Array>();

/**
 * A minimal Word document: content types, the package relationship and one body part. Made once
 * per text: the traffic generator builds the same sample thousands of times, and deflating it each
 * time cost about a tenth of generating a message. Each caller gets its own copy of the bytes.
 */
export function minimalDocx(paragraphs: readonly string[]): Uint8Array {
  const key = paragraphs.join('\u0000');
  let bytes = madeDocx.get(key);
  if (bytes === undefined) madeDocx.set(key, (bytes = zipDocx(paragraphs)));
  return bytes.slice();
}

function zipDocx(paragraphs: readonly string[]): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
          '</Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
          '</Relationships>',
      ),
      'word/document.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    },
    { mtime: ZIP_MTIME },
  );
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The library, in the order the composer lists it: violations first, then the clean messages. */
export const sampleMessages: readonly SampleMessage[] = [
  {
    id: 'visa-with-expiry',
    title: 'Card number with expiry date',
    description: 'A customer-service reply quoting a Visa card number and its expiry date in the body.',
    outcome: 'PCI-DSS violation, Critical (a valid card number with its expiry date); GLBA also matches.',
    expect: { violated: ['pci-dss', 'glba'], severity: 'critical' },
    build: (s = DEFAULT_SAMPLE_SENDER, r = DEFAULT_SAMPLE_RECIPIENT) =>
      message(s, r, 'Re: Hotel booking for the Denver offsite', {
        from: 'Alice Martin',
        text:
          'Hi Bob,\n\nThe hotel needs a card to hold the rooms for the offsite. Please use the team card:\n\n' +
          '  Visa 4539 1488 0343 6467\n  Expiry 09/28\n  Name on card: Alice Martin\n\n' +
          'They will only charge it on arrival. Let me know if anything else is missing.\n\nThanks,\nAlice',
      }),
  },
  {
    id: 'ssn-csv',
    title: 'SSN list in a CSV attachment',
    description: 'An HR export attached as CSV: employee names, dates of birth and Social Security numbers.',
    outcome:
      'US Social Security Numbers violation, Critical, in the attachment (several SSNs with names and dates of birth); GLBA also matches.',
    expect: { violated: ['us-ssn-numbers', 'glba'], severity: 'critical' },
    build: (s = DEFAULT_SAMPLE_SENDER, r = DEFAULT_SAMPLE_RECIPIENT) =>
      message(s, r, 'Benefits enrolment export (Q1)', {
        from: 'Alice Martin',
        text: 'Hi Bob,\n\nAttached is the benefits enrolment export for the new hires, as requested by the broker.\n\nBest,\nAlice',
        attachments: [
          {
            filename: 'new-hires-q1.csv',
            contentType: 'text/csv',
            content: enc(
              'employee_id,name,date_of_birth,ssn,start_date\n' +
                'E1042,Maria Gonzales,1988-04-17,321-02-3456,2026-01-05\n' +
                'E1043,Daniel Okafor,1991-11-02,412-55-7890,2026-01-05\n' +
                'E1044,Priya Raman,1985-06-29,523-71-4408,2026-01-12\n' +
                'E1045,Thomas Becker,1993-02-14,618-40-2291,2026-01-19\n',
            ),
          },
        ],
      }),
  },
  {
    id: 'patient-record',
    title: 'Patient referral with diagnoses',
    description: 'A clinic referral: patient name, MRN, date of birth, ICD-10 diagnosis codes, medications and the physician’s NPI.',
    outcome: 'HIPAA and HITECH violation, High (a provider identifier with diagnosis codes and medical terms).',
    expect: { violated: ['hipaa-hitech'], severity: 'high' },
    build: (s = DEFAULT_SAMPLE_SENDER, r = DEFAULT_SAMPLE_RECIPIENT) =>
      message(s, r, 'Referral: cardiology consult for J. Whitaker', {
        from: 'Alice Martin',
        text:
          'Dear Dr. Chen,\n\nPlease see the patient below for a cardiology consult.\n\n' +
          'Patient: James Whitaker\nMRN: 00482913\nDate of birth: 03/22/1961\n\n' +
          'Diagnosis:\n  I10 (essential hypertension)\n  E11.9 (type 2 diabetes without complications)\n  I48.91 (atrial fibrillation, unspecified)\n\n' +
          'Current medication: metformin 500 mg twice daily, lisinopril 10 mg daily, apixaban 5 mg twice daily.\n' +
          'Allergies: penicillin.\n\n' +
          'Referring physician: Dr. Alice Martin, NPI 1679576722\n\nKind regards,\nAlice Martin, MD',
      }),
  },
  {
    id: 'bank-transfer',
    title: 'Wire transfer instructions',
    description: 'A supplier payment with a bank name, ABA routing number and checking account number.',
    outcome: 'GLBA violation, High (a valid ABA routing number with an account number).',
    expect: { violated: ['glba'], severity: 'high' },
    build: (s = DEFAULT_SAMPLE_SENDER, r = DEFAULT_SAMPLE_RECIPIENT) =>
      message(s, r, 'Updated wire instructions for invoice INV-20417', {
        from: 'Alice Martin',
        text:
          'Hello Bob,\n\nOur bank details changed this month. Please use the following for the payment of invoice INV-20417 ($18,250.00):\n\n' +
          'Bank: First Example Bank, San Francisco\nABA routing number: 121000358\nChecking account number: 945456787654\nAccount name: Example Corp Operating\n\n' +
          'Please confirm once the wire has been sent.\n\nRegards,\nAlice',
      }),
  },
  {
    id: 'iban-payment',
    title: 'IBAN payment instruction',
    description: 'A request to pay a German supplier by SEPA transfer to an IBAN with its BIC.',
    outcome: 'International Bank Account Numbers violation, High (a valid IBAN).',
    expect: { violated: ['iban-numbers'], severity: 'high' },
    build: (s = DEFAULT_SAMPLE_SENDER, r = DEFAULT_SAMPLE_RECIPIENT) =>
      message(s, r, 'Payment instruction: Müller Feinmechanik GmbH', {
        from: 'Alice Martin',
        text:
          'Hi Bob,\n\nPlease release the SEPA transfer for the calibration equipment today:\n\n' +
          'Beneficiary: Müller Feinmechanik GmbH\nIBAN: DE89 3704 0044 0532 0130 00\nBIC: COBADEFFXXX\nAmount: EUR 7,480.00\nReference: PO 2026-0113\n\n' +
          'Thanks,\nAlice',
      }),
  },
  {
    id: 'html-card-table',
    title: 'HTML-only message with a card in a table',
    description: 'A formatted order confirmation with no text part: the card number and expiry sit in an HTML table.',
    outcome: 'PCI-DSS violation, Critical: DLP scans the text of the HTML body too; GLBA also matches.',
    expect: { violated: ['pci-dss', 'glba'], severity: 'critical' },
    build: (s = DEFAULT_SAMPLE_SENDER, r = DEFAULT_SAMPLE_RECIPIENT) =>
      message(s, r, 'Corporate card on file for the conference registration', {
        from: 'Alice Martin',
        html:
          '<p>Hi Bob,</p><p>Here are the payment details for the conference registration:</p>' +
          '<table border="1" cellpadding="6" style="border-collapse:collapse">' +
          '<tr><th align="left">Card type</th><td>Mastercard</td></tr>' +
          '<tr><th align="left">Card number</th><td>5425 2334 3010 9903</td></tr>' +
          '<tr><th align="left">Expiration date</th><td>11/27</td></tr>' +
          '<tr><th align="left">Cardholder</th><td>Alice Martin</td></tr>' +
          '</table><p>Thanks,<br>Alice</p>',
      }),
  },
  {
    id: 'docx-ssn',
    title: 'Word document with an SSN',
    description: 'An employment verification letter as a DOCX attachment containing a Social Security number.',
    outcome: 'US Social Security Numbers violation, Critical, found inside the Word attachment; GLBA also matches.',
    expect: { violated: ['us-ssn-numbers', 'glba'], severity: 'critical' },
    build: (s = DEFAULT_SAMPLE_SENDER, r = DEFAULT_SAMPLE_RECIPIENT) =>
      message(s, r, 'Employment verification letter', {
        from: 'Alice Martin',
        text: 'Hi Bob,\n\nThe signed employment verification letter for the mortgage lender is attached.\n\nAlice',
        attachments: [
          {
            filename: 'employment-verification.docx',
            contentType: DOCX_TYPE,
            content: minimalDocx([
              'Employment Verification',
              'To whom it may concern,',
              'This letter confirms that Maria Gonzales (Social Security Number 321-02-3456, date of birth 04/17/1988) has been employed full time by Example Corp since January 5, 2026, as a Senior Analyst.',
              'Alice Martin, HR Manager, Example Corp',
            ]),
          },
        ],
      }),
  },
  {
    id: 'lunch-invitation',
    title: 'Lunch invitation (clean)',
    description: 'A friendly team lunch invitation with a date, a time and a street address.',
    outcome: 'No DLP violation: delivered unchanged.',
    expect: { violated: [], severity: null },
    build: (s = DEFAULT_SAMPLE_SENDER, r = DEFAULT_SAMPLE_RECIPIENT) =>
      message(s, r, 'Lunch on Thursday?', {
        from: 'Alice Martin',
        text:
          'Hi Bob,\n\nA few of us are going to Luigi’s Trattoria on Thursday at 12:30 to celebrate the launch. ' +
          'It is at 218 Market Street, second floor. Would you like to join? They have great vegetarian options.\n\nCheers,\nAlice',
      }),
  },
  {
    id: 'newsletter-near-misses',
    title: 'Newsletter with order and tracking numbers (clean)',
    description:
      'A shop newsletter full of long numbers that are not sensitive: order numbers, phone numbers, tracking numbers, a coupon code.',
    outcome: 'No DLP violation: order, phone and tracking numbers are near-misses that must not match.',
    expect: { violated: [], severity: null },
    build: (s = DEFAULT_SAMPLE_SENDER, r = DEFAULT_SAMPLE_RECIPIENT) =>
      message(s, r, 'Your January update from Example Outfitters', {
        from: 'Example Outfitters',
        text:
          'Hello Bob,\n\nThanks for shopping with us! Here is what happened this month.\n\n' +
          'Your recent orders\n' +
          '  Order 4012888888881881 (hiking boots): shipped, USPS tracking 9400 1000 0000 0000 0000 00\n' +
          '  Order 112-7790345-2210987 (rain jacket): shipped, UPS tracking 1Z 999 AA1 01 2345 6784\n' +
          '  Order 5105-1051-0510-5100 (gift card): delivered on 01/08/2026\n\n' +
          'Winter sale: 20% off everything with code WINTER2026 until 01/31/2026.\n\n' +
          'Questions? Call 1-800-555-0199 or 415-555-0132 (Mon-Fri, 8am-6pm PT).\n' +
          'Example Outfitters, 500 Harbor Blvd, Suite 210, Oakland, CA 94607\n\n' +
          'To unsubscribe, reply with UNSUBSCRIBE in the subject.',
      }),
  },
];

/** A sample by id. */
export const sampleById = (id: string): SampleMessage | undefined => sampleMessages.find((m) => m.id === id);
