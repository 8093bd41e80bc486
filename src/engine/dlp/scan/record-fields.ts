/**
 * What a field of a healthcare or payment record says its value is, where the record has no
 * words for it: an HL7 v2 segment's field by its position ("PID|…|…" — PID-19 is the patient's
 * SSN, PV1-7 the attending doctor's ID) or by the identifier type written in it ("…^^^SSA^SS"),
 * an X12 element by the qualifier before it ("NM1*85*2*…*XX*<NPI>", "REF*SY*<SSN>",
 * "HI*ABK:<ICD-10>", "BPR*…*01*<routing>*DA*<account>"), a FHIR identifier or coding by its
 * system ("system": "http://hl7.org/fhir/sid/us-ssn", "urn:oid:2.16.840.1.113883.4.3.48"), and
 * a CMS-1500 claim form's NPI sub-boxes (claim-form.ts), a SWIFT MT message's tagged fields
 * (swift-fields.ts), and a driver's licence's barcode elements (AAMVA's DAQ, DAK…).
 * Pasted into mail (an interface error, a rejected claim), these records name every value only
 * this way, and a record's other fields (MRNs, member IDs, claim numbers, ZIP+4 codes) are shaped
 * like SSNs, phone numbers and accounts.
 *
 * `recordFieldAt` answers for a value's start: the classifier ids the field names (none: it holds
 * another kind of value), or null where no known record field holds the value (then the words
 * around it decide, as anywhere). A text with no record costs a few `indexOf`s, once.
 */
import { isAlnum, isDigit, isUpper } from './char-codes.ts';
import { keptList } from './kept-list.ts';
import { inNpiBox, isClaimForm } from './claim-form.ts';
import { hasSwiftFields, swiftFieldAt } from './swift-fields.ts';

/** A record field's verdict: the classifiers whose values it holds, and the words that say so. */
export interface RecordField {
  readonly kinds: readonly string[];
  readonly words: readonly string[];
}

const SSN = ['us-ssn'];
const NPI = ['npi'];
const DEA = ['dea-number'];
const DL = ['us-drivers-license'];
const PASSPORT = ['us-passport'];
const NHS = ['uk-nhs'];
const SIN = ['ca-sin'];
const ICD = ['icd-10'];
const NDC = ['ndc'];
const PHONE = ['us-phone', 'email-address'];
const EMAIL = ['email-address'];
const ROUTING = ['aba-routing'];
const ACCOUNT = ['us-bank-account'];
/** Another kind of value: a record number, a member ID, a procedure code. */
const OTHER: readonly string[] = [];

const field = (kinds: readonly string[], name: string): RecordField => ({ kinds, words: keptList(name) });

// ---------------------------------------------------------------------------------------------
// HL7 v2
// ---------------------------------------------------------------------------------------------

/** How an HL7 field's value is typed, which says where its identifier type is written. */
const enum Hl7Type {
  /** A plain string (ST): the field's position alone names it. */
  Plain,
  /** An extended composite ID (CX): ID^check digit^scheme^assigning authority^type code. */
  Cx,
  /** A person with an ID (XCN): ID^family^given^…, authority 9th, type code 13th. */
  Xcn,
  /** A coded element (CE/CWE): code^text^coding system. */
  Coded,
  /** A telephone number (XTN): the number first, an email address fourth. */
  Phone,
  /** A practitioner licence (PLN): ID^type^state. */
  Licence,
}

interface Hl7Field {
  readonly type: Hl7Type;
  /** What the position names when the field does not say (an ID list with no type code). */
  readonly kinds: readonly string[];
  readonly name: string;
}

const hl7 = (type: Hl7Type, kinds: readonly string[], name: string): Hl7Field => ({ type, kinds, name });

