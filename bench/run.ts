/**
 * `npm run bench`: accuracy on the labelled Presidio cases (ours and peers') and on the labelled
 * mail corpus (tune and held-out splits), throughput on a
 * seeded 10 MB email-like corpus (full built-in classifier set), 1 MB vs 10 MB scaling, the floor
 * (one trivial regex pass) and peers on the same text, all interleaved and repeated (medians);
 * then per message (messages.ts: 5,000 mail-sized messages, in process and through the JSONL
 * command line contract, jsonl.ts), the command line's start-up and a folder of messages (cli.ts), and
 * the fixed cost of one call (fixed-cost.ts), texts shaped to be slow to scan (hostile.ts), and last
 * accuracy on whole messages (mime-accuracy.ts: it loads the MIME and document readers).
 * Prints Markdown tables.
 */
import { scanText } from '../src/engine/dlp/index.ts';
import { registry } from '../src/engine/dlp/classifiers/registry.ts';
import { indexTextJs } from '../src/engine/dlp/scan/text-index-js.ts';
import { indexTextWasm } from '../src/engine/dlp/scan/text-index-wasm.ts';
import { planBlocks } from '../src/engine/dlp/scan/blocks.ts';
import { ENTITY_MAP, evaluate, loadCases, prf, type Disagreement } from './accuracy.ts';
import { generateCorpus } from './corpus.ts';
import { formatMailReport, INDEPENDENT_CASES_PATH, independentPaths, loadMailCases, oursDetect, scoreMail } from './mail-accuracy.ts';
import { openRedaction, redactPii, redactpiiNode, type Peer } from './peers.ts';
import { fastest as fastestPeer, perMessage, type MessageRate } from './messages.ts';
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { jsonlRates } from './jsonl.ts';
import { formatMimeReport, loadMimeCases, MIME_SET_7_DIR, scoreMime } from './mime-accuracy.ts';
import { fixedCost } from './fixed-cost.ts';
import { hostileRates } from './hostile.ts';
import { cliFigures } from './cli.ts';
import { generateMessages, withTypography } from './corpus.ts';
import { floorPass, interleave, mbPerSecond, mbRange, median, type Task, type Timing } from './throughput.ts';

/** Rounds of the interleaved throughput runs (odd, for a true median). */
const ROUNDS = 11;

const f3 = (x: number) => x.toFixed(3);
const f1 = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(1));

