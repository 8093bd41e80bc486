/** Word lists and checks several classifiers share. */

import { keptList } from '../scan/kept-list.ts';
import { isLower } from '../scan/char-codes.ts';

/**
 * A ledger's account string, which a city or a company prints as an SSN or a phone is printed
 * ("GL account 301-44-4540", "GL summary: 260-64-4234 $4,797.48").
 */
export const LEDGER_WORDS = ['gl', 'gl account', 'general ledger'] as const;
/** A parking or traffic citation's own number, which some cities print as an SSN or a phone ("citation 702 697 3632", "cite 847975699"). */
export const CITATION_WORDS = ['citation', 'citation no', 'citation #', 'cite', 'cite #', 'cite no'] as const;
/** A maintenance work order, numbered ten digits by some property systems ("WO 3044423280 - Unit 412"). */
export const WORK_ORDER_WORDS = ['work order', 'wo', 'wo #'] as const;

/** Words that say a number is an order, a parcel or a ticket rather than personal data. */
export const NUMBER_NEGATIVES = [
  'order',
  'orders',
  'invoice',
  // A ledger's, a court docket's and a treatment or billing cycle's own numbers ("monthly summary
  // for ledger 002367087", "recipient cycle 452477767"; not a permit's: a work permit's holder has
  // an SSN).
  'ledger',
  'docket',
  'dockets',
  'cycle',
  // A blood, plasma or egg donor's number with the centre or the clinic ("donor # 869469807",
  // "stimulation schedule (donor 672450558, …)").
  'donor',
  'donor number',
  'donor #',
  'donor no',
  'donor id',
  // A tax lien's serial number ("Lien 239128058 released").
  'lien',
  'lien serial',
  // A marketplace's or a processor's own numbers for a payout and a settlement ("Please resend
  // payout 6179468980"; not "settlement" alone: a driver's "Settlement deposit: … R/T 286951724").
  'payout',
  'payout id',
  'settlement id',
  'settlement number',
  // A workers' compensation claim's numbers with the state: its jurisdiction claim number ("JCN
  // assigned 489958388") and the administrator's ("Claim admin number 612-873-4233").
  'jcn',
  'claim admin number',
  'claim administrator number',
  // An ACH entry's trace number ("trace 113361519925800 and 726759919804152").
  'trace',
  'trace number',
  'trace no',
  'trace #',
  // A toll transponder's own number ("Transponder(s): 733943393, 9930429281").
  'transponder',
  'transponders',
  // A cheque's own number ("check no. 182590304", "chk 38465822"; not "check" alone, a verb; nor
  // "intake", a clinic's as much as an agency's: "Reported conditions at intake: Z79.891").
  'check no',
  'check number',
  'check #',
  'chk',
  // A bank's own cheque, bought for a payment, and a money order ("funded by a cashier's check
  // 21402139").
  "cashier's check",
  'cashiers check',
  'official check',
  'money order',
  // A business's number for its customer ("Customer number 632283162"), and a state wildlife
  // agency's ("CID: 191058978").
  'customer number',
  'customer no',
  'cid',
  // An approval's own number: a permit's, an authorisation's ("ATF Form 6NIA, approval 79725036").
  'approval',
  'approval number',
  'approval no',
  // A certificate's own number: a data destruction's, a clearance's ("Certificate no. 387388211";
  // not "certificate" alone: a credit union's certificate is a deposit account).
  'certificate no',
  'certificate number',
  'certificate #',
  // An insurance producer's national licence number ("Licensed in MA | NPN 650436538"), an animal
  // shelter's impound ("Impound #: 502474498"), a drug test's chain-of-custody form ("under
  // chain-of-custody form 608458208"), and the parties of a claims clearinghouse's exchange
  // ("submitter FMA89942, receiver 573233246").
  'npn',
  // A royalty payer's number for a mineral owner ("Owner: 191352659   Check No. …", "owner number
  // 331919038"; not "owner" alone: a business's owner, a joint owner, a signature's title).
  'owner:',
  'owner number',
  'owner no',
  'owner #',
  // The National Practitioner Data Bank's document control number ("NPDB DCN 5500501212789946").
  'dcn',
  // A laboratory's specimen ("Specimen   Accession   Donor   Result").
  'specimen',
  'specimens',
  'specimen id',
  'impound',
  'custody form',
  'submitter',
  'receiver',
  ...WORK_ORDER_WORDS,
  // A hospital's account for a patient's stay (its HAR) and a collection agency's for the debt
  // placed with it ("HAR,Guarantor,SSN,…", "AGENCY ACCT  CLIENT ACCT  SSN").
  'har',
  'hospital account',
  'hospital accounts',
  'hospital acct',
  'agency account',
  'agency accounts',
  'agency acct',
  ...LEDGER_WORDS,
  ...CITATION_WORDS,
  // A payment's receipt, as its label or column names it ("Receipt no." over a trustee's ledger).
  'receipt no',
  'receipt #',
  'receipt id',
  'tracking',
  'shipment',
  'parcel',
  'package',
  'confirmation',
  'ticket',
  'case',
  'sku',
  'serial',
  'serials',
  'isbn',
  // Barcodes and device numbers: checksummed like cards, and no one's data.
  'ean',
  'upc',
  'gtin',
  'barcode',
  'imei',
  'part',
  'p/n',
  'model',
  'po',
  'purchase order',
  'reference',
  'ref',
  'booking',
  'reservation',
  'fax',
  // Identifiers of other things: members, meetings, records and their times.
  'id',
  'member',
  // A school's own number for a student ("Student 902067776: routing number … failed").
  'student',
  // An election office's number for a voter and a court's for a juror ("Voter ID", "juror=…",
  // "Participant number: 382246785").
  'voter id',
  'voter ids',
  'voter number',
  'voter registration number',
  'voter reg',
  'voter no',
  'vuid',
  'juror',
  'juror id',
  'participant number',
  'participant no',
  'participant id',
  // A carrier's fuel-tax and apportioned-registration accounts, and a drug test's custody and
  // control form ("IFTA license WA 89996287", "IRP account 79471-002", "CCF # 8019466182").
  'ifta',
  'irp',
  'ccf',
  'eccf',
  // A medical examiner's number on the national registry ("examiner registry # 2173739184").
  'registry',
  // A hospital's number for a patient's visit ("Claim edit on encounter 1778239222", "CSN 1886034658").
  'encounter',
  'csn',
  // A genealogist's record numbers: a digital image group's and a microfilm's
  // ("DGS 008456819", "FHL film 106808668"; not "memorial": a funeral home's name holds it).
  'dgs',
  'fhl',
  'film',
  'microfilm',
  // A vendor's service request ("Cisco TAC SR 694625141", "Dell SR 196135949").
  'sr',
  'service request',
  // Immigration's own numbers: an alien registration (A-) number, as a work permit prints it
  // ("USCIS#: 274730915"), and an arrival record's (I-94).
  'a-number',
  'alien number',
  'alien registration',
  'alien registration number',
  'uscis#',
  'uscis #',
  'uscis number',
  'uscis online account',
  'i-94',
  'meeting',
  'webinar',
  'passcode',
  'pin',
  'conference',
  'transaction',
  'txn',
  // A tax preparer's number: P and eight digits, as some states write a licence.
  'ptin',
  'created',
  'updated',
  'modified',
  'timestamp',
  'epoch',
  'zip',
  'postal',
  'version',
  'build',
  'batch',
  'agreement',
  'contract',
  // A payment's free-text line: the number in it is the payer's reference.
  'memo',
  // A billing statement's, a catalogue's and a public health plan's own numbers.
  'statement',
  // Freight's own numbers: a carrier's PRO, a trailer's seal, a load, a customs bond and entry.
  'pro',
  'pro number',
  'pro #',
  'seal',
  'seal number',
  'seal #',
  'load',
  'load number',
  'load #',
  'continuous bond',
  'customs bond',
  'entry number',
  // A Mexican consulate's identity card, an immigration case file, a money transfer's control
  // number, a receipt, a folio and a policy, as Spanish mail names them.
  'matricula',
  'expediente',
  'mtcn',
  'expediente interno',
  'referencia',
  'folio',
  'poliza',
  'miembro',
  'cuenta de residente',
  // An agency's notice ("Notice to Employer 0099-6423-13"); not "notice" alone ("Recall notice
  // 80636-421-41" names the drug recalled).
  'notice number',
  'notice no',
  'notice to employer',
  'cat',
  'cat no',
  'catalog',
  'catalogue',
  'medicaid',
  'medicare',
  // An insurer's file numbers ("Claim file 308-732-6641").
  'claim file',
  'file no',
  'file number',
  // An escrow's and a property exchange's own numbers, as title companies and exchange
  // intermediaries print them ("Escrow No. 798923107", "Exchange 177-25-1769").
  'escrow no',
  'escrow number',
  'escrow #',
  'exchange no',
  'exchange number',
  'exchange #',
  // A merchant's and a loan's own numbers.
  'mid',
  'merchant id',
  'loan',
  'loan number',
  // A home equity line of credit: a loan drawn on, not a deposit account.
  'heloc',
  // Freight and receiving: shipping notices, waybills, bills of lading, goods receipts.
  'asn',
  'waybill',
  // A licensed facility's own number ("Facility no. 711578195").
  'facility no',
  'facility number',
  'facility #',
  'facility id',
  // A mail ballot's envelope's own number ("your mail ballot needs attention (envelope 5142466667)").
  'envelope',
  'envelope no',
  'envelope #',
  // A freight load's pickup number ("PU# 840166208").
  'pickup #',
  'pickup number',
  'pickup no',
  'pu #',
  'air waybill',
  'awb',
  'bol',
  'bill of lading',
  'b/l',
  'goods receipt',
  // Payments' own references, a repository's commits, meters, lab orders, travel programmes.
  'trace',
  'commit',
  'snapshot',
  'meter',
  // A utility's plant and its customers' places: a pole's tag, a premise's number.
  'pole',
  'premise',
  'requisition',
  // Australia's, New Zealand's, India's and Singapore's business and tax numbers (an ABN's last
  // nine digits pass the SIN's check, an ACN the routing number's), and the Australian Medicare card.
  'abn',
  'acn',
  'tfn',
  'ird',
  'gst',
  'gstin',
  'nzbn',
  'uen',
  'medicare card',
  // A jail's and a police record's numbers: an inmate's, the FBI's, an agency's ORI (two letters and
  // seven digits, as a DEA number is written). (Not "DOC" nor "SID": a travel document's and a
  // session's, a FHIR system's "…/sid/us-ssn".)
  'inmate',
  'inmate #',
  'fbi',
  'ori',
  // A badge, a fingerprint's transaction (TCN), the FAA's tracking number for an applicant (IACRA
  // FTN). (Not "employee": a transcript's speaker, "Employee: six three four …".)
  'badge',
  'tcn',
  'ftn',
  // A store's loss-prevention file: a police report, an employee ID (EID), a log's sequence.
  'police report',
  'pd report',
  'eid',
  'seq',
  // A dispensary's delivery manifest and its patients' and caregivers' registry cards.
  'manifest',
  'patient card',
  'medical card',
  'caregiver card',
  // A casino's and a sportsbook's own numbers: a player's club card or account, a bet slip, a
  // wager, a withdrawal request, a log's user.
  'player',
  'players club',
  "player's club",
  'player account',
  'slip',
  'wager',
  'wagers',
  'request',
  'user',
  // A part's serial, the part it supersedes, and a service bulletin ("SB 764-29-1094").
  's/n',
  'supersedes',
  'superseded by',
  'sb',
  // A return's authorisation (RMA), printed 3-3-4 as some shops number them.
  'rma',
  'return authorization',
  // A payer's approval of care or a card's hold: "auth 707-650-5146", "prior auth #".
  'auth',
  'authorization',
  // A home-health episode of care: "episode 570415419".
  'episode',
  // A housing authority's voucher, a county's parcel (assessor's parcel number).
  'voucher',
  'voucher no',
  'apn',
  // A manufacturer's drawings and its suppliers' D-U-N-S numbers.
  'drawing',
  'dwg',
  'duns',
  'd-u-n-s',
  // A clinical trial's subject numbers: site, cohort and sequence, as an SSN is printed.
  'screening subject',
  'subject id',
  'subject number',
  'subject numbering',
  'req',
  'req #',
  'accession',
  // A patient's, an employee's or a policyholder's number at the organisation that issued it.
  'mrn',
  'medical record number',
  'medical record no',
  'hospital number',
  'hospital no',
  'chart number',
  'encounter number',
  'visit number',
  'claim number',
  'policy number',
  'group number',
  'employee number',
  'employee #',
  'employee id',
  'worker id',
  'employee no',
  'emp id',
  'emp #',
  'emp no',
  'payroll number',
  // A Canadian business number (its nine digits pass the SIN's check).
  'bn',
  'business number',
  'known traveler',
  'known traveller',
  'trusted traveler',
  'trusted traveller',
  'ktn',
  'redress',
  'passid',
  'global entry',
  // Immigration's own numbers: an alien registration number, a USCIS receipt, an arrival record.
  'a-number',
  'alien number',
  'alien registration number',
  'uscis number',
  'receipt number',
  'i-94',
  'sevis',
  // A law firm's and a court's references, a credit bureau's report, a confirmation.
  'matter',
  'matter no',
  'matter number',
  'client-matter',
  'bates',
  'report #',
  'report no',
  'report number',
  'conf',
  'conf#',
  // A school's numbers for its students and staff.
  'student id',
  'student no',
  'student number',
  'student #',
  'sid',
  'pid',
  'uin',
  'banner id',
  'emplid',
  // A clinical terminology's concept ids (nine digits and more).
  'snomed',
  'snomed ct',
  'sctid',
  // Travel and hotel loyalty programmes' member numbers.
  'frequent flyer',
  'frequent flier',
  'loyalty',
  'rewards',
  'rewards number',
  'members',
  // A donor-advised fund's grant and a gift's receipts.
  'daf',
  'daf grant',
  'receipts',
  'bonvoy',
  'honors',
  'skymiles',
  'aadvantage',
  'mileageplus',
  // Other airlines' and rental companies' programmes ("Air Canada Aeroplan: 752576182", "Alaska
  // Mileage Plan 57014344", "National Emerald Club: 658098096").
  'aeroplan',
  'mileage plan',
  'emerald club',
  'one rewards',
  // A car dealer's, a lender's and an insurer's numbers: stock, deal and dealer numbers, a credit
  // application's, a service or GAP contract's, a title's, a repair order's, a quote's, a policy's.
  'stk',
  'stock',
  'stock number',
  'stock no',
  'stock #',
  'deal',
  'deal number',
  'deal no',
  'deal #',
  'dealer',
  'dealer no',
  'dealer number',
  'dealer #',
  'app',
  'app no',
  'app #',
  'application number',
  'application no',
  'application #',
  'vsc',
  'gap',
  'title number',
  'title no',
  'title #',
  'repair order',
  'quote',
  'policy',
  // A company's registration and tax numbers in Europe (a French SIREN passes the SIN's check).
  'siren',
  'siret',
  'rcs',
  'tva',
  'vat',
  'vat no',
  'vat number',
  'ust-idnr',
  'steuernummer',
  'btw',
  'partita iva',
  'kvk',
  'hrb',
  'eori',
  'lei',
  // Invoices, orders and customer numbers as European mail names them.
  'rechnung',
  'rechnungsnummer',
  'rechnungsnr',
  'facture',
  'factura',
  'fattura',
  'factuur',
  'bestellung',
  'commande',
  'pedido',
  'ordine',
  'bestelling',
  'kundennummer',
  'kundennr',
] as const;