/** The fields of HL7 v2.x segments (2.3–2.8) that hold person identifiers, codes and numbers. */
const HL7_FIELDS: ReadonlyMap<string, Hl7Field> = new Map([
  ['PID-2', hl7(Hl7Type.Cx, OTHER, 'HL7 PID-2 patient ID')],
  ['PID-3', hl7(Hl7Type.Cx, OTHER, 'HL7 PID-3 patient identifier')],
  ['PID-4', hl7(Hl7Type.Cx, OTHER, 'HL7 PID-4 alternate patient ID')],
  ['PID-13', hl7(Hl7Type.Phone, PHONE, 'HL7 PID-13 home phone')],
  ['PID-14', hl7(Hl7Type.Phone, PHONE, 'HL7 PID-14 business phone')],
  ['PID-18', hl7(Hl7Type.Cx, OTHER, 'HL7 PID-18 patient account number')],
  ['PID-19', hl7(Hl7Type.Plain, SSN, 'HL7 PID-19 SSN')],
  ['PID-20', hl7(Hl7Type.Plain, DL, "HL7 PID-20 driver's license")],
  ['MRG-1', hl7(Hl7Type.Cx, OTHER, 'HL7 MRG-1 prior patient identifier')],
  ['MRG-3', hl7(Hl7Type.Cx, OTHER, 'HL7 MRG-3 prior patient account number')],
  ['PD1-4', hl7(Hl7Type.Xcn, NPI, 'HL7 PD1-4 primary care provider')],
  ['PV1-7', hl7(Hl7Type.Xcn, NPI, 'HL7 PV1-7 attending doctor')],
  ['PV1-8', hl7(Hl7Type.Xcn, NPI, 'HL7 PV1-8 referring doctor')],
  ['PV1-9', hl7(Hl7Type.Xcn, NPI, 'HL7 PV1-9 consulting doctor')],
  ['PV1-17', hl7(Hl7Type.Xcn, NPI, 'HL7 PV1-17 admitting doctor')],
  ['PV1-19', hl7(Hl7Type.Cx, OTHER, 'HL7 PV1-19 visit number')],
  ['PV1-52', hl7(Hl7Type.Xcn, NPI, 'HL7 PV1-52 other healthcare provider')],
  ['NK1-5', hl7(Hl7Type.Phone, PHONE, 'HL7 NK1-5 phone')],
  ['NK1-6', hl7(Hl7Type.Phone, PHONE, 'HL7 NK1-6 business phone')],
  ['NK1-37', hl7(Hl7Type.Plain, SSN, 'HL7 NK1-37 contact SSN')],
  ['GT1-6', hl7(Hl7Type.Phone, PHONE, 'HL7 GT1-6 guarantor home phone')],
  ['GT1-7', hl7(Hl7Type.Phone, PHONE, 'HL7 GT1-7 guarantor business phone')],
  ['GT1-12', hl7(Hl7Type.Plain, SSN, 'HL7 GT1-12 guarantor SSN')],
  ['IN1-2', hl7(Hl7Type.Coded, OTHER, 'HL7 IN1-2 insurance plan ID')],
  ['IN1-3', hl7(Hl7Type.Cx, OTHER, 'HL7 IN1-3 insurance company ID')],
  ['IN1-8', hl7(Hl7Type.Plain, OTHER, 'HL7 IN1-8 group number')],
  ['IN1-36', hl7(Hl7Type.Plain, OTHER, 'HL7 IN1-36 policy number')],
  ['IN1-49', hl7(Hl7Type.Cx, OTHER, "HL7 IN1-49 insured's ID number")],
  ['IN2-1', hl7(Hl7Type.Cx, OTHER, "HL7 IN2-1 insured's employee ID")],
  ['IN2-2', hl7(Hl7Type.Plain, SSN, "HL7 IN2-2 insured's SSN")],
  // (DG1-2 names the coding method, "I10" or "I9", as HL7 v2.3 and after still carry it: no diagnosis.)
  ['DG1-2', hl7(Hl7Type.Plain, OTHER, 'HL7 DG1-2 diagnosis coding method')],
  ['DG1-3', hl7(Hl7Type.Coded, ICD, 'HL7 DG1-3 diagnosis code')],
  ['PRB-3', hl7(Hl7Type.Coded, ICD, 'HL7 PRB-3 problem ID')],
  ['FT1-19', hl7(Hl7Type.Coded, ICD, 'HL7 FT1-19 diagnosis code')],
  ['FT1-20', hl7(Hl7Type.Xcn, NPI, 'HL7 FT1-20 performed by')],
  ['FT1-21', hl7(Hl7Type.Xcn, NPI, 'HL7 FT1-21 ordered by')],
  ['FT1-25', hl7(Hl7Type.Coded, OTHER, 'HL7 FT1-25 procedure code')],
  ['ORC-12', hl7(Hl7Type.Xcn, NPI, 'HL7 ORC-12 ordering provider')],
  ['ORC-14', hl7(Hl7Type.Phone, PHONE, 'HL7 ORC-14 call back phone')],
  ['OBR-16', hl7(Hl7Type.Xcn, NPI, 'HL7 OBR-16 ordering provider')],
  ['OBR-17', hl7(Hl7Type.Phone, PHONE, 'HL7 OBR-17 order callback phone')],
  ['RXO-14', hl7(Hl7Type.Xcn, DEA, "HL7 RXO-14 ordering provider's DEA number")],
  ['RXE-2', hl7(Hl7Type.Coded, NDC, 'HL7 RXE-2 give code')],
  ['RXE-13', hl7(Hl7Type.Xcn, DEA, "HL7 RXE-13 ordering provider's DEA number")],
  ['RXD-2', hl7(Hl7Type.Coded, NDC, 'HL7 RXD-2 dispense/give code')],
  ['RXD-10', hl7(Hl7Type.Xcn, NPI, 'HL7 RXD-10 dispensing provider')],
  ['RXA-5', hl7(Hl7Type.Coded, OTHER, 'HL7 RXA-5 administered code')],
  ['PRA-6', hl7(Hl7Type.Licence, OTHER, 'HL7 PRA-6 practitioner ID number')],
  ['STF-2', hl7(Hl7Type.Cx, OTHER, 'HL7 STF-2 staff identifier')],
]);