/** The independent sets written in a tune part and a held-out part, in the order they came in. */
const SPLIT_SETS = [
  { name: 'second', dir: 'dlp-independent-2', about: 'evasion first', paths: independentPaths(2) },
  { name: 'fourth', dir: 'dlp-independent-4', about: 'precision first: business mail full of look-alikes', paths: independentPaths(4) },
  {
    name: 'fifth',
    dir: 'dlp-independent-5',
    about: 'data pasted into mail: JSON, XML, SQL, logs, result grids',
    paths: independentPaths(5),
  },
  {
    name: 'sixth',
    dir: 'dlp-independent-6',
    about: 'the rarer identifiers in UK, Canadian, European, securities and healthcare mail among their local look-alikes',
    paths: independentPaths(6),
  },
  {
    name: 'eighth',
    dir: 'dlp-independent-8',
    about: 'forms as their text reaches the gateway: label/value layouts, character boxes, combs, instructions with sample values',
    paths: independentPaths(8),
  },
  {
    name: 'ninth',
    dir: 'dlp-independent-9',
    about: 'short sentences as testers and people type them: many paraphrases, labels before and after, typos, near-miss negatives',
    paths: independentPaths(9),
  },
  {
    name: 'tenth',
    dir: 'dlp-independent-10',
    about: 'mail threads: replies over quoted history, forwards, inline answers under quoted questions, signatures, invitations',
    paths: independentPaths(10),
  },
  {
    name: 'eleventh',
    dir: 'dlp-independent-11',
    about: 'US clinical and health-plan mail among CPT, HCPCS, LOINC, SNOMED, MBI and lab-value look-alikes',
    paths: independentPaths(11),
  },
  {
    name: 'twelfth',
    dir: 'dlp-independent-12',
    about: 'US banking, payments and brokerage operations mail among trace, check, loan, merchant and reference numbers',
    paths: independentPaths(12),
  },
  {
    name: 'thirteenth',
    dir: 'dlp-independent-13',
    about: 'IT, security and DevOps mail among versions, OIDs, hashes, cloud IDs and ticket numbers',
    paths: independentPaths(13),
  },
  {
    name: 'fourteenth',
    dir: 'dlp-independent-14',
    about: 'US insurance claims mail among VINs, policy, claim, file and loan numbers',
    paths: independentPaths(14),
  },
  {
    name: 'fifteenth',
    dir: 'dlp-independent-15',
    about: 'US HR, payroll and benefits mail among employee, position, plan, EIN and ledger numbers',
    paths: independentPaths(15),
  },
  {
    name: 'sixteenth',
    dir: 'dlp-independent-16',
    about: 'US tax-preparation mail among EINs, PTINs, DLNs, notice numbers and state tax accounts',
    paths: independentPaths(16),
  },
  {
    name: 'seventeenth',
    dir: 'dlp-independent-17',
    about: 'travel and identity-document mail among ticket, booking, loyalty, trusted-traveller and foreign passport numbers',
    paths: independentPaths(17),
  },
  {
    name: 'eighteenth',
    dir: 'dlp-independent-18',
    about: 'retail and payments support mail among order, gift-card, tracking, ARN and IMEI numbers',
    paths: independentPaths(18),
  },
  {
    name: 'nineteenth',
    dir: 'dlp-independent-19',
    about: 'US legal and litigation mail among docket, Bates, matter, bar and claim numbers and citations',
    paths: independentPaths(19),
  },
  {
    name: 'twentieth',
    dir: 'dlp-independent-20',
    about: 'education and student-records mail among student IDs, course, CRN, ISBN and SEVIS numbers',
    paths: independentPaths(20),
  },
  {
    name: 'twenty-first',
    dir: 'dlp-independent-21',
    about: 'real-estate and mortgage mail among loan, MERS MIN, NMLS, parcel, escrow and FHA case numbers',
    paths: independentPaths(21),
  },
  {
    name: 'twenty-second',
    dir: 'dlp-independent-22',
    about: 'UK and Canadian mail among company, VAT, UTR, PAYE, business, health-card and sort-code numbers',
    paths: independentPaths(22),
  },
  {
    name: 'twenty-third',
    dir: 'dlp-independent-23',
    about: 'wireless carrier and device-support mail among IMEI, ICCID, carrier account, port-out PIN and order numbers',
    paths: independentPaths(23),
  },
  {
    name: 'twenty-fourth',
    dir: 'dlp-independent-24',
    about: 'car dealership and auto finance mail among VIN, stock, deal, title, plate, contract and payoff numbers',
    paths: independentPaths(24),
  },
  {
    name: 'twenty-fifth',
    dir: 'dlp-independent-25',
    about: 'European multilingual mail among VAT, SIREN/SIRET, register, SEPA creditor, mandate and EORI numbers',
    paths: independentPaths(25),
  },
  {
    name: 'twenty-sixth',
    dir: 'dlp-independent-26',
    about: 'pharmacy and PBM mail among Rx, BIN/PCN/group, member, PA reference, lot, UPC, NCPDP and DEA Form 222 numbers',
    paths: independentPaths(26),
  },
  {
    name: 'twenty-seventh',
    dir: 'dlp-independent-27',
    about: 'benefits and casework mail among case, claim, Medicaid, EBT card, VA file, docket, employer account, FEIN and MBI numbers',
    paths: independentPaths(27),
  },
  {
    name: 'twenty-eighth',
    dir: 'dlp-independent-28',
    about: 'Slack, Teams, SMS and WhatsApp exports among meeting, message, user and channel ids, OTPs, tickets and timestamps',
    paths: independentPaths(28),
  },
  {
    name: 'twenty-ninth',
    dir: 'dlp-independent-29',
    about: 'Spanish-language US mail among CURP, RFC, matrícula consular, A-number, MTCN, folio and Mexican phone numbers',
    paths: independentPaths(29),
  },
  {
    name: 'thirtieth',
    dir: 'dlp-independent-30',
    about: 'freight and customs mail among container, BOL, PRO, AWB, tracking, USDOT/MC, seal, HTS and entry numbers',
    paths: independentPaths(30),
  },
  {
    name: 'thirty-first',
    dir: 'dlp-independent-31',
    about: 'payment-app and exchange support mail among wallet addresses, transaction hashes, ACH traces, ARNs and case numbers',
    paths: independentPaths(31),
  },
  {
    name: 'thirty-second',
    dir: 'dlp-independent-32',
    about: 'hotel and event mail among confirmation, folio, room, block, BEO, loyalty, authorization, terminal and merchant numbers',
    paths: independentPaths(32),
  },
  {
    name: 'thirty-third',
    dir: 'dlp-independent-33',
    about: 'nonprofit donor mail among donor, gift, receipt, pledge, DAF grant, EIN, ACH trace and student ID numbers',
    paths: independentPaths(33),
  },
  {
    name: 'thirty-fourth',
    dir: 'dlp-independent-34',
    about: "utility mail among the utility's customer accounts, premise, meter, ESI, work order and outage numbers",
    paths: independentPaths(34),
  },
  {
    name: 'thirty-fifth',
    dir: 'dlp-independent-35',
    about: 'manufacturing and procurement mail among part, drawing, lot, PO, invoice, EIN, D-U-N-S and SAP vendor-master numbers',
    paths: independentPaths(35),
  },
  {
    name: 'thirty-sixth',
    dir: 'dlp-independent-36',
    about: 'machine-generated mail among masked values, tracking numbers, ticket ids, hashes, MAC addresses, OIDs and versions',
    paths: independentPaths(36),
  },
  {
    name: 'thirty-seventh',
    dir: 'dlp-independent-37',
    about: 'staffing, background-check and I-9 mail among requisition, order, E-Verify case, receipt, A-number and specimen numbers',
    paths: independentPaths(37),
  },
  {
    name: 'thirty-eighth',
    dir: 'dlp-independent-38',
    about: 'clinical research and laboratory mail among subject, accession, protocol, lot, kit, storage-box and specimen numbers',
    paths: independentPaths(38),
  },
  {
    name: 'thirty-ninth',
    dir: 'dlp-independent-39',
    about:
      'property-management, HOA and landlord-tenant mail among unit, lease, ledger, parcel, gate-code, voucher and HOA account numbers',
    paths: independentPaths(39),
  },
  {
    name: 'fortieth',
    dir: 'dlp-independent-40',
    about: 'personal and family mail among birthdays, flight, confirmation, order and gift-card numbers, Wi-Fi keys and utility accounts',
    paths: independentPaths(40),
  },
  {
    name: 'forty-first',
    dir: 'dlp-independent-41',
    about: 'call-centre and voicemail transcripts with numbers read aloud, among call, queue, ticket, extension and partial numbers',
    paths: independentPaths(41),
  },
  {
    name: 'forty-second',
    dir: 'dlp-independent-42',
    about:
      'mail from India, Singapore, Australia and New Zealand among Aadhaar, PAN, GSTIN, IFSC, TFN, ABN, ACN, BSB, IRD and NZBN numbers',
    paths: independentPaths(42),
  },
  {
    name: 'forty-third',
    dir: 'dlp-independent-43',
    about: 'gig-economy and rideshare driver mail among VINs, plates, policy, trip, order and payout numbers',
    paths: independentPaths(43),
  },
  {
    name: 'forty-fourth',
    dir: 'dlp-independent-44',
    about: 'healthcare revenue-cycle mail and X12 snippets among claim, member, payer, trace, CPT/HCPCS and remark codes',
    paths: independentPaths(44),
  },
  {
    name: 'forty-fifth',
    dir: 'dlp-independent-45',
    about: 'military, VA and government-contractor mail among EDIPI, DSN, CAGE, UEI, contract and VA claim numbers',
    paths: independentPaths(45),
  },
  {
    name: 'forty-sixth',
    dir: 'dlp-independent-46',
    about: 'marketing and notification mail after HTML-to-text among tracking links, coupon codes, masked values and short codes',
    paths: independentPaths(46),
  },
  {
    name: 'forty-seventh',
    dir: 'dlp-independent-47',
    about: 'insurance agency and premium-finance mail among policy, binder, quote, certificate, VIN, FEIN, NAIC and agency numbers',
    paths: independentPaths(47),
  },
  {
    name: 'forty-eighth',
    dir: 'dlp-independent-48',
    about: 'courts, bail bonds and corrections mail among booking, docket, citation, inmate, warrant, ORI and badge numbers',
    paths: independentPaths(48),
  },
  {
    name: 'forty-ninth',
    dir: 'dlp-independent-49',
    about: "developers' debugging mail with JSON, SQL, logs and traces among UUIDs, request ids, hashes, epochs, ports and versions",
    paths: independentPaths(49),
  },
  {
    name: 'fiftieth',
    dir: 'dlp-independent-50',
    about: 'home-health, hospice and senior-living mail among MBIs, Medicaid ids, episode, visit, room and authorisation numbers',
    paths: independentPaths(50),
  },
  {
    name: 'fifty-first',
    dir: 'dlp-independent-51',
    about: 'construction, subcontractor and certified-payroll mail among permit, parcel, bond, licence, job and cost-code numbers',
    paths: independentPaths(51),
  },
  {
    name: 'fifty-second',
    dir: 'dlp-independent-52',
    about: 'funeral-home, estate and probate mail among death-certificate, docket, plot, policy, claim and brokerage numbers',
    paths: independentPaths(52),
  },
  {
    name: 'fifty-third',
    dir: 'dlp-independent-53',
    about:
      'dental, optometry, chiropractic and veterinary practice mail among CDT codes, tooth numbers, lens powers, microchips and chart numbers',
    paths: independentPaths(53),
  },
  {
    name: 'fifty-fourth',
    dir: 'dlp-independent-54',
    about: 'youth sports, camp and school-activity mail among jersey, team, membership, raffle and confirmation numbers',
    paths: independentPaths(54),
  },
  {
    name: 'fifty-fifth',
    dir: 'dlp-independent-55',
    about: 'agriculture mail among FSA farm and tract, scale-ticket, contract, ear-tag, EPA registration and H-2A job-order numbers',
    paths: independentPaths(55),
  },
  {
    name: 'fifty-sixth',
    dir: 'dlp-independent-56',
    about: 'college financial-aid, student-loan and 529 mail among student IDs, school codes, ISIR, award, loan and plan numbers',
    paths: independentPaths(56),
  },
  {
    name: 'fifty-seventh',
    dir: 'dlp-independent-57',
    about:
      'aviation crew, airline operations and maintenance mail among airman certificates, N-numbers, work orders, badges and known-traveler numbers',
    paths: independentPaths(57),
  },
  {
    name: 'fifty-eighth',
    dir: 'dlp-independent-58',
    about:
      'data-breach and incident-response mail among incident, matter and claim numbers, IOC hashes, masked values, activation codes and versions',
    paths: independentPaths(58),
  },
  {
    name: 'fifty-ninth',
    dir: 'dlp-independent-59',
    about: 'retail store and loss-prevention mail among store, register, transaction and case numbers, UPCs, gift cards and employee IDs',
    paths: independentPaths(59),
  },
  {
    name: 'sixtieth',
    dir: 'dlp-independent-60',
    about:
      'hasty mail from small businesses with typos in its labels, stray marks around its values and careless order, invoice and tracking numbers',
    paths: independentPaths(60),
  },
  {
    name: 'sixty-first',
    dir: 'dlp-independent-61',
    about: 'casino, sportsbook and gaming-compliance mail among player, ticket, wager, marker and machine numbers and operator licences',
    paths: independentPaths(61),
  },
  {
    name: 'sixty-second',
    dir: 'dlp-independent-62',
    about: 'French and Portuguese mail among CPF, CNPJ, RAMQ, NEQ and Canadian business numbers, postal codes and day-first dates',
    paths: independentPaths(62),
  },
  {
    name: 'sixty-third',
    dir: 'dlp-independent-63',
    about: 'debt-collection and credit-dispute mail among creditor and agency account numbers, bureau file, dispute and docket numbers',
    paths: independentPaths(63),
  },
  {
    name: 'sixty-fourth',
    dir: 'dlp-independent-64',
    about: 'cannabis-dispensary mail among METRC tags, business licences, medical cards, batch, lot and manifest numbers',
    paths: independentPaths(64),
  },
  {
    name: 'sixty-fifth',
    dir: 'dlp-independent-65',
    about: 'CRM exports, contact lists and vCards among record IDs, DUNS numbers, timestamps, bridges and account codes',
    paths: independentPaths(65),
  },
  {
    name: 'sixty-sixth',
    dir: 'dlp-independent-66',
    about:
      'wealth-management, trust-company and family-office mail among custodian, household, portfolio and lot numbers, CUSIPs and ISINs',
    paths: independentPaths(66),
  },
  {
    name: 'sixty-seventh',
    dir: 'dlp-independent-67',
    about: 'mail mangled by mail clients and copy-paste: odd spaces and dashes, full-width digits, quoted-printable and HTML remnants',
    paths: independentPaths(67),
  },
  {
    name: 'sixty-eighth',
    dir: 'dlp-independent-68',
    about: 'behavioural-health, therapy, psychiatry and telehealth mail among crisis lines, confirmation numbers, taxonomy and ICD-9 codes',
    paths: independentPaths(68),
  },
  {
    name: 'sixty-ninth',
    dir: 'dlp-independent-69',
    about: 'county clerk, elections, vital-records and jury mail among voter IDs, juror numbers, instrument and certificate numbers',
    paths: independentPaths(69),
  },
  {
    name: 'seventieth',
    dir: 'dlp-independent-70',
    about: 'durable medical equipment and home-infusion mail among HCPCS codes, serials, lots, UDIs and authorisation numbers',
    paths: independentPaths(70),
  },
  {
    name: 'seventy-first',
    dir: 'dlp-independent-71',
    about: 'immigration-attorney and legal-aid mail among A-numbers, USCIS receipts, I-94, SEVIS and visa numbers, foreign passports',
    paths: independentPaths(71),
  },
  {
    name: 'seventy-second',
    dir: 'dlp-independent-72',
    about:
      'check-cashing, pawn, money-transmitter and prepaid-card mail among MICR lines, control numbers, money-order serials and store gift cards',
    paths: independentPaths(72),
  },
  {
    name: 'seventy-third',
    dir: 'dlp-independent-73',
    about: "mail from customers writing in a second language or through machine translation, among their home countries' IDs and phones",
    paths: independentPaths(73),
  },
  {
    name: 'seventy-fourth',
    dir: 'dlp-independent-74',
    about: 'meeting invitations and notes among meeting IDs, passcodes, one-tap dial strings and room-system addresses',
    paths: independentPaths(74),
  },
  {
    name: 'seventy-fifth',
    dir: 'dlp-independent-75',
    about: 'OCR output of scanned documents: W-2s, pay stubs, licences, passports, statements and cheques with OCR errors',
    paths: independentPaths(75),
  },
  {
    name: 'seventy-sixth',
    dir: 'dlp-independent-76',
    about: "many people's data in lists: rosters, bulk requests and enrolments, 'respectively' constructions",
    paths: independentPaths(76),
  },
  {
    name: 'seventy-seventh',
    dir: 'dlp-independent-77',
    about: 'IT service-desk and HR ticketing notifications among ticket, asset, employee and vendor case numbers',
    paths: independentPaths(77),
  },
  {
    name: 'seventy-eighth',
    dir: 'dlp-independent-78',
    about: 'mail written and answered on phones: short replies above quoted questions, SMS and voicemail forwards',
    paths: independentPaths(78),
  },
  {
    name: 'seventy-ninth',
    dir: 'dlp-independent-79',
    about: 'trucking, CDL recruiting and DOT compliance mail among VINs, USDOT and MC numbers, PRO and drug-test form numbers',
    paths: independentPaths(79),
  },
  {
    name: 'eightieth',
    dir: 'dlp-independent-80',
    about: "patients' and families' mail with portals, pharmacies and insurers among member, Rx, claim and group numbers",
    paths: independentPaths(80),
  },
  {
    name: 'eighty-first',
    dir: 'dlp-independent-81',
    about: 'structured exports pasted into mail: JSON, YAML, .env, XML, key=value logs and CSV',
    paths: independentPaths(81),
  },
  {
    name: 'eighty-second',
    dir: 'dlp-independent-82',
    about:
      'hospital admissions, bed management and case-management mail among MRNs, encounter and CSN numbers, bed locations and HCPCS codes',
    paths: independentPaths(82),
  },
  {
    name: 'eighty-third',
    dir: 'dlp-independent-83',
    about: "auto repair, body-shop and insurance-estimate mail among VINs, repair-order, claim and part numbers and adjusters' licences",
    paths: independentPaths(83),
  },
  {
    name: 'eighty-fourth',
    dir: 'dlp-independent-84',
    about: 'mail forwarded and replied to many times: quoted chains, repeated signatures and disclaimers, hand redaction, Message-IDs',
    paths: independentPaths(84),
  },
  {
    name: 'eighty-fifth',
    dir: 'dlp-independent-85',
    about: 'genealogy, family-history and estate-research mail among service numbers, C-file, record, memorial and call numbers',
    paths: independentPaths(85),
  },
  {
    name: 'eighty-sixth',
    dir: 'dlp-independent-86',
    about: 'US bankruptcy mail among case, claim, receipt and certificate numbers',
    paths: independentPaths(86),
  },
  {
    name: 'eighty-seventh',
    dir: 'dlp-independent-87',
    about: 'marketing and transactional HTML mail after HTML-to-text conversion, among tracking IDs, coupons and versions',
    paths: independentPaths(87),
  },
  {
    name: 'eighty-eighth',
    dir: 'dlp-independent-88',
    about: 'fertility clinics, surrogacy and adoption agencies among cycle, donor, lot and ledger numbers',
    paths: independentPaths(88),
  },
  {
    name: 'eighty-ninth',
    dir: 'dlp-independent-89',
    about: "home-services trades among work orders, permits, serials and tradesmen's licences",
    paths: independentPaths(89),
  },
  {
    name: 'ninetieth',
    dir: 'dlp-independent-90',
    about: 'retirement-plan administration among participant IDs, check and trace numbers and EINs',
    paths: independentPaths(90),
  },
  {
    name: 'ninety-first',
    dir: 'dlp-independent-91',
    about: 'K-12 school district mail among state student IDs, Medicaid IDs, routes and room codes',
    paths: independentPaths(91),
  },
  {
    name: 'ninety-second',
    dir: 'dlp-independent-92',
    about: 'moving, self-storage and relocation mail among shipment, USDOT and storage account numbers',
    paths: independentPaths(92),
  },
  {
    name: 'ninety-third',
    dir: 'dlp-independent-93',
    about: 'guardianship, conservatorship and adult protective services mail among intake, case and Medicare numbers',
    paths: independentPaths(93),
  },
  {
    name: 'ninety-fourth',
    dir: 'dlp-independent-94',
    about: 'public-safety mail (911, EMS, fire, records) among incident, run, unit and report numbers',
    paths: independentPaths(94),
  },
  {
    name: 'ninety-fifth',
    dir: 'dlp-independent-95',
    about: 'car rental, car sharing and toll-road mail among agreement, citation and transponder numbers',
    paths: independentPaths(95),
  },
  {
    name: 'ninety-sixth',
    dir: 'dlp-independent-96',
    about: 'mail carrying Unicode as clients produce it: full-width and other-script digits, invisible and typographic characters',
    paths: independentPaths(96),
  },
  {
    name: 'ninety-seventh',
    dir: 'dlp-independent-97',
    about: 'wage garnishment and withholding-order mail among case, order, remittance and FIPS numbers',
    paths: independentPaths(97),
  },
  {
    name: 'ninety-eighth',
    dir: 'dlp-independent-98',
    about: 'card-payment processors and merchants among merchant, terminal and reference numbers',
    paths: independentPaths(98),
  },
  {
    name: 'ninety-ninth',
    dir: 'dlp-independent-99',
    about: 'trust-and-safety and fraud reports from online platforms among user, device, listing and report IDs',
    paths: independentPaths(99),
  },
  {
    name: 'one-hundredth',
    dir: 'dlp-independent-100',
    about: "bookkeeping and accounting firms' mail among GL, invoice, check and tax ID numbers",
    paths: independentPaths(100),
  },
  {
    name: 'hundred-and-first',
    dir: 'dlp-independent-101',
    about: 'rental applications and tenant screening among application, report, lease and voucher numbers',
    paths: independentPaths(101),
  },
  {
    name: 'hundred-and-second',
    dir: 'dlp-independent-102',
    about: 'EDI X12 and HL7 v2 messages pasted into mail among member IDs, claim, control and remark codes',
    paths: independentPaths(102),
  },
  {
    name: 'hundred-and-third',
    dir: 'dlp-independent-103',
    about: 'childcare centres and childcare-subsidy mail among case, licence, authorisation and provider numbers',
    paths: independentPaths(103),
  },
  {
    name: 'hundred-and-fourth',
    dir: 'dlp-independent-104',
    about: 'plasma and blood donation centres among donor, donation unit and deferral codes',
    paths: independentPaths(104),
  },
  {
    name: 'hundred-and-fifth',
    dir: 'dlp-independent-105',
    about: 'process servers, skip tracing, repossession and people-search opt-outs among job, case, listing and licence numbers',
    paths: independentPaths(105),
  },
  {
    name: 'hundred-and-sixth',
    dir: 'dlp-independent-106',
    about: "workers' compensation claims and return to work among claim, case, JCN and employer numbers",
    paths: independentPaths(106),
  },
  {
    name: 'hundred-and-seventh',
    dir: 'dlp-independent-107',
    about: 'gyms and membership billing among member, agreement, fob and trace numbers',
    paths: independentPaths(107),
  },
  {
    name: 'hundred-and-eighth',
    dir: 'dlp-independent-108',
    about: "credit unions' member services among member numbers, share IDs, trace and company IDs",
    paths: independentPaths(108),
  },
  {
    name: 'hundred-and-ninth',
    dir: 'dlp-independent-109',
    about: 'out-of-office replies, bounces and delivery notices among queue IDs, Message-IDs, reverse lookups and versions',
    paths: independentPaths(109),
  },
  {
    name: 'hundred-and-tenth',
    dir: 'dlp-independent-110',
    about: 'specialty-drug prior authorisation, copay assistance and hub services among PA, hub case, member, BIN and GTIN numbers',
    paths: independentPaths(110),
  },
  {
    name: 'hundred-and-eleventh',
    dir: 'dlp-independent-111',
    about:
      'vital records and identity recovery (SSA, birth certificates, name changes, REAL ID) among certificate, case, A-number and receipt numbers',
    paths: independentPaths(111),
  },
  {
    name: 'hundred-and-twelfth',
    dir: 'dlp-independent-112',
    about: "volunteer coordinators' mail (background checks, rosters, carpools, sign-ups) among clearance, ORI, member and order numbers",
    paths: independentPaths(112),
  },
  {
    name: 'hundred-and-thirteenth',
    dir: 'dlp-independent-113',
    about: 'online marketplace sellers (payouts, 1099-K, chargebacks, disputes) among order, case, payout and trace numbers',
    paths: independentPaths(113),
  },
  {
    name: 'hundred-and-fourteenth',
    dir: 'dlp-independent-114',
    about: 'direct-to-consumer telehealth and prescription apps among member, Rx, order and state licence numbers',
    paths: independentPaths(114),
  },
  {
    name: 'hundred-and-fifteenth',
    dir: 'dlp-independent-115',
    about: 'tax-resolution firms (levies, liens, installment agreements, Form 2848) among CAF, DLN, lien and notice numbers',
    paths: independentPaths(115),
  },
  {
    name: 'hundred-and-sixteenth',
    dir: 'dlp-independent-116',
    about: 'US small-business lending: SBA loans, merchant cash advances, equipment finance',
    paths: independentPaths(116),
  },
  {
    name: 'hundred-and-seventeenth',
    dir: 'dlp-independent-117',
    about: 'US notaries, apostille services, certified translation and document couriers',
    paths: independentPaths(117),
  },
  {
    name: 'hundred-and-eighteenth',
    dir: 'dlp-independent-118',
    about: 'US pharmaceutical sales representatives, drug-sample accountability, medical information and speaker programs',
    paths: independentPaths(118),
  },
  {
    name: 'hundred-and-nineteenth',
    dir: 'dlp-independent-119',
    about: 'US bank fraud investigations, AML alert reviews and SAR narrative drafts',
    paths: independentPaths(119),
  },
  {
    name: 'hundred-and-twentieth',
    dir: 'dlp-independent-120',
    about: 'US mortgage servicing: loss mitigation, escrow, payoffs and foreclosure alternatives',
    paths: independentPaths(120),
  },
  {
    name: 'hundred-and-twenty-first',
    dir: 'dlp-independent-121',
    about: 'values as spreadsheets mangle them when pasted into mail',
    paths: independentPaths(121),
  },
  {
    name: 'hundred-and-twenty-second',
    dir: 'dlp-independent-122',
    about: 'US IT asset disposition: device buyback, e-waste, returns and data-destruction certificates',
    paths: independentPaths(122),
  },
  {
    name: 'hundred-and-twenty-third',
    dir: 'dlp-independent-123',
    about: 'US electronic health record vendor support tickets',
    paths: independentPaths(123),
  },
  {
    name: 'hundred-and-twenty-fourth',
    dir: 'dlp-independent-124',
    about: 'US reference laboratories: requisitions, results, couriers, client services and patient billing',
    paths: independentPaths(124),
  },
  {
    name: 'hundred-and-twenty-fifth',
    dir: 'dlp-independent-125',
    about: 'US animal shelters, pet adoption, microchip registries and pet insurance',
    paths: independentPaths(125),
  },
  {
    name: 'hundred-and-twenty-sixth',
    dir: 'dlp-independent-126',
    about: 'US state wildlife agencies: hunting, fishing and boating licences, draws and violations',
    paths: independentPaths(126),
  },
  {
    name: 'hundred-and-twenty-seventh',
    dir: 'dlp-independent-127',
    about: 'US residential solar installers and home energy financing',
    paths: independentPaths(127),
  },
  {
    name: 'hundred-and-twenty-eighth',
    dir: 'dlp-independent-128',
    about: 'US dialysis centres, kidney transplant coordination and organ-procurement mail',
    paths: independentPaths(128),
  },
  {
    name: 'hundred-and-twenty-ninth',
    dir: 'dlp-independent-129',
    about: 'US occupational health clinics and drug-testing programs (DOT physicals, MRO verification, custody and control forms)',
    paths: independentPaths(129),
  },
  {
    name: 'hundred-and-thirtieth',
    dir: 'dlp-independent-130',
    about: 'US university international student and scholar offices (SEVIS, I-20, visas, OPT/CPT, tuition from abroad)',
    paths: independentPaths(130),
  },
  {
    name: 'hundred-and-thirty-first',
    dir: 'dlp-independent-131',
    about: 'US SR-22 and high-risk auto insurance filings, DMV licence reinstatement, traffic schools and ignition interlocks',
    paths: independentPaths(131),
  },
  {
    name: 'hundred-and-thirty-second',
    dir: 'dlp-independent-132',
    about: 'US state unemployment insurance and payroll-tax agencies (claims, benefit charges, wage audits, overpayments)',
    paths: independentPaths(132),
  },
  {
    name: 'hundred-and-thirty-third',
    dir: 'dlp-independent-133',
    about: 'US corporate travel management (traveller profiles, passports, corporate cards, itineraries, visa letters)',
    paths: independentPaths(133),
  },
  {
    name: 'hundred-and-thirty-fourth',
    dir: 'dlp-independent-134',
    about: 'US locum tenens and physician credentialing (NPI, DEA, state medical licences, CAQH, privileging)',
    paths: independentPaths(134),
  },
  {
    name: 'hundred-and-thirty-fifth',
    dir: 'dlp-independent-135',
    about: 'US oil and gas royalty owner relations (division orders, owner numbers, W-9s, direct deposit, 1099-MISC, escheat)',
    paths: independentPaths(135),
  },
  {
    name: 'hundred-and-thirty-sixth',
    dir: 'dlp-independent-136',
    about: 'US COBRA and continuation-coverage administration (notices, elections, dependants, premiums by ACH and card)',
    paths: independentPaths(136),
  },
  {
    name: 'hundred-and-thirty-seventh',
    dir: 'dlp-independent-137',
    about: 'US hospice and home health agencies: referrals and intake, Medicare eligibility, visits, families, billing and field payroll',
    paths: independentPaths(137),
  },
  {
    name: 'hundred-and-thirty-eighth',
    dir: 'dlp-independent-138',
    about:
      'US court reporting, e-discovery vendors and litigation support: depositions, transcripts, privilege logs, productions, subpoenaed records',
    paths: independentPaths(138),
  },
  {
    name: 'hundred-and-thirty-ninth',
    dir: 'dlp-independent-139',
    about:
      'US household moving and corporate relocation: estimates, bills of lading, storage in transit, military moves, relocation expenses, claims',
    paths: independentPaths(139),
  },
  {
    name: 'hundred-and-fortieth',
    dir: 'dlp-independent-140',
    about:
      'US homeowners associations and community management: dues, ACH autopay, violations, collections and liens, board and vendor mail',
    paths: independentPaths(140),
  },
  {
    name: 'hundred-and-forty-first',
    dir: 'dlp-independent-141',
    about:
      "US public defender offices and civil legal aid: intake, conflict checks, court dates, fee waivers, discovery, investigators' notes",
    paths: independentPaths(141),
  },
  {
    name: 'hundred-and-forty-second',
    dir: 'dlp-independent-142',
    about: 'US trucking fleets and owner-operators: driver files, ELD logs, IFTA, fuel cards, DOT drug testing, settlements and factoring',
    paths: independentPaths(142),
  },
  {
    name: 'hundred-and-forty-third',
    dir: 'dlp-independent-143',
    about: 'US county election offices: voter registration, poll worker payroll, mail ballots, petition checks, voter record requests',
    paths: independentPaths(143),
  },
  {
    name: 'hundred-and-forty-fourth',
    dir: 'dlp-independent-144',
    about: 'US foster care and adoption agencies: placements, Medicaid and SSI for children, records, foster parent licensing and payments',
    paths: independentPaths(144),
  },
  {
    name: 'hundred-and-forty-fifth',
    dir: 'dlp-independent-145',
    about: 'US medical spas and cosmetic surgery practices: consultations, financing and card deposits, photo consent, scheduling, refunds',
    paths: independentPaths(145),
  },
  {
    name: 'hundred-and-forty-sixth',
    dir: 'dlp-independent-146',
    about: 'US county property tax assessors and treasurers: exemptions, appeals, parcels, tax bills and escrow, tax sales',
    paths: independentPaths(146),
  },
  {
    name: 'hundred-and-forty-seventh',
    dir: 'dlp-independent-147',
    about: 'US wedding and event planners: vendor contracts and deposits, guest lists, destination weddings and passports, payments',
    paths: independentPaths(147),
  },
  {
    name: 'hundred-and-forty-eighth',
    dir: 'dlp-independent-148',
    about: 'US behavioral health and substance use treatment: intake and insurance, Part 2 consents, court-ordered treatment, MAT, billing',
    paths: independentPaths(148),
  },
  {
    name: 'hundred-and-forty-ninth',
    dir: 'dlp-independent-149',
    about:
      'US franchise back offices: franchisee applications, royalty and ad-fund ACH drafts, owner background and credit checks, FDD receipts, location payroll',
    paths: independentPaths(149),
  },
  {
    name: 'hundred-and-fiftieth',
    dir: 'dlp-independent-150',
    about:
      'US marinas, boat dealers and yacht brokers: slip leases, vessel documentation and registration, surveys, boat loans and insurance, crew paperwork',
    paths: independentPaths(150),
  },
  {
    name: 'hundred-and-fifty-first',
    dir: 'dlp-independent-151',
    about:
      'US municipal parking, permits and code enforcement: citations and appeals, residential permits, boot and tow releases, payment plans, hearings',
    paths: independentPaths(151),
  },
  {
    name: 'hundred-and-fifty-second',
    dir: 'dlp-independent-152',
    about:
      'US private K-12 schools: admissions, enrollment contracts, tuition billing and plans, tuition-assistance applications, health forms, emergency contacts',
    paths: independentPaths(152),
  },
  {
    name: 'hundred-and-fifty-third',
    dir: 'dlp-independent-153',
    about:
      'US hospital patient financial services: itemized bills, financial assistance applications, payment plans, insurance follow-up, collections hand-offs',
    paths: independentPaths(153),
  },
  {
    name: 'hundred-and-fifty-fourth',
    dir: 'dlp-independent-154',
    about:
      'US food banks and social-service nonprofits: client intake, SNAP and WIC help, utility and rent assistance, volunteer background checks, donors and grants',
    paths: independentPaths(154),
  },
  {
    name: 'hundred-and-fifty-fifth',
    dir: 'dlp-independent-155',
    about:
      'US city parks and recreation: program registrations, facility rentals, youth league rosters, scholarships and fee waivers, refunds to cards',
    paths: independentPaths(155),
  },
  {
    name: 'hundred-and-fifty-sixth',
    dir: 'dlp-independent-156',
    about:
      'US tribal government and enterprises: enrollment and per-capita distributions, clinic referrals, housing assistance, casino and enterprise HR and payroll',
    paths: independentPaths(156),
  },
  {
    name: 'hundred-and-fifty-seventh',
    dir: 'dlp-independent-157',
    about:
      'US auto repair and collision centers: repair orders, insurance claims and DRP estimates, customer financing, fleet accounts, card payments and refunds',
    paths: independentPaths(157),
  },
  {
    name: 'hundred-and-fifty-eighth',
    dir: 'dlp-independent-158',
    about:
      'US multifamily property management: move-in and move-out, rent ledgers and ACH autopay, maintenance, collections, subsidised housing recertifications',
    paths: independentPaths(158),
  },
  {
    name: 'hundred-and-fifty-ninth',
    dir: 'dlp-independent-159',
    about:
      'US child support enforcement (Title IV-D): case intake, income withholding orders, payment processing, paternity, interstate cases',
    paths: independentPaths(159),
  },
  {
    name: 'hundred-and-sixtieth',
    dir: 'dlp-independent-160',
    about:
      "US guardianship and conservatorship: annual accountings, the ward's bank and benefit accounts, representative payees, medical consent, court filings",
    paths: independentPaths(160),
  },
  {
    name: 'hundred-and-sixty-first',
    dir: 'dlp-independent-161',
    about:
      'US film and television production accounting and payroll: crew start paperwork, deal memos, per diems, timecards, location releases, vendor payments, residuals',
    paths: independentPaths(161),
  },
  {
    name: 'hundred-and-sixty-second',
    dir: 'dlp-independent-162',
    about:
      'US ground ambulance and air-medical transport billing: run reports, patient demographics, Medicare and Medicaid claims, facility transfers, balance-billing disputes',
    paths: independentPaths(162),
  },
  {
    name: 'hundred-and-sixty-third',
    dir: 'dlp-independent-163',
    about:
      'US jewelry stores, watch dealers and luxury consignment: layaway, appraisals, repairs, consignor payouts, Form 8300 cash reports, store financing',
    paths: independentPaths(163),
  },
  {
    name: 'hundred-and-sixty-fourth',
    dir: 'dlp-independent-164',
    about:
      'US airport badging offices: badge applications, fingerprinting and STA/CHRC checks, escort authority, tenant sponsors, badge audits',
    paths: independentPaths(164),
  },
  {
    name: 'hundred-and-sixty-fifth',
    dir: 'dlp-independent-165',
    about:
      'US community bank treasury management onboarding: ACH origination, positive pay, remote deposit capture, wire templates, commercial cards, sweeps',
    paths: independentPaths(165),
  },
  {
    name: 'hundred-and-sixty-sixth',
    dir: 'dlp-independent-166',
    about:
      'US audiology and hearing aid practices: evaluations, device orders, repairs and loaners, insurance, VA and Medicaid hearing benefits, financing',
    paths: independentPaths(166),
  },
  {
    name: 'hundred-and-sixty-seventh',
    dir: 'dlp-independent-167',
    about:
      'US jail and prison services: inmate trust accounts, commissary deposits, inmate phone accounts, visitation registration, bond refunds, release paperwork',
    paths: independentPaths(167),
  },
  {
    name: 'hundred-and-sixty-eighth',
    dir: 'dlp-independent-168',
    about:
      'US ticketing and venue box offices: season ticket accounts, refunds and chargebacks, will-call ID checks, group sales, accessible seating, premium seating',
    paths: independentPaths(168),
  },
  {
    name: 'hundred-and-sixty-ninth',
    dir: 'dlp-independent-169',
    about:
      'US dental support organizations and billing offices: insurance verification, claims with CDT codes, patient financing, associate dentist payroll and credentialing',
    paths: independentPaths(169),
  },
  {
    name: 'hundred-and-seventieth',
    dir: 'dlp-independent-170',
    about:
      'US motorcoach, charter bus and school-transportation contractors: driver qualification files, charter contracts, passenger manifests, fuel cards, accident reports',
    paths: independentPaths(170),
  },
  {
    name: 'hundred-and-seventy-first',
    dir: 'dlp-independent-171',
    about:
      'US bitcoin ATM and crypto kiosk operators: customer KYC, transaction limits, scam-victim refunds, law-enforcement requests, suspicious activity reviews',
    paths: independentPaths(171),
  },
  {
    name: 'hundred-and-seventy-second',
    dir: 'dlp-independent-172',
    about:
      'US cemeteries and memorial parks: pre-need contracts, interment orders, monument sales, perpetual care trust payments, veterans burial benefits',
    paths: independentPaths(172),
  },
  {
    name: 'hundred-and-seventy-third',
    dir: 'dlp-independent-173',
    about:
      'US state lottery claim centers: prize claims, winner identity checks, tax withholding, debt and child-support offsets, annuity payments, retailer commissions',
    paths: independentPaths(173),
  },
  {
    name: 'hundred-and-seventy-fourth',
    dir: 'dlp-independent-174',
    about:
      'US 1031 exchange qualified intermediaries: exchange agreements, identification notices, escrow wires, closing statements, exchanger tax documents',
    paths: independentPaths(174),
  },
  {
    name: 'hundred-and-seventy-fifth',
    dir: 'dlp-independent-175',
    about:
      'US HSA, FSA and HRA benefit administrators: enrollment files, claims substantiation, benefits debit cards, reimbursements, employer funding',
    paths: independentPaths(175),
  },
  {
    name: 'hundred-and-seventy-sixth',
    dir: 'dlp-independent-176',
    about: 'US outpatient radiology and imaging centers: orders, prior authorization, scheduling, reports, billing',
    paths: independentPaths(176),
  },
  {
    name: 'hundred-and-seventy-seventh',
    dir: 'dlp-independent-177',
    about: 'US 529 college savings and ABLE account program administrators: enrollment, contributions, withdrawals, service and operations',
    paths: independentPaths(177),
  },
  {
    name: 'hundred-and-seventy-eighth',
    dir: 'dlp-independent-178',
    about:
      'US pharmaceutical wholesale distributors: controlled-substance ordering, suspicious order monitoring, pharmacy account onboarding, chargebacks and returns',
    paths: independentPaths(178),
  },
  {
    name: 'hundred-and-seventy-ninth',
    dir: 'dlp-independent-179',
    about:
      'US timeshare and vacation ownership resorts: owner accounts, maintenance fees, developer financing, reservations, resale and exit-company scams',
    paths: independentPaths(179),
  },
  {
    name: 'hundred-and-eightieth',
    dir: 'dlp-independent-180',
    about: 'US pet insurance carriers and veterinary emergency hospitals: policies, claims, estimates, deposits, referrals',
    paths: independentPaths(180),
  },
  {
    name: 'hundred-and-eighty-first',
    dir: 'dlp-independent-181',
    about:
      'US travel nurse and allied health staffing agencies: recruiting, credentialing, compliance files, housing stipends, weekly payroll',
    paths: independentPaths(181),
  },
  {
    name: 'hundred-and-eighty-second',
    dir: 'dlp-independent-182',
    about:
      'US state tag agencies and vehicle title services: title transfers, lien releases, registrations, dealer plates, out-of-state transfers',
    paths: independentPaths(182),
  },
] as const;