/** Words that say a dotted number is a version or a build, not an address. */
export const VERSION_NEGATIVES = [
  'version',
  'ver',
  'build',
  'release',
  'released',
  'releases',
  'versions',
  'builds',
  'firmware',
  // A CI runner's version ("runner 2.7.23.21"; not "agent": "from 10.1.4.7, user agent …", nor
  // "fw", a forward's "FW:").
  'runner',
  // A phone's radio firmware ("baseband 12.2.0.246").
  'baseband',
  'modem',
  'patch',
  'hotfix',
  'rev',
  'revision',
  'sdk',
  // A network device's operating system and its release ("PAN-OS 7.9.13.84", "NX-OS 9.3.10.2").
  'os',
  'pan-os',
  'nx-os',
  'fortios',
  'junos',
  'oid',
  'upgrade',
  'upgraded',
  'upgrading',
  'install',
  'installed',
  // Release notes: "Fixed a crash introduced in 12.1.4.186", "Minimum supported: 3.11.0.88".
  'introduced in',
  'fixed in',
  'deprecated in',
  'minimum supported',
  'min supported',
] as const;

/** Words that say a letter-and-digits code numbers a clause, a seat or a model, not a diagnosis. */
export const CLAUSE_NEGATIVES = [
  ...VERSION_NEGATIVES,
  'section',
  'clause',
  'article',
  'paragraph',
  'chapter',
  'appendix',
  'exhibit',
  'schedule',
  'item',
  'figure',
  'fig',
  'table',
  'step',
  'rule',
  'model',
  'part',
  'sku',
  'page',
  'room',
  'suite',
  'flight',
  'gate',
  'seat',
  'lot',
  // A freezer's or a warehouse's places: "Affected boxes: B21.3, B23.4".
  'boxes',
  'rack',
  'racks',
  'shelf',
  'bin',
  'slot',
  'freezer',
  // Procedure and billing codes beside diagnoses on a claim ("J1100" is a drug's HCPCS code).
  'cpt',
  'hcpcs',
  'procedure code',
  'revenue code',
  'rev code',
  // A denied claim's adjustment and remark codes ("CARC 16 / RARC M76", "remark code N130").
  'carc',
  'rarc',
  'remark code',
  'remark',
  'reason code',
  'adjustment reason code',
  // A GP practice's or trust's NHS organisation code ("ODS B21257").
  'ods',
  'ods code',
  'practice code',
  'gp practice',
  // A warehouse's places: "bin K21.9", "lane E11.9"; a care home's and a camp's: "currently in bed
  // C21.3", "Bunk: C19.5", "in cabin H40.5".
  'bunk',
  'cabin',
  // A forensics firm's engagement ("engagement E352910").
  'engagement',
  // A dental or an optical lab's job and tray ("Job J340188 / tray 268").
  'job',
  'tray',
  // A seed dealer's hybrids and varieties ("175 units P5523AM", "soybean S23XF2, seed treatment …").
  'seed',
  'seed treatment',
  'hybrid',
  'variety',
  'bins',
  'aisle',
  'bay',
  'lane',
  'dock',
  'bed',
  'loc',
  'location',
] as const;