/** Segments that name no sensitive field of their own (their IDs are control numbers and codes). */
const HL7_OTHER_SEGMENTS = new Set(['MSH', 'EVN', 'BHS', 'FHS', 'BTS', 'FTS', 'MSA', 'ERR', 'QRD', 'QAK', 'SFT', 'UAC']);
/** Every segment name read as HL7: the ones above and the common ones holding free text and observations. */
const HL7_SEGMENTS = new Set([
  ...[...HL7_FIELDS.keys()].map((k) => k.slice(0, 3)),
  ...HL7_OTHER_SEGMENTS,
  ...['PV2', 'OBX', 'NTE', 'AL1', 'ROL', 'SPM', 'TQ1', 'RXR', 'RXC', 'ACC', 'UB1', 'UB2', 'SCH', 'AIS', 'AIG', 'AIL', 'AIP'],
]);

/** An identifier type code (HL7 table 0203) or assigning authority, and the kind it names. */
const HL7_ID_TYPES: ReadonlyMap<string, readonly string[]> = new Map([
  ['SS', SSN],
  ['SSN', SSN],
  ['SSA', SSN],
  ['USSSA', SSN],
  ['DL', DL],
  ['DN', OTHER],
  ['PPN', PASSPORT],
  ['NPI', NPI],
  ['DEA', DEA],
  ['NH', NHS],
  ['NHS', NHS],
  ['SIN', SIN],
  ['MR', OTHER],
  ['MRN', OTHER],
  ['PI', OTHER],
  ['PT', OTHER],
  ['PN', OTHER],
  ['AN', OTHER],
  ['AM', OTHER],
  ['VN', OTHER],
  ['MA', OTHER],
  ['MC', OTHER],
  ['MB', OTHER],
  ['MCD', OTHER],
  ['MCR', OTHER],
  ['MBI', OTHER],
  ['SL', OTHER],
  ['SR', OTHER],
  ['UPIN', OTHER],
  ['EI', OTHER],
  ['EN', OTHER],
  ['TAX', OTHER],
  ['TN', OTHER],
  ['LN', OTHER],
  ['PRN', OTHER],
  ['RI', OTHER],
  ['HC', OTHER],
  ['JHN', OTHER],
  ['BA', OTHER],
  ['BR', OTHER],
  ['CZ', OTHER],
]);

/** The coding system of a coded element and the kind its codes are. */
function codingSystemKinds(system: string): readonly string[] | null {
  const s = system.toUpperCase().replace(/[-_ .]/g, '');
  if (s === '') return null;
  if (s === 'I10' || s === 'I10C' || s === 'ICD10' || s === 'ICD10CM' || s === 'ICD10C' || s === '2168401113883690') return ICD;
  if (s === 'NDC' || s === '2168401113883669') return NDC;
  return OTHER;
}

/** The kind an identifier's type code or assigning authority names ("SS", "NPI&2.16.840.1.113883.4.6&ISO"), or null. */
function idTypeKinds(code: string): readonly string[] | null {
  if (code === '') return null;
  const name = code.split('&')[0].toUpperCase();
  const known = HL7_ID_TYPES.get(name) ?? oidKinds(code.split('&')[1] ?? name);
  return known ?? (name !== '' ? OTHER : null);
}

/** The kind an HL7/FHIR object identifier names (SSN, NPI, a state's licences, passports, NHS, code systems). */
function oidKinds(oid: string): readonly string[] | null {
  if (!oid.startsWith('2.16.840.1.113883.')) return null;
  const rest = oid.slice(18);
  if (rest === '4.1') return SSN;
  if (rest === '4.6') return NPI;
  if (/^4\.3\.\d{1,2}$/.test(rest)) return DL;
  if (/^4\.330\.\d{1,3}$/.test(rest)) return PASSPORT;
  if (rest === '2.1.4.1') return NHS;
  if (rest === '6.90' || rest === '6.3') return ICD;
  if (rest === '6.69') return NDC;
  return OTHER;
}

/** The coding systems' names HL7 writes after a code and its text (table 0396), whose names are shaped like codes. */
const CODING_SYSTEM_NAMES = new Set([
  'I10',
  'I10C',
  'I10P',
  'I9',
  'I9C',
  'I9CDX',
  'ICD10',
  'ICD10CM',
  'ICD10PCS',
  'SCT',
  'LN',
  'C4',
  'C5',
  'HCPCS',
  'CPT',
]);
const CODING_SYSTEM = field(OTHER, 'HL7 coding system');

/** Where the component starting at p ends: at the next delimiter or the line's end. */
function fieldEnd(text: string, p: number): number {
  let e = p;
  while (e < text.length && e - p < 12) {
    const c = text.charCodeAt(e);
    if (c === 94 || c === 124 || c === 126 || c === 38 || c === 10 || c === 13) break;
    e++;
  }
  return e;
}