async function peerAccuracy(peer: Peer, cases: ReturnType<typeof loadCases>): Promise<Map<string, number>> {
  // evaluate() is synchronous: precompute the peer's spans per case and id.
  const spans = new Map<string, (readonly [number, number])[]>();
  for (const c of cases) {
    const id = ENTITY_MAP[c.entity];
    if (id && peer.ids.includes(id)) spans.set(`${id}\u0000${c.text}`, await peer.detect(c.text, id));
  }
  const { scores } = evaluate(
    cases,
    (text, id) => spans.get(`${id}\u0000${text}`) ?? [],
    (id) => peer.ids.includes(id),
  );
  return new Map([...scores].map(([id, s]) => [id, prf(s).f1]));
}

async function main(): Promise<void> {
  const started = performance.now();
  const cases = loadCases();

  // Accuracy: ours.
  const ours = evaluate(cases, (text, id) => scanText(text, { classifiers: [id] }).map((f) => [f.start, f.end] as const));
  const peers = [redactPii(), redactpiiNode(), openRedaction()];
  const peerF1 = new Map<string, Map<string, number>>();
  for (const p of peers) peerF1.set(p.name, await peerAccuracy(p, cases));

  console.log('## Accuracy on presidio-cases.json (overlap span matching; each case counts only its own entity)\n');
  console.log(`| classifier | cases | TP | FP | FN | precision | recall | F1 | ${peers.map((p) => `${p.name} F1`).join(' | ')} |`);
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|${peers.map(() => '---:').join('|')}|`);
  for (const [id, s] of [...ours.scores].sort((a, b) => a[0].localeCompare(b[0]))) {
    const m = prf(s);
    const peerCols = peers.map((p) => (peerF1.get(p.name)!.has(id) ? f3(peerF1.get(p.name)!.get(id)!) : '—'));
    console.log(`| ${id} | ${s.cases} | ${s.tp} | ${s.fp} | ${s.fn} | ${f3(m.p)} | ${f3(m.r)} | ${f3(m.f1)} | ${peerCols.join(' | ')} |`);
  }
  printDisagreements(ours.disagreements);

  // Accuracy on the labelled mail corpus: tune and held-out (held-out failures are never listed).
  console.log('\n## Accuracy on the mail corpus (test/fixtures/dlp-mail; every finding counts, overlap span matching)\n');
  for (const split of ['tune', 'heldout'] as const)
    console.log(`${formatMailReport(`scanText, ${split} split`, scoreMail(loadMailCases(split), oursDetect))}\n`);
  // The independent hand-written set: an author who saw neither the classifiers' code nor the corpus.
  console.log('## Accuracy on the independent hand-written set (test/fixtures/dlp-independent; never inspected case by case)\n');
  console.log(
    `${formatMailReport('scanText, independent set', scoreMail(loadMailCases(undefined, INDEPENDENT_CASES_PATH), oursDetect))}\n`,
  );
  for (const set of SPLIT_SETS) {
    console.log(
      `## Accuracy on the ${set.name} independent set (test/fixtures/${set.dir}; ${set.about}; its held-out part never inspected case by case)\n`,
    );
    for (const part of ['tune', 'heldout'] as const)
      console.log(
        `${formatMailReport(`scanText, ${set.name} independent set, ${part}`, scoreMail(loadMailCases(undefined, set.paths[part]), oursDetect))}\n`,
      );
  }

  // Throughput: every workload warmed up, then run in turn for ROUNDS rounds; medians reported.
  // Scaling compares one 10 MB scan with ten 1 MB scans, both from the same seeded generator (so
  // the densities match), timed in the same rounds so machine load affects both alike.
  const big = generateCorpus(10_000_000, 42);
  const small = generateCorpus(1_000_000, 42);
  const sample = big.slice(0, 100_000);
  const findings = scanText(big).length;
  const blocks = planBlocks(big);
  const tasks: Task[] = [
    { name: 'ours 10 MB', chars: big.length, run: () => scanText(big) },
    {
      name: 'ours 10 × 1 MB',
      chars: 10 * small.length,
      run: () => {
        for (let i = 0; i < 10; i++) scanText(small);
      },
    },
    { name: 'floor', chars: big.length, run: () => floorPass(big) },
    // Where our time goes: the index pass alone, block by block as a scan makes it, on the
    // WebAssembly scanner and on its TypeScript reference.
    {
      name: 'index wasm',
      chars: big.length,
      run: () => {
        for (const b of blocks) indexTextWasm(big, registry().keywords, b.from, b.to);
      },
    },
    {
      name: 'index ts',
      chars: big.length,
      run: () => {
        for (const b of blocks) indexTextJs(big, registry().keywords, b.from, b.to);
      },
    },
    // openredaction is very slow on large strings: time it on 100 KB.
    ...peers.map((p) => {
      const text = p.name === 'openredaction' ? sample : big;
      return { name: p.name, chars: text.length, run: () => p.run(text) };
    }),
  ];
  const t = await interleave(tasks, ROUNDS);
  const oursT = t.get('ours 10 MB')!;
  const tenSmall = t.get('ours 10 × 1 MB')!;
  const full10 = mbPerSecond(oursT);
  const peerSpeed = peers.map((p) => [p.name, mbPerSecond(t.get(p.name)!)] as const);
  const fastest = peerSpeed.reduce((a, b) => (b[1] > a[1] ? b : a));
  const range = (x: Timing) => mbRange(x).map(f1).join('–');

  console.log(
    `\n## Throughput (seeded email-like corpus, Node; median of ${ROUNDS} interleaved rounds after warm-up, slowest–fastest run in brackets)\n`,
  );
  console.log('| engine | what runs | MB/s | ratio to ours |');
  console.log('|---|---|---:|---:|');
  console.log(
    `| **this engine** | all built-in classifiers with validation and context (${findings} findings in 10 MB) | ${f1(full10)} (${range(oursT)}) | 1.00 |`,
  );
  for (const [name, mbs] of peerSpeed)
    console.log(
      `| ${name} | its regexes for the compared entities${name === 'openredaction' ? ' (timed on 100 KB)' : ''} | ${f1(mbs)} (${range(t.get(name)!)}) | ${f3(mbs / full10)} |`,
    );
  const floor = t.get('floor')!;
  console.log(`| floor | one pass of /\\d{4}/g | ${f1(mbPerSecond(floor))} (${range(floor)}) | ${f3(mbPerSecond(floor) / full10)} |`);
  const share = (name: string) =>
    `${f1(mbPerSecond(t.get(name)!))} MB/s, ${((median(t.get(name)!.times) / median(oursT.times)) * 100).toFixed(0)} % of a full scan's time`;
  console.log(
    `\nWhere our time goes: the index pass alone (tokens, keyword and phrase hits) takes ${share('index wasm')} on the WebAssembly scanner (its TypeScript reference: ${share('index ts')}); the rest is the classifiers' candidates, validation, context scoring and findings in TypeScript.`,
  );
  console.log(
    `\n- ours ÷ fastest peer (${fastest[0]}): **${(full10 / fastest[1]).toFixed(2)}×** (aim ≥ 2×); ours ÷ floor: ${f3(full10 / mbPerSecond(floor))}`,
  );
  const ratio = median(oursT.times) / median(tenSmall.times);
  console.log(
    `- scaling: 10 × 1 MB at ${f1(mbPerSecond(tenSmall))} MB/s, 10 MB at ${f1(full10)} MB/s → time ratio 10 MB / (10 × 1 MB) = **${ratio.toFixed(3)}** (linear within 15 % means 0.85–1.15)`,
  );
  await printPerMessage(peers);
  printHostile();
  // Last: reading the messages loads the MIME, archive and PDF readers and hands the scan strings
  // they made; the speed sections above measure the engine before any of that, as before.
  console.log(
    '\n## Accuracy on whole messages (test/fixtures/dlp-mime-3: .eml read, parts extracted and scanned as the appliance does; held-out half never inspected)\n',
  );
  for (const half of ['tune', 'heldout'] as const)
    console.log(`${formatMimeReport(`MIME-layer set, ${half}`, await scoreMime(loadMimeCases(half)))}\n`);
  console.log(
    '\n## Accuracy on whole messages as clients and business systems write them (test/fixtures/dlp-mime-7: Outlook, Gmail and template HTML, Office attachments, notifications, threads; held-out half never inspected)\n',
  );
  for (const half of ['tune', 'heldout'] as const)
    console.log(`${formatMimeReport(`second MIME set, ${half}`, await scoreMime(loadMimeCases(half, MIME_SET_7_DIR), MIME_SET_7_DIR))}\n`);
  console.log(`- total bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Texts shaped to be slow to scan, against ordinary mail (hostile.ts). */
function printHostile(): void {
  console.log('\n## Hostile shapes (one text each, scanned whole; median of 5 runs)\n');
  console.log('| shape | size | MB/s | ÷ ordinary mail |');
  console.log('|---|---:|---:|---:|');
  for (const r of hostileRates()) console.log(`| ${r.name} | ${(r.chars / 1e3).toFixed(0)} kB | ${f1(r.mbPerSecond)} | ${f3(r.ofMail)} |`);
}

/** Rounds of the per-message runs (each round scans 36 MB per engine). */
const MESSAGE_ROUNDS = 5;
/** Rounds of the JSONL runs (each a pair of processes per command). */
const JSONL_ROUNDS = 5;
/** Rounds of the command line runs (each three one-message checks and two folder checks). */
const CLI_ROUNDS = 5;

/** The fixed cost of a call in a new Node process (fixed-cost-fresh.ts), ns per text's name. */
function freshFixedCost(): Record<string, number> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/fixed-cost-fresh.ts'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench/fixed-cost-fresh.ts failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
}

/** Ours and `peer` per message in a new Node process (per-message-fresh.ts). */
function freshPerMessage(peer: string): { ours: MessageRate; theirs: MessageRate } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/per-message-fresh.ts', peer, String(MESSAGE_ROUNDS)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`bench/per-message-fresh.ts failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { ours: MessageRate; theirs: MessageRate };
}