/**
 * The base score of a solid number whose check digit many other numbers also pass: reported when
 * its classifier is scanned alone, a bare shape (no type) in a scan of several (scan-text.ts).
 */
export const BARE = 4;

/** True when every character of s[from, to) is the same (e.g. 000000000), which no issuer assigns. */
export function allSame(s: string, from = 0, to = s.length): boolean {
  // A loop, not split/every: this runs on every long digit run and must not allocate.
  const c0 = s.charCodeAt(from);
  for (let i = from + 1; i < to; i++) if (s.charCodeAt(i) !== c0) return false;
  return true;
}

const NOTHING: readonly string[] = Object.freeze([]);

/** The supporting information several finders found, as one list (a new array only when two found something). */
export function joined(...lists: readonly (readonly string[])[]): string[] {
  let out: readonly string[] = NOTHING;
  for (const l of lists) if (l.length) out = out.length ? keptList(...out, ...l) : l;
  return out as string[];
}

/** How the code starting at s is typed (caseAt). */
export const CAPITALS = 0;
/** In lower case: it reads as in capitals, but counts only beside its own words. */
export const LOWER_CASE = 1;
/** A lower-case letter after a backslash is an escape's ("\t39434204" in JSON text is a tab and a number): no code. */
export const ESCAPE = 2;