/** Where an HL7 value sits: its field, the repetition holding it and the component it starts. */
function hl7FieldAt(text: string, segment: number, start: number): RecordField | null {
  const name = text.slice(segment, segment + 3);
  if (!HL7_SEGMENTS.has(name)) return null;
  if (HL7_OTHER_SEGMENTS.has(name)) return field(OTHER, `HL7 ${name} segment`);
  let fieldNo = 0;
  let repetition = segment + 4;
  let component = 1;
  let componentStart = segment + 4;
  for (let i = segment + 3; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 124) {
      fieldNo++;
      repetition = componentStart = i + 1;
      component = 1;
    } else if (c === 126) {
      repetition = componentStart = i + 1;
      component = 1;
    } else if (c === 94) {
      component++;
      componentStart = i + 1;
    } else if (c === 38) return null;
  }
  if (!onlyLeading(text, componentStart, start)) return null;
  const spec = HL7_FIELDS.get(`${name}-${fieldNo}`);
  // (Any field's coding system, the third component after a code and its text: "Z23^Encounter for immunization^I10".)
  if (spec === undefined)
    return component === 3 && CODING_SYSTEM_NAMES.has(text.slice(start, fieldEnd(text, start))) ? CODING_SYSTEM : null;
  const parts = components(text, repetition);
  if (spec.type === Hl7Type.Phone) {
    // number^use code^equipment type^email address^…
    if (component === 1) return field(spec.kinds, spec.name);
    return component === 4 ? field(EMAIL, `${spec.name} (email)`) : null;
  }
  if (spec.type === Hl7Type.Coded) {
    // code^text^coding system^alternate code^alternate text^alternate coding system
    if (component === 3 || component === 6) return field(OTHER, `${spec.name} (coding system)`);
    if (component !== 1 && component !== 4) return null;
    return field(codingSystemKinds(parts[component + 1] ?? '') ?? spec.kinds, spec.name);
  }
  if (component !== 1) return null;
  let named: readonly string[] | null = null;
  if (spec.type === Hl7Type.Cx) named = idTypeKinds(parts[4] ?? '') ?? idTypeKinds(parts[3] ?? '');
  else if (spec.type === Hl7Type.Xcn) named = idTypeKinds(parts[12] ?? '') ?? idTypeKinds(parts[8] ?? '');
  else if (spec.type === Hl7Type.Licence) named = idTypeKinds(parts[1] ?? '');
  return field(named ?? spec.kinds, spec.name);
}

/** The components of the repetition starting at `from`, up to its field's end. */
function components(text: string, from: number): string[] {
  let to = from;
  while (to < text.length && to - from < 400) {
    const c = text.charCodeAt(to);
    if (c === 124 || c === 126 || c === 10 || c === 13) break;
    to++;
  }
  return text.slice(from, to).split('^');
}

/** Whether text[from, to) holds only what may come before a value in its component: a parenthesis, a plus, spaces. */
function onlyLeading(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 40 && c !== 43 && c !== 32) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// X12
// ---------------------------------------------------------------------------------------------

/** Qualifiers of X12 reference and name identifiers (NM108, REF01) and the kinds they name. */
const X12_ID_QUALIFIERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['XX', NPI],
  ['HPI', NPI],
  ['34', SSN],
  ['SY', SSN],
  // The Drug Enforcement Administration's registration ("N1*ST*GRANITE CITY PHARMACY*11*FG8482197").
  ['11', DEA],
  // An 834's subscriber number, which carriers key on the subscriber's SSN (as NM1*IL*…*34 gives it).
  ['0F', SSN],
]);
/** Qualifiers of X12 communication numbers (PER03, 05, 07). */
const X12_PHONE_QUALIFIERS = new Set(['TE', 'FX', 'WP', 'HP', 'CP', 'BN', 'AP', 'PA']);
/** Qualifiers of ICD-10-CM diagnosis codes in HI (health care information codes). */
const X12_ICD10 = new Set(['ABK', 'ABF', 'ABJ', 'ABN', 'APR', 'ADD', 'ABD']);
/** Segments whose elements hold no sensitive value: envelopes, control and claim numbers, dates, amounts, postcodes. */
const X12_OTHER_SEGMENTS = new Set([
  'ISA',
  'GS',
  'ST',
  'SE',
  'GE',
  'IEA',
  'BHT',
  'TRN',
  'CLM',
  'CLP',
  'DTP',
  'DTM',
  'DMG',
  'N4',
  'SV1',
  'SV2',
  'SV3',
  'SVC',
  'CAS',
  'AMT',
  'QTY',
  'HL',
  'SBR',
  'PAT',
  'PRV',
  'LX',
  'CL1',
  'CN1',
  'PWK',
  'K3',
  'NTE',
  'HCP',
  'EQ',
  'EB',
  'INS',
  'HD',
  'TS3',
  'TS2',
  'MIA',
  'MOA',
  'PLB',
  // An 835's remark codes ("LQ*HE*N522"), shaped like diagnosis codes.
  'LQ',
]);
/** Every segment name read as X12: those above, and those whose elements are read by qualifier. */
const X12_SEGMENTS = new Set([...X12_OTHER_SEGMENTS, 'NM1', 'REF', 'PER', 'HI', 'LIN', 'BPR', 'N1', 'N3']);

