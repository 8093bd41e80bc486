/**
 * Records pasted into mail name their values by place, not by words: an HL7 v2 segment's field
 * (PID-19 is the SSN, PV1-7 the attending doctor's NPI, a CX identifier's type code "SS"), an X12
 * element's qualifier (NM1 "XX", REF "SY", PER "TE", HI "ABK", BPR "01"/"DA") and a FHIR
 * identifier's or contact point's system. The other fields of those records (MRNs, member IDs,
 * employer IDs, ZIP+4 codes, trace numbers) are not values of the kinds they look like.
 */
import { describe } from 'vitest';
import { classTable } from './helpers.ts';

const table = classTable;

const ISA = 'ISA*00*          *00*          *ZZ*CLEARHOUSE01   *ZZ*PAYER02        *260412*0830*^*00501*000092842*0*P*:~';

describe('HL7 v2 segments', () => {
  table([
    [
      "a PID segment holds the SSN in PID-19 and the driver's licence in PID-20, the account number in PID-18",
      'The interface rejected this one:\n\nMSH|^~\\&|EPIC|OAKCLINIC|LAB|OAK|20260412083000||ADT^A04|MSG00417|P|2.5.1\nPID|1||486201377^^^OAK^MR||NGUYEN^HANNAH^L||19800101|F|||118 ELM ST^^AUSTIN^TX^78701||(512)867-2231|(737)472-3017||||A88120341|512401234|15499418^TX\n',
      [
        ['us-phone', '(512)867-2231'],
        ['us-phone', '(737)472-3017'],
        ['us-ssn', '512401234'],
        ['us-drivers-license', '15499418'],
      ],
    ],
    [
      "a patient identifier list's type codes say which identifier is the SSN and which the medical record number",
      'PID|1||401-88-2734^^^OAK^MR~518-22-0937^^^SSA^SS||OKAFOR^VICTOR||19610722|M\n',
      [['us-ssn', '518-22-0937']],
    ],
    [
      'a visit names its attending and referring doctors by NPI, and its visit number is none',
      'PV1|1|O|CLINIC^^^OAK||||1651732178^UNDERWOOD^HIRO|2725139663^PATEL^CARMEN||||||||||V00981234\n',
      [
        ['npi', '1651732178'],
        ['npi', '2725139663'],
      ],
    ],
    [
      'a diagnosis segment holds an ICD-10 code without its dot, and an ICD-9 code is none',
      'DG1|1||E1165^Type 2 diabetes mellitus with hyperglycemia^I10|||A\nDG1|2||25000^Diabetes mellitus^I9|||A\n',
      [['icd-10', 'E1165']],
    ],
    [
      "a pharmacy order names the prescriber's DEA number and the NDC it dispenses",
      'RXE|^^^20260412^^R|00093714656^Amoxicillin 500 MG^NDC|1||CAP|||||30||||BU1234563^UNDERWOOD^BETH\n',
      [
        ['ndc', '00093714656'],
        ['dea-number', 'BU1234563'],
      ],
    ],
    [
      'a segment is quoted in a reply',
      'On Monday the lab wrote:\n> PID|1||486201377^^^OAK^MR||NGUYEN^HANNAH||19800101|F|||||||||||512401234\n> Please fix PID-19.',
      [['us-ssn', '512401234']],
    ],
  ]);
});

describe('X12 segments', () => {
  const claim = [
    ISA,
    'GS*HC*CLEARHOUSE01*PAYER02*20260412*0830*92842*X*005010X222A1~',
    'NM1*85*2*CEDAR ROW PAIN CLINIC*****XX*1845296379~',
    'N4*AUSTIN*TX*787014417~',
    'REF*EI*741852963~',
    'PER*IC*BILLING OFFICE*TE*5129034417*FX*5129034418*EM*billing@cedarrow.example~',
    'NM1*IL*1*OKAFOR*VICTOR****MI*518220937~',
    'REF*SY*518-22-0937~',
    'HI*ABK:I2510*ABF:Z0000~',
    'SV1*HC:99213*236*UN*1***1~',
  ];
  const expected: [string, string][] = [
    ['npi', '1845296379'],
    ['us-phone', '5129034417'],
    ['us-phone', '5129034418'],
    ['email-address', 'billing@cedarrow.example'],
    ['us-ssn', '518-22-0937'],
    ['icd-10', 'I2510'],
    ['icd-10', 'Z0000'],
  ];
  table([
    ['a claim is pasted one segment per line', `Claim rejected, 837 below:\n\n${claim.join('\n')}\n`, expected],
    ['a claim is pasted as the one line it travels in', `Claim rejected, 837 below:\n${claim.join('')}\n`, expected],
    [
      'a remittance names the payer and payee banks by routing and account number, and its trace and company IDs are none',
      'ERA for April:\nBPR*I*1520.40*C*ACH*CCP*01*021000021*DA*4403918277*1512345678**01*011000015*DA*8837261540*20260415~\nTRN*1*12345678901*1512345678~\n',
      [
        ['aba-routing', '021000021'],
        ['us-bank-account', '4403918277'],
        ['aba-routing', '011000015'],
        ['us-bank-account', '8837261540'],
      ],
    ],
  ]);
});

describe('FHIR identifiers and contact points', () => {
  table([
    [
      "a patient's identifiers are named by their systems, an SSN's URI and a state's licence OID, and a hospital's own identifier is none",
      'Payload:\n{"resourceType": "Patient",\n "identifier": [\n  {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "512-40-1234"},\n  {"system": "urn:oid:2.16.840.1.113883.4.3.48", "value": "15499418"},\n  {"system": "http://hospital.example.org/mrn", "value": "401-88-2734"}\n ],\n "telecom": [{"system": "phone", "value": "5128672231"}, {"system": "email", "value": "h.nguyen@example.net"}]\n}',
      [
        ['us-ssn', '512-40-1234'],
        ['us-drivers-license', '15499418'],
        ['us-phone', '5128672231'],
        ['email-address', 'h.nguyen@example.net'],
      ],
    ],
    [
      "a practitioner written in XML names its NPI by the NPI system's OID",
      '<Practitioner><identifier><system value="urn:oid:2.16.840.1.113883.4.6"/><value value="1651732178"/></identifier></Practitioner>',
      [['npi', '1651732178']],
    ],
  ]);
});