/** Whether the code at s starts in capitals (or a digit), in lower case, or with an escape's letter. */
export function caseAt(text: string, s: number): number {
  if (!isLower(text.charCodeAt(s))) return CAPITALS;
  return text.charCodeAt(s - 1) === 92 ? ESCAPE : LOWER_CASE;
}

/** Whether the three digits at p can be a NANP area code or exchange: 2–9 first, and not an N11 service code. */
export const nanpPart = (text: string, p: number): boolean =>
  text.charCodeAt(p) >= 50 && !(text.charCodeAt(p + 1) === 49 && text.charCodeAt(p + 2) === 49);

/** Most words of a city's name ("Salt Lake City"). */
const CITY_WORDS = 3;

/**
 * Whether a number in a ZIP+4's layout at p follows a place: a state code (afterStateCode) or a
 * city's capitalised name after an address's comma ("4438 Riverside Dr, Pittsburgh 38337-0669").
 */
export function afterPlace(text: string, p: number): boolean {
  if (afterStateCode(text, p)) return true;
  let q = p - 1;
  if (text.charCodeAt(q) !== 32) return false;
  for (let words = 0; words < CITY_WORDS; words++) {
    const end = q;
    while (q > 0 && isLower(text.charCodeAt(q - 1))) q--;
    const c = text.charCodeAt(q - 1);
    if (q === end || c < 65 || c > 90) return false;
    // q at the space before the word: a comma before it ends the address's street part.
    q -= 2;
    if (text.charCodeAt(q) !== 32) return false;
    if (text.charCodeAt(q - 1) === 44) return true;
  }
  return false;
}

/** Whether a two-capital state code ("TX 78701-4123", "Austin, TX, 78701-4123") stands right before p: a ZIP+4. */
export function afterStateCode(text: string, p: number): boolean {
  let q = p - 1;
  while (q >= 0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 44)) q--;
  const a = text.charCodeAt(q - 1);
  const b = text.charCodeAt(q);
  const before = text.charCodeAt(q - 2);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90 && !((before | 32) >= 97 && (before | 32) <= 122);
}