/** The separators of the X12 interchange in a text: element, component. */
let elementSep = 42;
let componentSep = 58;

/** Reads the separators from the interchange header (ISA: the element separator is its fourth character, the component separator its 105th). */
function readX12Separators(text: string): void {
  elementSep = 42;
  componentSep = 58;
  const isa = text.indexOf('ISA');
  if (isa < 0 || isa + 105 > text.length) return;
  const e = text.charCodeAt(isa + 3);
  if (isAlnum(e) || e === 32) return;
  elementSep = e;
  const c = text.charCodeAt(isa + 104);
  if (!isAlnum(c) && c !== 32 && c !== e) componentSep = c;
}

/** Where an X12 value sits: its segment's name and qualifiers decide. */
function x12FieldAt(text: string, segment: number, start: number): RecordField | null {
  let nameEnd = segment;
  while (nameEnd < start && nameEnd - segment < 3 && (isUpper(text.charCodeAt(nameEnd)) || isDigit(text.charCodeAt(nameEnd)))) nameEnd++;
  if (text.charCodeAt(nameEnd) !== elementSep) return null;
  const name = text.slice(segment, nameEnd);
  if (!X12_SEGMENTS.has(name)) return null;
  if (X12_OTHER_SEGMENTS.has(name)) return field(OTHER, `X12 ${name} segment`);
  const elements = [name];
  let component = 1;
  let from = nameEnd + 1;
  for (let i = nameEnd + 1; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === elementSep) {
      elements.push(text.slice(from, i));
      from = i + 1;
      component = 1;
    } else if (c === componentSep) component++;
  }
  if (!onlyLeading(text, lastSeparator(text, from, start), start)) return null;
  const e = elements.length;
  const before = elements[e - 1];
  const label = `X12 ${name}${String(e).padStart(2, '0')}`;
  if (name === 'HI') {
    if (component !== 2) return null;
    const qualifier = text.slice(from, text.indexOf(String.fromCharCode(componentSep), from));
    return field(X12_ICD10.has(qualifier) ? ICD : OTHER, `${label} ${qualifier} code`);
  }
  if (component !== 1) return null;
  switch (name) {
    case 'NM1':
    case 'N1':
      if (e !== (name === 'NM1' ? 9 : 4)) return null;
      return field(X12_ID_QUALIFIERS.get(before) ?? OTHER, `${label} identifier (${before})`);
    case 'REF': {
      if (e !== 2) return null;
      // (A subscriber number the member's name segment gives as another kind of identifier, "ZZ"
      // mutually defined, is that identifier, an HR system's: only "34" says it is the SSN.)
      const member = before === '0F' ? memberIdQualifier(text, start) : null;
      if (member !== null && member !== '34') return field(OTHER, `${label} reference (0F, the member's ${member} identifier)`);
      return field(X12_ID_QUALIFIERS.get(before) ?? OTHER, `${label} reference (${before})`);
    }
    case 'PER':
      if (e !== 4 && e !== 6 && e !== 8) return null;
      if (before === 'EM') return field(EMAIL, `${label} email`);
      return field(X12_PHONE_QUALIFIERS.has(before) ? PHONE : OTHER, `${label} communication number (${before})`);
    case 'LIN':
      if (e < 3 || e % 2 === 0) return null;
      return field(before === 'N4' || before === 'ND' ? NDC : OTHER, `${label} product ID (${before})`);
    case 'BPR':
      if (e === 7 || e === 13) return field(before === '01' ? ROUTING : OTHER, `${label} DFI identification number`);
      if (e === 9 || e === 15) return field(ACCOUNT, `${label} account number`);
      return field(OTHER, `${label} payment detail`);
    default:
      return null;
  }
}

/** How far after an 834's subscriber number its member's name segment (NM1*IL) is looked for. */
const MEMBER_REACH = 400;

/**
 * The identification code qualifier (NM108) of the member's name segment after the subscriber
 * number at `start`, within its member loop (before the next INS), or null when there is none.
 */
function memberIdQualifier(text: string, start: number): string | null {
  const sep = String.fromCharCode(elementSep);
  // (Within its reach only: a search to the text's end per subscriber number would make a long
  // file of them with no name segments quadratic.)
  const loop = text.slice(start, start + MEMBER_REACH + MAX_NAME_SEGMENT);
  const nm1 = loop.indexOf(`NM1${sep}IL${sep}`);
  if (nm1 < 0 || nm1 > MEMBER_REACH) return null;
  const ins = loop.indexOf(`INS${sep}`);
  if (ins >= 0 && ins < nm1) return null;
  let end = nm1;
  while (end < loop.length && loop.charCodeAt(end) !== 126 && loop.charCodeAt(end) !== 10) end++;
  const elements = loop.slice(nm1, end).split(sep);
  return elements.length > 9 && elements[8] !== '' ? (elements[8] ?? null) : null;
}
/** Most characters of a name segment read for its qualifier. */
const MAX_NAME_SEGMENT = 200;