async function printPerMessage(peers: readonly Peer[]): Promise<void> {
  const messages = generateMessages(5_000);
  const chars = messages.reduce((n, m) => n + m.length, 0);
  const rates = await perMessage(peers, MESSAGE_ROUNDS, messages);
  const ours = rates[0];
  const best = fastestPeer(rates);
  console.log(
    `\n## Per message (${messages.length} seeded messages, ${(chars / 1e6).toFixed(1)} MB, median ${median(messages.map((m) => m.length))} characters, largest ${Math.max(...messages.map((m) => m.length))}; one call per message; median of ${MESSAGE_ROUNDS} interleaved rounds)\n`,
  );
  console.log('| engine | messages | MB/s | messages/s | ratio to ours |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rates)
    console.log(
      `| ${r.name === 'ours' ? '**this engine** (scanText)' : r.name}${r.messages < messages.length ? ' (first messages, 100 KB)' : ''} | ${r.messages} | ${f1(r.mbPerSecond)} | ${r.messagesPerSecond.toFixed(0)} | ${f3(r.mbPerSecond / ours.mbPerSecond)} |`,
    );
  console.log(`\n- per message, ours ÷ fastest peer (${best.name}): **${(ours.mbPerSecond / best.mbPerSecond).toFixed(2)}×** (aim ≥ 2×)`);
  const fresh = freshPerMessage(best.name);
  console.log(
    `- the same in a fresh process (per-message-fresh.ts: before the accuracy and 10 MB sections have run): ours ${f1(fresh.ours.mbPerSecond)} MB/s, ${best.name} ${f1(fresh.theirs.mbPerSecond)} MB/s → **${(fresh.ours.mbPerSecond / fresh.theirs.mbPerSecond).toFixed(2)}×**`,
  );

  // The same messages as mail from a word processor or HTML has them: ours against the fastest peer.
  const typed = withTypography(messages);
  const nonAscii = typed.filter((m) => /[^\0-\x7f]/.test(m)).length;
  const [oursTyped, bestTyped] = await perMessage(
    peers.filter((p) => p.name === best.name),
    MESSAGE_ROUNDS,
    typed,
  );
  console.log(
    `- the same messages with typographic characters (a no-break space, dashes, curly quotes, accents; ${nonAscii} of ${typed.length} messages not ASCII): ours ${f1(oursTyped.mbPerSecond)} MB/s, ${best.name} ${f1(bestTyped.mbPerSecond)} MB/s → **${(oursTyped.mbPerSecond / bestTyped.mbPerSecond).toFixed(2)}×**`,
  );

  const jsonl = jsonlRates(
    messages,
    peers.map((p) => p.name),
    JSONL_ROUNDS,
  );
  const bestJsonl = jsonl.find((r) => r.name.startsWith(`${best.name} `))!;
  console.log(
    `\n## Per message through the JSONL contract (same messages; a fresh Node process per run, so cold code; median of ${JSONL_ROUNDS} interleaved rounds; start-up = a run on one "hello" line, subtracted)\n`,
  );
  console.log('| command | messages | start-up ms | full run ms | MB/s | messages/s | ratio to ours |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of jsonl)
    console.log(
      `| ${r.name}${r.messages < messages.length ? ' (first messages, 100 KB)' : ''} | ${r.messages} | ${r.startupMs.toFixed(0)} | ${r.runMs.toFixed(0)} | ${f1(r.mbPerSecond)} | ${r.messagesPerSecond.toFixed(0)} | ${f3(r.mbPerSecond / jsonl[0].mbPerSecond)} |`,
    );
  console.log(
    `\n- through JSONL, ours ÷ ${best.name} (the fastest peer per message): **${(jsonl[0].mbPerSecond / bestJsonl.mbPerSecond).toFixed(2)}×** (aim ≥ 2×)`,
  );
  // Node gives V8 four background threads whatever the machine. On two cores, the compiles of
  // our engine's warm-up (about 120 functions) then take the scanning thread's core from it.
  const poolOne = jsonlRates(messages, [best.name], JSONL_ROUNDS, { ...process.env, NODE_OPTIONS: '--v8-pool-size=1' });
  console.log(
    `- the same with \`NODE_OPTIONS=--v8-pool-size=1\` (one V8 background thread; ${availableParallelism()} cores here): ours ${f1(poolOne[0].mbPerSecond)} MB/s (${f3(poolOne[0].mbPerSecond / jsonl[0].mbPerSecond)}× ours with the default), ${best.name} ${f1(poolOne[1].mbPerSecond)} MB/s → **${(poolOne[0].mbPerSecond / poolOne[1].mbPerSecond).toFixed(2)}×**`,
  );

  const cli = cliFigures(messages, CLI_ROUNDS);
  const { folder } = cli;
  const rows = [
    `| bare Node (\`node -e 0\`) | ${cli.bareNodeMs.toFixed(0)} | the floor of any command |`,
    `| \`check\` on one small message | **${cli.checkOneMs.toFixed(0)}** | aim ≤ 150; ${(cli.checkOneMs - cli.bareNodeMs).toFixed(0)} ms over bare Node |`,
  ];
  if (cli.withoutExtraCerts)
    rows.push(
      `| bare Node, without NODE_EXTRA_CA_CERTS | ${cli.withoutExtraCerts.bareNodeMs.toFixed(0)} | this machine sets it: Node parses those certificates at every start |`,
      `| \`check\` on one small message, without NODE_EXTRA_CA_CERTS | **${cli.withoutExtraCerts.checkOneMs.toFixed(0)}** | ${(cli.withoutExtraCerts.checkOneMs - cli.withoutExtraCerts.bareNodeMs).toFixed(0)} ms over bare Node |`,
    );
  rows.push(
    `| \`check\` on a folder of ${folder.messages} messages (${folder.megabytes.toFixed(1)} MB), one thread | ${folder.oneThreadMs.toFixed(0)} | ${((folder.messages * 1e3) / folder.oneThreadMs).toFixed(0)} messages/s |`,
    `| the same folder as \`check\` runs by default (${folder.defaultWorkers} worker threads on ${folder.cores} cores) | ${folder.defaultMs.toFixed(0)} | ${((folder.messages * 1e3) / folder.defaultMs).toFixed(0)} messages/s, **${(folder.oneThreadMs / folder.defaultMs).toFixed(2)}×** one thread |`,
    `| the same folder with ${folder.cores - 1} worker thread(s) from the start (DLP_WORKERS) | ${folder.allCoresMs.toFixed(0)} | ${((folder.messages * 1e3) / folder.allCoresMs).toFixed(0)} messages/s, **${(folder.oneThreadMs / folder.allCoresMs).toFixed(2)}×** one thread |`,
  );
  console.log(
    `\n## The command line (\`node bin/dlp.cjs check\`, fresh processes, median of ${CLI_ROUNDS} interleaved rounds)\n\n| run | wall ms | notes |\n|---|---:|---|\n${rows.join('\n')}`,
  );

  const fixed = fixedCost();
  const freshFixed = freshFixedCost();
  console.log(
    `\n## Fixed cost of a call (scanText, ns per call, median of 5 rounds of 200,000; in this process, after every other section, and in a fresh one)\n\n${[...fixed].map(([name, ns]) => `- ${name}: **${ns.toFixed(0)} ns** (aim ≤ 1,000); in a fresh process (fixed-cost-fresh.ts) ${freshFixed[name].toFixed(0)} ns`).join('\n')}`,
  );
}

function printDisagreements(list: readonly Disagreement[]): void {
  if (list.length === 0) return;
  console.log('\nCases where we differ from the label (kept as labelled; see notes):\n');
  for (const d of list)
    console.log(`- ${d.entity} ${JSON.stringify(d.text)} expected ${JSON.stringify(d.expected)} got ${JSON.stringify(d.got)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