/** Where the component holding `start` begins: after the last separator before it. */
function lastSeparator(text: string, from: number, start: number): number {
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === elementSep || c === componentSep) return i + 1;
  }
  return from;
}

// ---------------------------------------------------------------------------------------------
// FHIR
// ---------------------------------------------------------------------------------------------

/** How far before (or after) a value its object's "system" is looked for. */
const SYSTEM_REACH = 320;
/** A contact point's system (FHIR ContactPoint.system) and the kind its value is. */
const CONTACT_SYSTEMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['phone', PHONE],
  ['fax', PHONE],
  ['sms', PHONE],
  ['pager', PHONE],
  ['email', EMAIL],
  ['url', OTHER],
]);

/** The kind a FHIR identifier or coding system names ("http://hl7.org/fhir/sid/us-ssn", "urn:oid:…"), or null for "other". */
function fhirSystemKinds(system: string): readonly string[] | null {
  const contact = CONTACT_SYSTEMS.get(system);
  if (contact !== undefined) return contact;
  if (system === 'other') return null;
  if (system.startsWith('urn:oid:')) return oidKinds(system.slice(8)) ?? OTHER;
  const s = system.toLowerCase();
  if (s.endsWith('/us-ssn')) return SSN;
  if (s.endsWith('/us-npi')) return NPI;
  if (s.endsWith('/nhs-number')) return NHS;
  if (s.endsWith('/icd-10-cm') || s.endsWith('/icd-10')) return ICD;
  if (s.endsWith('/ndc')) return NDC;
  return /^(?:https?:|urn:)/.test(s) ? OTHER : null;
}

/** The system of the JSON object or XML element group holding the value at `start`, or null. */
function fhirFieldAt(text: string, start: number): RecordField | null {
  // Searched in a slice (a view, not a copy): lastIndexOf over the whole text would walk back
  // through all of a long text for every value.
  const from = Math.max(0, start - SYSTEM_REACH);
  const back = text.slice(from, start).lastIndexOf('system');
  let system: string | null = null;
  if (back >= 0 && sameObject(text, from + back, start)) system = systemValue(text, from + back);
  if (system === null) {
    // A JSON object may name its system after its value.
    const ahead = text.slice(start, start + SYSTEM_REACH).indexOf('"system"');
    if (ahead > 0 && sameObject(text, start, start + ahead)) system = systemValue(text, start + ahead + 1);
  }
  if (system === null) return null;
  const kinds = fhirSystemKinds(system);
  return kinds === null ? null : field(kinds, `FHIR system ${system}`);
}

/** Most characters of a CDA identifier's element read either side of its value. */
const CDA_TAG_REACH = 200;
/** The object identifier an element's root attribute names. */
const CDA_ROOT = /\broot="(2\.16\.840\.1\.113883\.[0-9.]+)"/;

/**
 * What an HL7 CDA identifier says of the value at `start`, its extension attribute's ("<id
 * root=\"2.16.840.1.113883.4.1\" extension=\"752501180\"/>"): the kind its root's object
 * identifier names, or null.
 */
function cdaFieldAt(text: string, start: number): RecordField | null {
  if (!text.startsWith('extension="', start - 11)) return null;
  let open = start - 11;
  while (open > 0 && start - open < CDA_TAG_REACH && text.charCodeAt(open) !== 60 && text.charCodeAt(open) !== 62) open--;
  if (text.charCodeAt(open) !== 60) return null;
  let close = start;
  while (close < text.length && close - start < CDA_TAG_REACH && text.charCodeAt(close) !== 62 && text.charCodeAt(close) !== 60) close++;
  if (text.charCodeAt(close) !== 62) return null;
  const root = CDA_ROOT.exec(text.slice(open, close));
  const kinds = root === null ? null : oidKinds(root[1]);
  return kinds === null ? null : field(kinds, `CDA identifier root ${root![1]}`);
}

/** Whether nothing between `from` and `to` opens or closes a JSON object or a FHIR element group. */
function sameObject(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 125) return false;
    if (c === 60 && text.charCodeAt(i + 1) === 47 && !text.startsWith('system', i + 2)) return false;
  }
  return true;
}

/** The system named at `at` ("system": "…" in JSON, <system value="…"/> in XML), or null. */
function systemValue(text: string, at: number): string | null {
  const m = /^system"?\s*(?::\s*"|\s+value\s*=\s*")([^"]{1,200})"/.exec(text.slice(at, at + 240));
  return m === null ? null : m[1];
}

// ---------------------------------------------------------------------------------------------

/** The text being scanned, and which kinds of record it holds (read on the first question). */
let recordsText: string | null = null;
let recordsStale = false;
let hasHl7 = false;
let hasX12 = false;
let hasFhir = false;
let hasAamva = false;
let hasDed = false;
/** Whether the text is a claim form, or holds SWIFT MT fields: -1 until a value's place first asks. */
let claimForm = -1;
let swiftFields = -1;

/**
 * Starts reading the records of `text` afresh (scanInBlocks calls it first, as readTablesOf):
 * then each value's check that its text is the one read compares one string object with itself,
 * not two equal texts character by character (a text scanned again as another string).
 */
export function readRecordsOf(text: string): void {
  recordsText = text;
  // Looked for when a value first asks: most scans ask nothing.
  recordsStale = true;
}

function findRecords(text: string): void {
  recordsStale = false;
  hasHl7 = text.indexOf('|') >= 0 && someSegment(text, 124, HL7_SEGMENTS, 3);
  hasX12 = false;
  if (text.indexOf('~') >= 0 || text.indexOf('*') >= 0) {
    readX12Separators(text);
    hasX12 = someSegment(text, elementSep, X12_SEGMENTS, 2) || someSegment(text, elementSep, X12_SEGMENTS, 3);
  }
  // A JSON key ("system": …) or an XML element (<system value="…"/>). (Searched from their rare
  // first characters: "system" alone would stop at every 's' of a text, eight times the time.)
  hasFhir = text.indexOf('"system"') >= 0 || text.indexOf('<system') >= 0;
  hasAamva = text.indexOf('DAQ') >= 0 && (text.indexOf('DCS') >= 0 || text.indexOf('DBB') >= 0);
  hasDed = text.indexOf('DED*CS*') >= 0;
  claimForm = -1;
  swiftFields = -1;
}

/** Whether the value at `start` is in a claim form's NPI box: its place first, then (once per text) the form. */
function inClaimFormNpiBox(text: string, start: number): boolean {
  if (!inNpiBox(text, start)) return false;
  if (claimForm < 0) claimForm = isClaimForm(text) ? 1 : 0;
  return claimForm === 1;
}

/** What an MT field says of the value at `start`: asked only where its line or the line above opens with a tag. */
function swiftField(text: string, start: number): RecordField | null {
  // A field's value follows its tag (":50K:/…", ":57A:…") or opens the line after a party
  // identifier (recordFieldAt has read the character before it). A tag's value starts at most
  // six characters into its line (":59F:/").
  let line = start;
  while (line > 0 && start - line <= 6 && text.charCodeAt(line - 1) !== 10) line--;
  if (line > 0 && text.charCodeAt(line - 1) !== 10) return null;
  if (text.charCodeAt(line) !== 58 && !(start === line && line > 0 && text.charCodeAt(text.lastIndexOf('\n', line - 2) + 1) === 58))
    return null;
  if (swiftFields < 0) swiftFields = hasSwiftFields(text) ? 1 : 0;
  if (swiftFields === 0) return null;
  const kind = swiftFieldAt(text, start);
  return kind === null ? null : kind === 'bic' ? SWIFT_BIC : kind === 'account' ? SWIFT_ACCOUNT : SWIFT_OTHER;
}

/** Whether the value at `start` is a printed MT message's sender or receiver BIC ("Sender: BRASBRRJ"). */
function swiftHeader(text: string, start: number): boolean {
  if (swiftFields < 0) swiftFields = hasSwiftFields(text) ? 1 : 0;
  return swiftFields === 1 && swiftFieldAt(text, start) === 'bic';
}

const CLAIM_FORM_NPI = field(NPI, 'CMS-1500 NPI box');
const SWIFT_BIC = field(['swift-bic'], 'SWIFT MT party field');
const SWIFT_ACCOUNT = field([...ACCOUNT, 'iban'], 'SWIFT MT customer account field');
const SWIFT_OTHER = field(OTHER, 'SWIFT MT field');

/** Whether a line or X12 segment starts with one of `names` (of `size` characters) and the separator. */
function someSegment(text: string, sep: number, names: ReadonlySet<string>, size: number): boolean {
  const ch = String.fromCharCode(sep);
  let seen = 0;
  for (let p = text.indexOf(ch); p >= 0 && seen < 200; p = text.indexOf(ch, p + 1), seen++) {
    const s = p - size;
    if (s < 0 || !isUpper(text.charCodeAt(s))) continue;
    if (s > 0 && !isSegmentBreak(text.charCodeAt(s - 1)) && !isSegmentBreak(text.charCodeAt(segmentStartBefore(text, s)))) continue;
    if (names.has(text.slice(s, p))) return true;
  }
  return false;
}

const isSegmentBreak = (c: number): boolean => c === 10 || c === 13 || c === 126;

/** Skips a quoted reply's marks and spaces back from `s`: the index of the character before them. */
function segmentStartBefore(text: string, s: number): number {
  let i = s - 1;
  while (i > 0 && s - i < 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 62 || text.charCodeAt(i) === 9)) i--;
  return i;
}

/**
 * The start of the segment holding `p`: after the line break (or, in X12, the segment terminator)
 * before it, quote marks skipped; -1 when too far. (In HL7 a '~' separates a field's repetitions.)
 */
function segmentStart(text: string, p: number, x12: boolean): number {
  let i = p - 1;
  for (; i >= 0 && p - i < 2_000; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || (x12 && c === 126)) break;
  }
  if (p - i >= 2_000) return -1;
  let s = i + 1;
  while (s < p && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 62 || text.charCodeAt(s) === 9)) s++;
  return s;
}

/**
 * What the record field holding the value at `start` names it (see the file's comment), or null
 * where no known field of a record holds it.
 */
// ---------------------------------------------------------------------------------------------
// AAMVA: a driver's licence's barcode, as a scanner's log or a kiosk's debug output prints it
// ---------------------------------------------------------------------------------------------

/**
 * An element of the licence's barcode, by its three-letter ID right before the value ("DAQ
 * 45530643", "DAQ45530643", a JSON line's "DAQ": "45530643"): DAQ is the licence's number; the
 * others with numbers are its postal code (DAK), dates (DBA, DBB, DBD), discriminator and
 * inventory numbers (DCF, DCK), height and weight (DAU, DAW).
 */
const AAMVA_ELEMENT = /(?:^|[\s|"{,])(D(?:AQ|AK|BA|BB|BD|CF|CK|AU|AW))(?: ?|"?\s*[:=]\s*"?)$/;
const AAMVA_LICENCE = field(DL, 'AAMVA DAQ (licence number)');
const AAMVA_OTHER = field(OTHER, 'AAMVA element');

function aamvaFieldAt(text: string, start: number): RecordField | null {
  const m = AAMVA_ELEMENT.exec(text.slice(Math.max(0, start - 10), start));
  if (m === null) return null;
  return m[1] === 'DAQ' ? AAMVA_LICENCE : AAMVA_OTHER;
}

// ---------------------------------------------------------------------------------------------
// NACHA: a child support payment's addenda (the DED segment an employer sends with a withholding)
// ---------------------------------------------------------------------------------------------

/** Most characters from "DED*CS*" to the value: the case, the date and the amount before it. */
const DED_REACH = 80;
const DED_SSN = field(SSN, "NACHA child support addenda (DED05, the absent parent's SSN)");
const DED_OTHER = field(OTHER, 'NACHA child support addenda');

/**
 * The element of a child support addenda holding the value at `start` ("DED*CS*<case>*<date>*
 * <amount>*<SSN>*<medical support>*<name>*<FIPS>*<termination>\"): DED05 is the absent parent's
 * SSN, the others a case identifier, a date, an amount, a county's code.
 */
function dedFieldAt(text: string, start: number): RecordField | null {
  // (Looked for within its reach only: a search back from every value of a long X12 file to one
  // addenda near its top would make the file quadratic.)
  const reachFrom = Math.max(0, start - DED_REACH);
  const at = text.slice(reachFrom, start).lastIndexOf('DED*CS*');
  if (at < 0) return null;
  const from = reachFrom + at;
  // (Counted from the case identifier, the first after "DED*CS*": the SSN is the fourth.)
  let element = 1;
  for (let i = from + 7; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 42) element++;
    else if (c === 10 || c === 92 || c === 126) return null;
  }
  return element === 4 ? DED_SSN : DED_OTHER;
}

export function recordFieldAt(text: string, start: number): RecordField | null {
  if (text !== recordsText) readRecordsOf(text);
  if (recordsStale) findRecords(text);
  // (A child support addenda's element follows its "*".)
  if (hasDed && text.charCodeAt(start - 1) === 42) {
    const f = dedFieldAt(text, start);
    if (f !== null) return f;
  }
  // A claim form's box and an MT field show in the character before the value (a space; a colon,
  // a slash or a line break): most values pay one read.
  const before = text.charCodeAt(start - 1);
  if (before === 32) {
    if (inClaimFormNpiBox(text, start)) return CLAIM_FORM_NPI;
    // (Or a printed MT message's header line after its colon: "Receiver: BOFAUS3N".)
    if (text.charCodeAt(start - 2) === 58 && swiftHeader(text, start)) return SWIFT_BIC;
  } else if (before === 58 || before === 47 || before === 10) {
    const swift = swiftField(text, start);
    if (swift !== null) return swift;
  }
  // (Asked at the value itself: a search of every text for a CDA root cost more than all its values.)
  if (text.charCodeAt(start - 1) === 34 && text.startsWith('extension="', start - 11)) {
    const f = cdaFieldAt(text, start);
    if (f !== null) return f;
  }
  if (hasAamva && (before === 32 || before === 34 || before === 58 || before === 61 || isUpper(before))) {
    const f = aamvaFieldAt(text, start);
    if (f !== null) return f;
  }
  if (!hasHl7 && !hasX12 && !hasFhir) return null;
  if (hasHl7 || hasX12) {
    const line = hasHl7 ? segmentStart(text, start, false) : -1;
    if (line >= 0 && text.charCodeAt(line + 3) === 124) {
      const f = hl7FieldAt(text, line, start);
      if (f !== null) return f;
    }
    const segment = hasX12 ? segmentStart(text, start, true) : -1;
    if (segment >= 0) {
      const f = x12FieldAt(text, segment, start);
      if (f !== null) return f;
    }
  }
  return hasFhir ? fhirFieldAt(text, start) : null;
}
