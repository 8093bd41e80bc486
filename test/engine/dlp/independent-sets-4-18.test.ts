/**
 * The fourth, fifth, sixth and eighth to hundred-and-eighty-second independent sets, each written by an author who never read the engine nor
 * ran it, each with a tune part (inspected, its failures fixed by class) and a held-out part (only
 * ever reported in aggregate):
 * - set 4 (test/fixtures/dlp-independent-4), precision first: business mail dense with numbers
 *   that are not sensitive, true values under the labels people write, look-alikes beside
 *   tempting words. Micro F1 when it came in: tune 0.889, held-out 0.936; after: 0.986, 0.972.
 * - set 5 (test/fixtures/dlp-independent-5): data pasted into mail — JSON and XML payloads, SQL
 *   statements and result grids, logs, HTTP requests, CSV and TSV. When it came in: tune 0.954,
 *   held-out 0.923; after: 0.986, 0.963 (0.994, 0.977 once records, banks abroad and taxpayer IDs were read).
 * - set 6 (test/fixtures/dlp-independent-6): the rarer identifiers (NINO, NHS, SIN, IBAN, BIC,
 *   CUSIP, DEA, NPI, NDC, ICD-10) in UK, Canadian, European, securities and healthcare mail, among
 *   their local look-alikes (sort codes, business numbers, ISINs, UK phone numbers). When it came
 *   in: tune 0.944, held-out 0.942; after: 0.984, 0.979.
 * - set 8 (test/fixtures/dlp-independent-8): forms as their text reaches the gateway (W-9, W-2,
 *   I-9, direct deposit, card authorisation, rental and patient intake forms, CMS-1500, P45): labels
 *   above values, character boxes, combs, instructions with sample values. When it came in: tune
 *   0.923, held-out 0.963; after: 0.978, 0.972.
 * - set 9 (test/fixtures/dlp-independent-9): short sentences as testers and people type them, a
 *   dozen paraphrases and more per kind, labels before and after the value, typos, near-miss
 *   negatives. When it came in: tune 0.961, held-out 0.982; after: 0.980, 0.982.
 * - set 10 (test/fixtures/dlp-independent-10): mail threads — top-posted replies over quoted
 *   history, forwards, inline answers under quoted questions, signatures, disclaimers and meeting
 *   invitations. When it came in: tune 0.986, held-out 0.983; after: 0.995, 0.987.
 * - set 11 (test/fixtures/dlp-independent-11): US clinical and health-plan mail — referrals,
 *   discharge summaries, prior authorisations, pharmacy, claims and EOBs, credentialing, billing
 *   exports — dense with CPT, HCPCS, LOINC, SNOMED, MBI and lab-value look-alikes. When it came in:
 *   tune 0.930, held-out 0.941; after: 0.967, 0.964.
 * - set 12 (test/fixtures/dlp-independent-12): US banking, payments and brokerage operations mail
 *   — ACH, wires (MT103 fields), card disputes, KYC, payroll, fraud — among trace, check, loan,
 *   merchant and reference numbers. When it came in: tune 0.968, held-out 0.982; after: 0.988, 0.989.
 * - set 13 (test/fixtures/dlp-independent-13): IT, security and DevOps mail — alerts, logs, firewall
 *   rules, rotas, phishing reports — among versions, OIDs, hashes, cloud IDs and ticket numbers.
 *   When it came in: tune 0.966, held-out 0.956; after: 0.989, 0.958.
 * - set 14 (test/fixtures/dlp-independent-14): US insurance claims mail — auto, home, life, injury,
 *   subrogation — among VINs, policy, claim, file and loan numbers. When it came in: tune 0.988,
 *   held-out 0.983; after: 0.993, 0.983.
 * - set 15 (test/fixtures/dlp-independent-15): US HR, payroll, benefits and recruiting mail among
 *   employee, position, plan, EIN and ledger numbers. When it came in: tune 0.967, held-out 0.961;
 *   after: 0.993, 0.978.
 * - set 16 (test/fixtures/dlp-independent-16): US tax-preparation and accounting mail among EINs,
 *   PTINs, DLNs, notice numbers and state tax accounts. When it came in: tune 0.960, held-out
 *   0.957; after: 0.983, 0.973.
 * - set 17 (test/fixtures/dlp-independent-17): travel, immigration and identity-document mail
 *   among ticket, booking, loyalty, trusted-traveller and foreign passport numbers. When it came
 *   in: tune 0.937, held-out 0.945; after: 0.979, 0.964.
 * - set 18 (test/fixtures/dlp-independent-18): retail, e-commerce and payments support mail among
 *   order, gift-card, tracking, ARN and IMEI numbers. When it came in: tune 0.959, held-out 0.959;
 *   after: 0.985, 0.973.
 * - set 19 (test/fixtures/dlp-independent-19): US legal and litigation mail among docket, Bates,
 *   matter and bar numbers and citations. When it came in: tune 0.992, held-out 0.979; after:
 *   0.995, 0.982.
 * - set 20 (test/fixtures/dlp-independent-20): education and student-records mail among student
 *   IDs, course, CRN, ISBN and SEVIS numbers. When it came in: tune 0.960, held-out 0.965; after:
 *   0.987, 0.971.
 * - set 21 (test/fixtures/dlp-independent-21): real-estate, mortgage and escrow mail among loan,
 *   MERS MIN, NMLS, parcel and escrow numbers. When it came in: tune 0.980, held-out 0.985; after:
 *   0.996, 0.988.
 * - set 22 (test/fixtures/dlp-independent-22): UK and Canadian business mail among company, VAT,
 *   UTR, PAYE, business, health-card and sort-code numbers. When it came in: tune 0.973, held-out
 *   0.932; after: 0.990, 0.940.
 * - set 23 (test/fixtures/dlp-independent-23): wireless carrier and device-support mail among IMEI,
 *   ICCID, carrier account, port-out PIN and order numbers. When it came in: tune 0.954, held-out
 *   0.918; after: 0.992, 0.949.
 * - set 24 (test/fixtures/dlp-independent-24): car dealership and auto finance mail among VIN,
 *   stock, deal, title, plate, contract and payoff numbers. When it came in: tune 0.957, held-out
 *   0.950; after: 0.990, 0.959.
 * - set 25 (test/fixtures/dlp-independent-25): European business mail in five languages among VAT,
 *   SIREN/SIRET, register, SEPA creditor, mandate and EORI numbers. When it came in: tune 0.977,
 *   held-out 0.975; after: 0.994, 0.978.
 * - set 26 (test/fixtures/dlp-independent-26): pharmacy and pharmacy-benefit mail among Rx, BIN,
 *   PCN, group, member, PA reference, lot, UPC and NCPDP numbers. When it came in: tune 0.962,
 *   held-out 0.970; after: 0.999, 0.970.
 * - set 27 (test/fixtures/dlp-independent-27): benefits and casework mail among case, claim,
 *   Medicaid, EBT card, VA file, docket, employer account, FEIN and MBI numbers. When it came in:
 *   tune 0.966, held-out 0.963; after: 0.984, 0.973.
 * - set 28 (test/fixtures/dlp-independent-28): chat and messaging exports among meeting, message,
 *   user and channel ids, codes and timestamps. When it came in: tune 0.951, held-out 0.966;
 *   after: 0.978, 0.978.
 * - set 29 (test/fixtures/dlp-independent-29): Spanish-language mail from US businesses among
 *   CURP, RFC, matrícula consular, A-number, MTCN and Mexican phone numbers. When it came in: tune
 *   0.935, held-out 0.932; after: 0.985, 0.964.
 * - set 30 (test/fixtures/dlp-independent-30): freight, dispatch and customs mail among container,
 *   BOL, PRO, AWB, tracking, USDOT/MC, seal, HTS and entry numbers. When it came in: tune 0.948,
 *   held-out 0.954; after: 0.991, 0.983.
 * - set 31 (test/fixtures/dlp-independent-31): payment-app and exchange support mail among wallet
 *   addresses, transaction hashes, ACH traces and ARNs. When it came in: tune 0.962, held-out
 *   0.978; after: 0.978, 0.985.
 * - set 32 (test/fixtures/dlp-independent-32): hotel and event-venue mail among confirmation,
 *   folio, room, block, loyalty, authorization and merchant numbers. When it came in: tune 0.980,
 *   held-out 0.962; after: 0.990, 0.962.
 * - set 33 (test/fixtures/dlp-independent-33): nonprofit donor mail among donor, gift, receipt,
 *   pledge, DAF grant, EIN and ACH trace numbers. When it came in: tune 0.977, held-out 0.988;
 *   after: 0.990, 0.992.
 * - set 34 (test/fixtures/dlp-independent-34): utility customer-service mail among the utility's
 *   own account, premise, meter and work-order numbers. When it came in: tune 0.920, held-out
 *   0.892; after: 0.983, 0.928.
 * - set 35 (test/fixtures/dlp-independent-35): manufacturing, procurement and vendor-onboarding
 *   mail among part, drawing, lot, PO, EIN, D-U-N-S and SAP vendor-master numbers. When it came
 *   in: tune 0.946, held-out 0.948; after: 0.985, 0.965.
 * - set 36 (test/fixtures/dlp-independent-36): machine-generated mail (alerts, statements,
 *   monitoring digests) among masked values, tracking numbers, hashes, MACs, OIDs and versions.
 *   When it came in: tune 0.943, held-out 0.936; after: 0.989, 0.936.
 * - set 37 (test/fixtures/dlp-independent-37): staffing, background-check and I-9 mail among
 *   requisition, order, E-Verify case, receipt and specimen numbers. When it came in: tune 0.984,
 *   held-out 0.969; after: 0.990, 0.983.
 * - set 38 (test/fixtures/dlp-independent-38): clinical research and laboratory mail among
 *   subject, accession, protocol, lot, kit and storage-box numbers. When it came in: tune 0.969,
 *   held-out 0.933; after: 0.992, 0.953.
 * - set 39 (test/fixtures/dlp-independent-39): property-management, HOA and landlord-tenant mail
 *   among unit, lease, ledger, parcel, gate-code, voucher and HOA account numbers. When it came
 *   in: tune 0.978, held-out 0.962; after: 0.985, 0.974.
 * - set 40 (test/fixtures/dlp-independent-40): personal and family mail among birthdays, flight,
 *   confirmation and order numbers, Wi-Fi keys and utility accounts. When it came in: tune 0.973,
 *   held-out 0.984; after: 0.988, 0.983.
 * - set 41 (test/fixtures/dlp-independent-41): call-centre and voicemail transcripts with numbers
 *   read aloud. When it came in: tune 0.785, held-out 0.821 (the weakest of any set); after: 0.902,
 *   0.909.
 * - set 42 (test/fixtures/dlp-independent-42): mail from India, Singapore, Australia and New
 *   Zealand among their own tax, company and bank numbers. When it came in: tune 0.971, held-out
 *   0.974; after: 0.998, 0.984.
 * - set 43 (test/fixtures/dlp-independent-43): gig-economy and rideshare driver mail among VINs,
 *   plates, policy, trip and payout numbers. When it came in: tune 0.986, held-out 0.971; after:
 *   0.989, 0.971.
 * - set 44 (test/fixtures/dlp-independent-44): healthcare revenue-cycle mail. Its labeller leaves
 *   organisations' NPIs and TINs unlabelled, where every other set labels a group's NPI. When it
 *   came in: tune 0.901, held-out 0.931; after: 0.904, 0.937.
 * - set 45 (test/fixtures/dlp-independent-45): military, VA and government-contractor mail. Its
 *   labeller leaves DSN numbers unlabelled. When it came in: tune 0.952, held-out 0.974; after:
 *   0.959, 0.974.
 * - set 46 (test/fixtures/dlp-independent-46): marketing and notification mail after HTML-to-text.
 *   Its labeller leaves percent-encoded addresses in links unlabelled. When it came in: tune
 *   0.901, held-out 0.919; after: 0.950, 0.947.
 * - set 47 (test/fixtures/dlp-independent-47): insurance agency and premium-finance mail. When it
 *   came in: tune 0.985, held-out 0.965; after: 0.986, 0.969.
 * - set 48 (test/fixtures/dlp-independent-48): courts, bail bonds and corrections mail. When it
 *   came in: tune 0.963, held-out 0.982; after: 0.975, 0.984.
 * - set 49 (test/fixtures/dlp-independent-49): developers' debugging mail with pasted payloads.
 *   When it came in: tune 0.977, held-out 0.978; after: 0.988, 0.981.
 * - set 50 (test/fixtures/dlp-independent-50): home-health, hospice and senior-living mail. When it
 *   came in: tune 0.948, held-out 0.976; after: 0.970, 0.976.
 * - set 51 (test/fixtures/dlp-independent-51): construction, subcontractor and certified-payroll mail. When it came in: tune
 *   0.978, held-out 0.950; after: 0.999, 0.953.
 * - set 52 (test/fixtures/dlp-independent-52): funeral-home, estate and probate mail. When it came in: tune
 *   0.986, held-out 0.964; after: 0.988, 0.964.
 * - set 53 (test/fixtures/dlp-independent-53): dental, optometry, chiropractic and veterinary practice mail. When it came in: tune
 *   0.986, held-out 0.977; after: 0.995, 0.983.
 * - set 54 (test/fixtures/dlp-independent-54): youth sports, camp and school-activity registration mail. When it came in: tune
 *   0.968, held-out 0.988; after: 0.994, 0.988.
 * - set 55 (test/fixtures/dlp-independent-55): agriculture mail (farm loans, grain, crop insurance, H-2A labour). When it came in: tune
 *   0.974, held-out 0.942; after: 0.998, 0.964.
 * - set 56 (test/fixtures/dlp-independent-56): college financial-aid, student-loan and 529 mail. When it came in: tune
 *   0.942, held-out 0.974; after: 0.977, 0.982.
 * - set 57 (test/fixtures/dlp-independent-57): aviation crew, airline operations and maintenance mail. When it came in: tune
 *   0.967, held-out 0.948; after: 0.982, 0.961.
 * - set 58 (test/fixtures/dlp-independent-58): data-breach and incident-response mail. When it came in: tune
 *   0.976, held-out 0.978; after: 0.981, 0.978.
 * - set 59 (test/fixtures/dlp-independent-59): retail store operations and loss-prevention mail. When it came in: tune
 *   0.966, held-out 0.972; after: 0.991, 0.973.
 * - set 60 (test/fixtures/dlp-independent-60): hasty mail with typos in its labels. When it came in: tune
 *   0.870, held-out 0.904; after: 0.948, 0.938.
 * - set 61 (test/fixtures/dlp-independent-61): casino, sportsbook and gaming-compliance mail. When it came in: tune
 *   0.952, held-out 0.968; after: 0.980, 0.975.
 * - set 62 (test/fixtures/dlp-independent-62): French and Portuguese mail from Quebec and Brazilian customers and staff. When it came in: tune
 *   0.884, held-out 0.882; after: 0.902, 0.888.
 * - set 63 (test/fixtures/dlp-independent-63): debt-collection and credit-dispute mail. When it came in: tune
 *   0.941, held-out 0.953; after: 0.955, 0.965.
 * - set 64 (test/fixtures/dlp-independent-64): cannabis-dispensary mail. When it came in: tune
 *   0.974, held-out 0.952; after: 0.983, 0.963.
 * - set 65 (test/fixtures/dlp-independent-65): CRM exports, contact lists and vCards. When it came in: tune
 *   0.975, held-out 0.986; after: 0.980, 0.989.
 * - set 66 (test/fixtures/dlp-independent-66): wealth-management, trust-company and family-office mail. When it came in: tune
 *   0.945, held-out 0.950; after: 0.947, 0.950.
 * - set 67 (test/fixtures/dlp-independent-67): mail mangled by mail clients and copy-paste. When it came in: tune
 *   0.984, held-out 0.964; after: 0.994, 0.992.
 * - set 68 (test/fixtures/dlp-independent-68): behavioural-health, therapy, psychiatry, EAP and telehealth practice mail. When it came in: tune
 *   0.963, held-out 0.962; after: 0.985, 0.966.
 * - set 69 (test/fixtures/dlp-independent-69): county clerk, elections, vital-records and jury-administration mail. When it came in: tune
 *   0.943, held-out 0.942; after: 0.990, 0.948.
 * - set 70 (test/fixtures/dlp-independent-70): durable medical equipment, home infusion and medical-device supplier mail. When it came in: tune
 *   0.949, held-out 0.948; after: 0.982, 0.953.
 * - set 71 (test/fixtures/dlp-independent-71): immigration-attorney and legal-aid mail. When it came in: tune
 *   0.979, held-out 0.968; after: 0.985, 0.972.
 * - set 72 (test/fixtures/dlp-independent-72): check-cashing, pawn, money-transmitter and prepaid-card mail. When it came in: tune
 *   0.975, held-out 0.959; after: 0.998, 0.980.
 * - set 73 (test/fixtures/dlp-independent-73): mail from customers writing in a second language or through machine translation. When it came in: tune
 *   0.976, held-out 0.966; after: 0.985, 0.966.
 * - set 74 (test/fixtures/dlp-independent-74): meeting invitations and notes. When it came in: tune
 *   0.934, held-out 0.946; after: 0.974, 0.969.
 * - set 75 (test/fixtures/dlp-independent-75): OCR output of scanned documents. When it came in: tune
 *   0.872, held-out 0.891; after: 0.895, 0.902.
 * - set 76 (test/fixtures/dlp-independent-76): many people's data in lists. When it came in: tune
 *   0.967, held-out 0.946; after: 0.989, 0.951.
 * - set 77 (test/fixtures/dlp-independent-77): IT service-desk and HR ticketing notification mail. When it came in: tune
 *   0.969, held-out 0.972; after: 0.976, 0.977.
 * - set 78 (test/fixtures/dlp-independent-78): mail written and answered on phones. When it came in: tune
 *   0.974, held-out 0.976; after: 0.985, 0.980.
 * - set 79 (test/fixtures/dlp-independent-79): trucking, CDL driver recruiting and DOT compliance mail. When it came in: tune
 *   0.969, held-out 0.964; after: 0.987, 0.976.
 * - set 80 (test/fixtures/dlp-independent-80): patients' and families' mail with portals, pharmacies and insurers. When it came in: tune
 *   0.976, held-out 0.980; after: 0.990, 0.982.
 * - set 81 (test/fixtures/dlp-independent-81): structured exports pasted into mail (JSON, YAML, .env, XML, logs, CSV). When it came in: tune
 *   0.957, held-out 0.941; after: 0.966, 0.946.
 * - set 82 (test/fixtures/dlp-independent-82): hospital admissions, bed-management and case-management mail. When it came in: tune
 *   0.963, held-out 0.922; after: 0.976, 0.924.
 * - set 83 (test/fixtures/dlp-independent-83): auto repair, body-shop and insurance-estimate mail. When it came in: tune
 *   0.967, held-out 0.953; after: 0.983, 0.955.
 * - set 84 (test/fixtures/dlp-independent-84): mail forwarded and replied to many times. When it came in: tune
 *   0.968, held-out 0.982; after: 0.986, 0.984.
 * - set 85 (test/fixtures/dlp-independent-85): genealogy, family-history and estate-research mail. When it came in: tune
 *   0.973, held-out 0.996; after: 0.991, 0.997.
 * - set 86 (test/fixtures/dlp-independent-86): US bankruptcy mail (debtors' attorneys, trustees, creditors, counseling agencies). When it came in: tune
 *   0.952, held-out 0.963; after: 0.991, 0.963.
 * - set 87 (test/fixtures/dlp-independent-87): marketing and transactional HTML mail after HTML-to-text conversion. When it came in: tune
 *   0.982, held-out 0.974; after: 1.000, 0.983.
 * - set 88 (test/fixtures/dlp-independent-88): US fertility clinics, surrogacy and adoption agencies. When it came in: tune
 *   0.987, held-out 0.969; after: 0.995, 0.989.
 * - set 89 (test/fixtures/dlp-independent-89): US home-services trades mail (plumbing, HVAC, electrical, pest, cleaning, lawn). When it came in: tune
 *   0.958, held-out 0.978; after: 0.982, 0.977.
 * - set 90 (test/fixtures/dlp-independent-90): US retirement-plan administration mail (401(k), 403(b), pensions). When it came in: tune
 *   0.969, held-out 0.966; after: 0.990, 0.979.
 * - set 91 (test/fixtures/dlp-independent-91): US K-12 school district mail (special education, school health, transportation, HR). When it came in: tune
 *   0.964, held-out 0.970; after: 0.984, 0.982.
 * - set 92 (test/fixtures/dlp-independent-92): US moving, self-storage and corporate relocation mail. When it came in: tune
 *   0.973, held-out 0.965; after: 0.993, 0.974.
 * - set 93 (test/fixtures/dlp-independent-93): US guardianship, conservatorship and adult protective services mail. When it came in: tune
 *   0.975, held-out 0.941; after: 0.981, 0.941.
 * - set 94 (test/fixtures/dlp-independent-94): US public-safety mail (911 / CAD, EMS, fire prevention, records). When it came in: tune
 *   0.967, held-out 0.979; after: 0.977, 0.982.
 * - set 95 (test/fixtures/dlp-independent-95): US car rental, car sharing and toll-road customer mail. When it came in: tune
 *   0.936, held-out 0.977; after: 0.987, 0.982.
 * - set 96 (test/fixtures/dlp-independent-96): mail whose text carries Unicode as real clients produce it. When it came in: tune
 *   0.982, held-out 0.957; after: 0.988, 0.961.
 * - set 97 (test/fixtures/dlp-independent-97): US wage garnishment and withholding-order mail. When it came in: tune
 *   0.987, held-out 0.948; after: 0.996, 0.948.
 * - set 98 (test/fixtures/dlp-independent-98): US card-payment processors and merchants. When it came in: tune
 *   0.992, held-out 0.980; after: 0.997, 0.980.
 * - set 99 (test/fixtures/dlp-independent-99): trust-and-safety and fraud reports from online platforms. When it came in: tune
 *   0.953, held-out 0.969; after: 0.983, 0.969.
 * - set 100 (test/fixtures/dlp-independent-100): US bookkeeping and accounting firms' mail with small-business clients. When it came in: tune
 *   0.978, held-out 0.979; after: 0.980, 0.980.
 * - set 101 (test/fixtures/dlp-independent-101): US rental applications and tenant screening. When it came in: tune
 *   0.988, held-out 0.975; after: 0.991, 0.978.
 * - set 102 (test/fixtures/dlp-independent-102): EDI X12 and HL7 v2 messages pasted into mail. When it came in: tune
 *   0.966, held-out 0.950; after: 0.991, 0.956.
 * - set 103 (test/fixtures/dlp-independent-103): US childcare centres, preschools, nanny agencies and state childcare-subsidy mail. When it came in: tune
 *   0.994, held-out 0.984; after: 0.996, 0.993.
 * - set 104 (test/fixtures/dlp-independent-104): US plasma and blood donation centres: donor registration, screening, compensation cards, deferrals. When it came in: tune
 *   0.969, held-out 0.938; after: 0.992, 0.956.
 * - set 105 (test/fixtures/dlp-independent-105): US process servers, skip tracing, repossession agents and people-search opt-out requests. When it came in: tune
 *   0.968, held-out 0.976; after: 0.987, 0.983.
 * - set 106 (test/fixtures/dlp-independent-106): US workers' compensation claims, return-to-work, nurse case management and employer first reports of injury. When it came in: tune
 *   0.977, held-out 0.986; after: 0.981, 0.989.
 * - set 107 (test/fixtures/dlp-independent-107): US gyms, fitness clubs, yoga studios and membership billing. When it came in: tune
 *   0.989, held-out 0.975; after: 0.993, 0.978.
 * - set 108 (test/fixtures/dlp-independent-108): US credit unions' member services. When it came in: tune
 *   0.954, held-out 0.935; after: 0.980, 0.948.
 * - set 109 (test/fixtures/dlp-independent-109): out-of-office replies, bounces, delivery notifications and auto-responders. When it came in: tune
 *   0.989, held-out 0.984; after: 0.994, 0.989.
 * - set 110 (test/fixtures/dlp-independent-110): US pharmacy benefit and specialty-drug prior authorisation, copay assistance and patient hub services mail. When it came in: tune
 *   0.991, held-out 0.976; after: 0.994, 0.976.
 * - set 111 (test/fixtures/dlp-independent-111): US vital records and identity recovery. When it came in: tune
 *   0.975, held-out 0.973; after: 0.992, 0.973.
 * - set 112 (test/fixtures/dlp-independent-112): US church, school and club volunteer coordinators' mail. When it came in: tune
 *   0.989, held-out 0.989; after: 0.991, 0.989.
 * - set 113 (test/fixtures/dlp-independent-113): US online marketplace sellers' mail (Etsy, eBay, Amazon). When it came in: tune
 *   0.981, held-out 0.980; after: 0.994, 0.980.
 * - set 114 (test/fixtures/dlp-independent-114): US direct-to-consumer telehealth and prescription apps. When it came in: tune
 *   0.990, held-out 0.970; after: 0.994, 0.970.
 * - set 115 (test/fixtures/dlp-independent-115): US tax-resolution firms: IRS levies and liens, installment agreements, powers of attorney, transcripts and offers in compromise. When it came in: tune
 *   0.974, held-out 0.999; after: 0.979, 0.999.
 * - set 116 (test/fixtures/dlp-independent-116): US small-business lending: SBA loans, merchant cash advances, equipment finance. When it came in: tune
 *   0.985, held-out 0.991; after: 0.987, 0.991.
 * - set 117 (test/fixtures/dlp-independent-117): US notaries, apostille services, certified translation and document couriers. When it came in: tune
 *   0.997, held-out 0.965; after: 1.000, 0.965.
 * - set 118 (test/fixtures/dlp-independent-118): US pharmaceutical sales representatives, drug-sample accountability, medical information and speaker programs. When it came in: tune
 *   0.977, held-out 0.965; after: 0.992, 0.966.
 * - set 119 (test/fixtures/dlp-independent-119): US bank fraud investigations, AML alert reviews and SAR narrative drafts. When it came in: tune
 *   0.983, held-out 0.990; after: 0.986, 0.992.
 * - set 120 (test/fixtures/dlp-independent-120): US mortgage servicing: loss mitigation, escrow, payoffs and foreclosure alternatives. When it came in: tune
 *   0.980, held-out 0.968; after: 0.984, 0.978.
 * - set 121 (test/fixtures/dlp-independent-121): values as spreadsheets mangle them when pasted into mail. When it came in: tune
 *   0.897, held-out 0.902; after: 0.921, 0.909.
 * - set 122 (test/fixtures/dlp-independent-122): US IT asset disposition: device buyback, e-waste, returns and data-destruction certificates. When it came in: tune
 *   0.968, held-out 0.968; after: 0.972, 0.971.
 * - set 123 (test/fixtures/dlp-independent-123): US electronic health record vendor support tickets. When it came in: tune
 *   0.960, held-out 0.893; after: 0.972, 0.901.
 * - set 124 (test/fixtures/dlp-independent-124): US reference laboratories: requisitions, results, couriers, client services and patient billing. When it came in: tune
 *   0.971, held-out 0.930; after: 0.983, 0.930.
 * - set 125 (test/fixtures/dlp-independent-125): US animal shelters, pet adoption, microchip registries and pet insurance. When it came in: tune
 *   0.981, held-out 0.985; after: 0.990, 0.987.
 * - set 126 (test/fixtures/dlp-independent-126): US state wildlife agencies: hunting, fishing and boating licences, draws and violations. When it came in: tune
 *   0.962, held-out 0.955; after: 0.971, 0.957.
 * - set 127 (test/fixtures/dlp-independent-127): US residential solar installers and home energy financing. When it came in: tune
 *   0.996, held-out 0.989; after: 0.996, 0.989.
 * - set 128 (test/fixtures/dlp-independent-128): US dialysis centres, kidney transplant coordination and organ-procurement mail. When it came in: tune
 *   0.976, held-out 0.989; after: 0.982, 0.989.
 * - set 129 (test/fixtures/dlp-independent-129): US occupational health clinics and drug-testing programmes (DOT physicals, MRO verification, custody and control forms). When it came in: tune
 *   0.959, held-out 0.982; after: 0.996, 0.984.
 * - set 130 (test/fixtures/dlp-independent-130): US university international student and scholar offices (SEVIS, I-20, visas, OPT/CPT, tuition from abroad). When it came in: tune
 *   0.966, held-out 0.976; after: 0.979, 0.976.
 * - set 131 (test/fixtures/dlp-independent-131): US SR-22 and high-risk auto insurance filings, DMV reinstatement, traffic schools and ignition interlocks. When it came in: tune
 *   0.948, held-out 0.982; after: 0.976, 0.982.
 * - set 132 (test/fixtures/dlp-independent-132): US state unemployment insurance and payroll-tax agencies (claims, benefit charges, wage audits, overpayments). When it came in: tune
 *   0.985, held-out 0.972; after: 0.988, 0.972.
 * - set 133 (test/fixtures/dlp-independent-133): US corporate travel management (traveller profiles, passports, corporate cards, itineraries, visa letters). When it came in: tune
 *   0.960, held-out 0.946; after: 0.994, 0.949.
 * - set 134 (test/fixtures/dlp-independent-134): US locum tenens and physician credentialing (NPI, DEA, state medical licences, CAQH, privileging). When it came in: tune
 *   0.980, held-out 0.976; after: 0.996, 0.988.
 * - set 135 (test/fixtures/dlp-independent-135): US oil and gas royalty owner relations (division orders, owner numbers, W-9s, direct deposit, 1099-MISC, escheat). When it came in: tune
 *   0.971, held-out 0.956; after: 0.974, 0.960.
 * - set 136 (test/fixtures/dlp-independent-136): US COBRA and continuation-coverage administration (notices, elections, dependants, premiums by ACH and card). When it came in: tune
 *   0.993, held-out 0.994; after: 1.000, 0.994.
 * - set 137 (test/fixtures/dlp-independent-137): US hospice and home health agencies (referrals and intake, Medicare eligibility, visits, families, billing, field payroll). When it came in: tune
 *   0.989, held-out 0.982; after: 0.992, 0.982.
 * - set 138 (test/fixtures/dlp-independent-138): US court reporting, e-discovery vendors and litigation support (depositions, transcripts, privilege logs, productions, load files). When it came in: tune
 *   0.971, held-out 0.950; after: 0.997, 0.955.
 * - set 139 (test/fixtures/dlp-independent-139): US household moving and corporate relocation (estimates, bills of lading, storage in transit, military moves, claims). When it came in: tune
 *   0.973, held-out 0.995; after: 0.979, 0.995.
 * - set 140 (test/fixtures/dlp-independent-140): US homeowners associations and community management (dues, ACH autopay, violations, collections, board and vendor mail). When it came in: tune
 *   0.993, held-out 0.984; after: 0.996, 0.984.
 * - set 141 (test/fixtures/dlp-independent-141): US public defender offices and civil legal aid (intake, conflict checks, court dates, fee waivers, discovery, investigators' notes). When it came in: tune
 *   0.991, held-out 0.934; after: 0.991, 0.934.
 * - set 142 (test/fixtures/dlp-independent-142): US trucking fleets and owner-operators (driver files, ELD logs, IFTA, fuel cards, DOT drug testing, settlements). When it came in: tune
 *   0.983, held-out 0.969; after: 0.989, 0.969.
 * - set 143 (test/fixtures/dlp-independent-143): US county election offices (voter registration, poll worker payroll, mail ballots, petition checks, record requests). When it came in: tune
 *   0.976, held-out 0.957; after: 0.983, 0.963.
 * - set 144 (test/fixtures/dlp-independent-144): US foster care and adoption agencies (placements, Medicaid and SSI for children, records, foster parent licensing). When it came in: tune
 *   0.982, held-out 0.974; after: 0.990, 0.974.
 * - set 145 (test/fixtures/dlp-independent-145): US medical spas and cosmetic surgery practices (consultations, patient financing and card deposits, photo consent, refunds). When it came in: tune
 *   0.997, held-out 0.973; after: 0.997, 0.973.
 * - set 146 (test/fixtures/dlp-independent-146): US county property tax assessors and treasurers (exemptions, appeals, parcels, tax bills and escrow, tax sales). When it came in: tune
 *   0.990, held-out 0.998; after: 0.990, 0.998.
 * - set 147 (test/fixtures/dlp-independent-147): US wedding and event planners (vendor contracts and deposits, guest lists, destination weddings and passports). When it came in: tune
 *   0.961, held-out 0.987; after: 0.961, 0.987.
 * - set 148 (test/fixtures/dlp-independent-148): US behavioral health and substance use treatment (intake and insurance, Part 2 consents, court-ordered treatment, MAT, billing). When it came in: tune
 *   0.997, held-out 0.980; after: 0.997, 0.980.
 * - set 149 (test/fixtures/dlp-independent-149): US franchise back offices (franchisee applications, royalty and ad-fund ACH drafts, owner background checks, FDD receipts, location payroll). When it came in: tune
 *   0.989, held-out 0.988; after: 0.997, 0.988.
 * - set 150 (test/fixtures/dlp-independent-150): US marinas, boat dealers and yacht brokers (slip leases, vessel documentation, surveys, boat loans and insurance, crew paperwork). When it came in: tune
 *   0.990, held-out 0.991; after: 0.996, 0.991.
 * - set 151 (test/fixtures/dlp-independent-151): US municipal parking, permits and code enforcement (citations and appeals, residential permits, boot and tow releases, hearings). When it came in: tune
 *   0.977, held-out 0.979; after: 0.996, 0.979.
 * - set 152 (test/fixtures/dlp-independent-152): US private K-12 schools (admissions, enrollment contracts, tuition billing, tuition-assistance applications, health forms). When it came in: tune
 *   0.999, held-out 0.996; after: 1.000, 0.996.
 * - set 153 (test/fixtures/dlp-independent-153): US hospital patient financial services (itemized bills, financial assistance applications, payment plans, collections hand-offs). When it came in: tune
 *   0.960, held-out 0.972; after: 0.994, 0.975.
 * - set 154 (test/fixtures/dlp-independent-154): US food banks and social-service nonprofits (client intake, SNAP and WIC help, rent assistance, volunteer checks, donors). When it came in: tune
 *   0.996, held-out 0.993; after: 0.996, 0.993.
 * - set 155 (test/fixtures/dlp-independent-155): US city parks and recreation (program registrations, facility rentals, league rosters, fee waivers, refunds to cards). When it came in: tune
 *   0.984, held-out 0.983; after: 0.989, 0.989.
 * - set 156 (test/fixtures/dlp-independent-156): US tribal government and enterprises (enrollment and per-capita distributions, clinic referrals, housing, casino HR and payroll). When it came in: tune
 *   0.983, held-out 0.985; after: 0.986, 0.985.
 * - set 157 (test/fixtures/dlp-independent-157): US auto repair and collision centers (repair orders, insurance claims, customer financing, fleet accounts, card payments). When it came in: tune
 *   0.997, held-out 0.982; after: 0.997, 0.984.
 * - set 158 (test/fixtures/dlp-independent-158): US multifamily property management (move-in and move-out, rent ledgers and ACH autopay, maintenance, recertifications). When it came in: tune
 *   0.996, held-out 0.975; after: 1.000, 0.975.
 * - set 159 (test/fixtures/dlp-independent-159): US child support enforcement (case intake, income withholding orders, NACHA payment addenda, paternity, interstate cases). When it came in: tune
 *   0.981, held-out 0.966; after: 0.996, 0.971.
 * - set 160 (test/fixtures/dlp-independent-160): US guardianship and conservatorship (annual accountings, the ward's bank and benefit accounts, representative payees, court filings). When it came in: tune
 *   0.990, held-out 0.984; after: 0.992, 0.984.
 * - set 161 (test/fixtures/dlp-independent-161): US film and television production payroll (start paperwork, deal memos, timecards, vendor payments, residuals). When it came in: tune
 *   0.998, held-out 0.987; after: 0.998, 0.987.
 * - set 162 (test/fixtures/dlp-independent-162): US ground ambulance and air-medical billing (run reports, CMS-1500 claims, facility transfers, balance-billing disputes). When it came in: tune
 *   0.959, held-out 0.966; after: 0.972, 0.966.
 * - set 163 (test/fixtures/dlp-independent-163): US jewelry stores, watch dealers and luxury consignment (layaway, appraisals, consignor payouts, Form 8300). When it came in: tune
 *   0.986, held-out 0.994; after: 0.986, 0.994.
 * - set 164 (test/fixtures/dlp-independent-164): US airport badging offices (badge applications, fingerprints and STA/CHRC checks, tenant sponsors, audits). When it came in: tune
 *   0.999, held-out 0.960; after: 0.999, 0.960.
 * - set 165 (test/fixtures/dlp-independent-165): US community bank treasury management onboarding (ACH origination, positive pay, remote deposit, wires, sweeps). When it came in: tune
 *   0.976, held-out 0.936; after: 0.978, 0.936.
 * - set 166 (test/fixtures/dlp-independent-166): US audiology and hearing aid practices (evaluations, device orders and repairs, insurance and VA benefits). When it came in: tune
 *   0.988, held-out 0.979; after: 0.993, 0.979.
 * - set 167 (test/fixtures/dlp-independent-167): US jail and prison services (inmate trust accounts, commissary, inmate phones, visitation, bond refunds). When it came in: tune
 *   0.974, held-out 0.966; after: 0.982, 0.967.
 * - set 168 (test/fixtures/dlp-independent-168): US ticketing and venue box offices (season tickets, refunds and chargebacks, will-call, accessible seating). When it came in: tune
 *   0.987, held-out 0.987; after: 0.989, 0.987.
 * - set 169 (test/fixtures/dlp-independent-169): US dental support organizations and billing offices (verification, CDT claims, financing, dentist payroll). When it came in: tune
 *   0.993, held-out 0.937; after: 0.993, 0.937.
 * - set 170 (test/fixtures/dlp-independent-170): US motorcoach, charter and school-transportation contractors (driver files, charters, manifests, fuel cards). When it came in: tune
 *   0.983, held-out 0.993; after: 0.983, 0.993.
 * - set 171 (test/fixtures/dlp-independent-171): US bitcoin ATM and crypto kiosk operators (KYC, limits, scam-victim refunds, law-enforcement requests). When it came in: tune
 *   0.981, held-out 0.986; after: 0.986, 0.986 (0.989, 0.986 after session 39's passport type cells).
 * - set 172 (test/fixtures/dlp-independent-172): US cemeteries and memorial parks (pre-need contracts, interments, monuments, perpetual care trust, veterans). When it came in: tune
 *   0.987, held-out 0.977; after: 0.987, 0.977.
 * - set 173 (test/fixtures/dlp-independent-173): US state lottery claim centers (prize claims, winner identity checks, withholding, offsets, annuities, retailer commissions). When it came in (at fa3a8a3): tune
 *   0.989, held-out 0.984; after: 0.995, 0.984.
 * - set 174 (test/fixtures/dlp-independent-174): US 1031 exchange qualified intermediaries (exchange agreements, identification notices, escrow wires, closing statements). When it came in (at b160dac): tune
 *   0.953, held-out 0.972; after: 0.988, 0.991.
 * - set 175 (test/fixtures/dlp-independent-175): US HSA, FSA and HRA benefit administrators (enrollment files, claims substantiation, debit cards, reimbursements). When it came in (at b160dac): tune
 *   0.981, held-out 0.974; after: 0.988, 0.974.
 * - set 176 (test/fixtures/dlp-independent-176): US outpatient radiology and imaging centers (orders, prior authorization, scheduling, reports, billing). When it came in (at 0eb6871): tune
 *   0.983, held-out 0.974; after: 0.990, 0.976.
 * - set 177 (test/fixtures/dlp-independent-177): US 529 college savings and ABLE account program administrators (enrollment, contributions, withdrawals, operations). When it came in (at b160dac): tune
 *   0.963, held-out 0.951; after: 0.964, 0.951.
 * - set 178 (test/fixtures/dlp-independent-178): US pharmaceutical wholesale distributors (controlled-substance ordering, suspicious order monitoring, chargebacks). When it came in (at 5ac659c): tune
 *   0.991, held-out 0.987; after: 0.999, 0.992.
 * - set 179 (test/fixtures/dlp-independent-179): US timeshare and vacation ownership resorts (owner accounts, maintenance fees, financing, exit-company scams). When it came in (at d1e6b93): tune
 *   0.993, held-out 0.985; after: 0.993, 0.985.
 * - set 180 (test/fixtures/dlp-independent-180): US pet insurance carriers and veterinary emergency hospitals (policies, claims, estimates, deposits, referrals). When it came in (at 5ac659c): tune
 *   0.995, held-out 0.996; after: 0.997, 0.996.
 * - set 181 (test/fixtures/dlp-independent-181): US travel nurse and allied health staffing agencies (recruiting, credentialing, compliance files, stipends, payroll). When it came in (at 39c51a6): tune
 *   0.992, held-out 0.989; after: 0.992, 0.989.
 * - set 182 (test/fixtures/dlp-independent-182): US state tag agencies and vehicle title services (title transfers, lien releases, registrations, dealer plates). When it came in (at d1e6b93): tune
 *   0.991, held-out 0.987; after: 0.996, 0.987.
 * (Sets 102 and 159 lost held-out findings to session 38's rule for nine digits run together with no SSN
 *   word, which the older sets' held-out parts gained 316 from: their floors were lowered to 0.95 and 0.955.)
 * Asserted as floors under what was measured after.
 */
import { describe, expect, it } from 'vitest';
import { independentPaths, loadMailCases, oursDetect, scoreMail } from '../../../bench/mail-accuracy.ts';

const SETS = [
  { name: 'fourth', paths: independentPaths(4), tune: { f1: 0.97, negative: 4 }, heldout: { f1: 0.95, negative: 10 } },
  { name: 'fifth', paths: independentPaths(5), tune: { f1: 0.97, negative: 2 }, heldout: { f1: 0.95, negative: 14 } },
  { name: 'sixth', paths: independentPaths(6), tune: { f1: 0.97, negative: 7 }, heldout: { f1: 0.96, negative: 10 } },
  { name: 'eighth', paths: independentPaths(8), tune: { f1: 0.96, negative: 3 }, heldout: { f1: 0.96, negative: 9 } },
  { name: 'ninth', paths: independentPaths(9), tune: { f1: 0.97, negative: 3 }, heldout: { f1: 0.97, negative: 3 } },
  // Fewer, longer cases: whole threads of 300–1,700 characters.
  { name: 'tenth', paths: independentPaths(10), tune: { f1: 0.98, negative: 4 }, heldout: { f1: 0.975, negative: 5 }, cases: 148 },
  { name: 'eleventh', paths: independentPaths(11), tune: { f1: 0.955, negative: 15 }, heldout: { f1: 0.95, negative: 27 }, cases: 176 },
  { name: 'twelfth', paths: independentPaths(12), tune: { f1: 0.975, negative: 6 }, heldout: { f1: 0.975, negative: 9 }, cases: 180 },
  { name: 'thirteenth', paths: independentPaths(13), tune: { f1: 0.975, negative: 6 }, heldout: { f1: 0.945, negative: 11 }, cases: 179 },
  { name: 'fourteenth', paths: independentPaths(14), tune: { f1: 0.98, negative: 7 }, heldout: { f1: 0.97, negative: 4 } },
  { name: 'fifteenth', paths: independentPaths(15), tune: { f1: 0.985, negative: 2 }, heldout: { f1: 0.97, negative: 11 } },
  // Its negatives hold fictional 555-01xx office numbers, which the engine keeps as phones (Presidio's cases label them).
  { name: 'sixteenth', paths: independentPaths(16), tune: { f1: 0.975, negative: 20 }, heldout: { f1: 0.965, negative: 20 } },
  {
    name: 'seventeenth',
    paths: independentPaths(17),
    tune: { f1: 0.97, negative: 2 },
    heldout: { f1: 0.955, negative: 6, realistic: 0.945 },
  },
  { name: 'eighteenth', paths: independentPaths(18), tune: { f1: 0.98, negative: 9 }, heldout: { f1: 0.965, negative: 4 } },
  { name: 'nineteenth', paths: independentPaths(19), tune: { f1: 0.985, negative: 2 }, heldout: { f1: 0.97, negative: 9 }, cases: 149 },
  { name: 'twentieth', paths: independentPaths(20), tune: { f1: 0.975, negative: 10 }, heldout: { f1: 0.96, negative: 25 }, cases: 149 },
  { name: 'twenty-first', paths: independentPaths(21), tune: { f1: 0.985, negative: 2 }, heldout: { f1: 0.975, negative: 9 } },
  // Its held-out negatives hold look-alikes the tune half has none of (what they are was not looked at).
  { name: 'twenty-second', paths: independentPaths(22), tune: { f1: 0.98, negative: 3 }, heldout: { f1: 0.93, negative: 46 } },
  // Its held-out half was the weakest of any set when it came in (what it misses was not looked at).
  {
    name: 'twenty-third',
    paths: independentPaths(23),
    tune: { f1: 0.975, negative: 2 },
    heldout: { f1: 0.925, negative: 28, realistic: 0.945 },
  },
  { name: 'twenty-fourth', paths: independentPaths(24), tune: { f1: 0.975, negative: 6 }, heldout: { f1: 0.95, negative: 20 } },
  { name: 'twenty-fifth', paths: independentPaths(25), tune: { f1: 0.985, negative: 2 }, heldout: { f1: 0.97, negative: 9 } },
  { name: 'twenty-sixth', paths: independentPaths(26), tune: { f1: 0.99, negative: 2 }, heldout: { f1: 0.96, negative: 18 } },
  { name: 'twenty-seventh', paths: independentPaths(27), tune: { f1: 0.975, negative: 14 }, heldout: { f1: 0.965, negative: 12 } },
  // Its negatives hold fictional 555-01xx numbers, which the engine keeps as phones (Presidio's cases label them).
  { name: 'twenty-eighth', paths: independentPaths(28), tune: { f1: 0.97, negative: 16 }, heldout: { f1: 0.97, negative: 17 } },
  { name: 'twenty-ninth', paths: independentPaths(29), tune: { f1: 0.975, negative: 14 }, heldout: { f1: 0.955, negative: 20 } },
  { name: 'thirtieth', paths: independentPaths(30), tune: { f1: 0.975, negative: 11 }, heldout: { f1: 0.96, negative: 28 } },
  // 147 cases a half; its negatives hold a sandbox's documented test cards, which other sets label as cards.
  {
    name: 'thirty-first',
    paths: independentPaths(31),
    tune: { f1: 0.965, negative: 21 },
    heldout: { f1: 0.97, negative: 9 },
    cases: 147,
  },
  { name: 'thirty-second', paths: independentPaths(32), tune: { f1: 0.98, negative: 2 }, heldout: { f1: 0.955, negative: 9 } },
  // 147 cases in its held-out half.
  { name: 'thirty-third', paths: independentPaths(33), tune: { f1: 0.97, negative: 15 }, heldout: { f1: 0.98, negative: 4 }, cases: 147 },
  {
    name: 'thirty-fourth',
    paths: independentPaths(34),
    tune: { f1: 0.975, negative: 12 },
    heldout: { f1: 0.92, negative: 8, realistic: 0.925 },
  },
  { name: 'thirty-fifth', paths: independentPaths(35), tune: { f1: 0.97, negative: 14 }, heldout: { f1: 0.945, negative: 50 } },
  // 146 cases in its held-out half. Its held-out part's recall is the lowest of any set (0.923).
  {
    name: 'thirty-sixth',
    paths: independentPaths(36),
    tune: { f1: 0.97, negative: 10 },
    heldout: { f1: 0.93, negative: 17, realistic: 0.945 },
    cases: 146,
  },
  { name: 'thirty-seventh', paths: independentPaths(37), tune: { f1: 0.98, negative: 8 }, heldout: { f1: 0.96, negative: 12 } },
  { name: 'thirty-eighth', paths: independentPaths(38), tune: { f1: 0.985, negative: 5 }, heldout: { f1: 0.925, negative: 82 } },
  { name: 'thirty-ninth', paths: independentPaths(39), tune: { f1: 0.975, negative: 10 }, heldout: { f1: 0.96, negative: 14 } },
  { name: 'fortieth', paths: independentPaths(40), tune: { f1: 0.98, negative: 3 }, heldout: { f1: 0.975, negative: 3 } },
  // Numbers read aloud: the weakest set (spoken digits a labeller reads by the question asked lines above).
  {
    name: 'forty-first',
    paths: independentPaths(41),
    tune: { f1: 0.89, negative: 15, realistic: 0.905 },
    heldout: { f1: 0.895, negative: 21, realistic: 0.92 },
  },
  // 148 cases in each half.
  { name: 'forty-second', paths: independentPaths(42), tune: { f1: 0.985, negative: 4 }, heldout: { f1: 0.975, negative: 7 }, cases: 148 },
  { name: 'forty-third', paths: independentPaths(43), tune: { f1: 0.98, negative: 9 }, heldout: { f1: 0.965, negative: 3 } },
  // 151 cases in each half; organisations' NPIs and TINs unlabelled (see above).
  {
    name: 'forty-fourth',
    paths: independentPaths(44),
    tune: { f1: 0.895, negative: 44, realistic: 0.925 },
    heldout: { f1: 0.925, negative: 28, realistic: 0.945 },
    cases: 151,
  },
  { name: 'forty-fifth', paths: independentPaths(45), tune: { f1: 0.95, negative: 13 }, heldout: { f1: 0.965, negative: 15 } },
  {
    name: 'forty-sixth',
    paths: independentPaths(46),
    tune: { f1: 0.94, negative: 10, realistic: 0.95 },
    heldout: { f1: 0.94, negative: 9, realistic: 0.945 },
  },
  { name: 'forty-seventh', paths: independentPaths(47), tune: { f1: 0.98, negative: 10 }, heldout: { f1: 0.96, negative: 13 } },
  { name: 'forty-eighth', paths: independentPaths(48), tune: { f1: 0.965, negative: 25 }, heldout: { f1: 0.975, negative: 9 } },
  { name: 'forty-ninth', paths: independentPaths(49), tune: { f1: 0.97, negative: 27 }, heldout: { f1: 0.97, negative: 24 } },
  { name: 'fiftieth', paths: independentPaths(50), tune: { f1: 0.96, negative: 10 }, heldout: { f1: 0.97, negative: 5 } },
  { name: 'fifty-first', paths: independentPaths(51), tune: { f1: 0.985, negative: 3 }, heldout: { f1: 0.94, negative: 35 } },
  { name: 'fifty-second', paths: independentPaths(52), tune: { f1: 0.975, negative: 4 }, heldout: { f1: 0.95, negative: 11 } },
  { name: 'fifty-third', paths: independentPaths(53), tune: { f1: 0.985, negative: 3 }, heldout: { f1: 0.97, negative: 12 } },
  { name: 'fifty-fourth', paths: independentPaths(54), tune: { f1: 0.98, negative: 11 }, heldout: { f1: 0.975, negative: 13 } },
  { name: 'fifty-fifth', paths: independentPaths(55), tune: { f1: 0.985, negative: 3 }, heldout: { f1: 0.95, negative: 17 } },
  { name: 'fifty-sixth', paths: independentPaths(56), tune: { f1: 0.965, negative: 12 }, heldout: { f1: 0.97, negative: 12 } },
  {
    name: 'fifty-seventh',
    paths: independentPaths(57),
    tune: { f1: 0.97, negative: 10 },
    heldout: { f1: 0.95, negative: 4, realistic: 0.95 },
  },
  {
    name: 'fifty-eighth',
    paths: independentPaths(58),
    tune: { f1: 0.965, negative: 29 },
    heldout: { f1: 0.965, negative: 15 },
    cases: 149,
  },
  { name: 'fifty-ninth', paths: independentPaths(59), tune: { f1: 0.98, negative: 16 }, heldout: { f1: 0.96, negative: 24 } },
  {
    name: 'sixtieth',
    paths: independentPaths(60),
    tune: { f1: 0.935, negative: 3, realistic: 0.935 },
    heldout: { f1: 0.925, negative: 3, realistic: 0.925 },
  },
  { name: 'sixty-first', paths: independentPaths(61), tune: { f1: 0.97, negative: 23 }, heldout: { f1: 0.965, negative: 12 }, cases: 146 },
  {
    name: 'sixty-second',
    paths: independentPaths(62),
    tune: { f1: 0.89, negative: 15, realistic: 0.9 },
    heldout: { f1: 0.875, negative: 5, realistic: 0.88 },
  },
  {
    name: 'sixty-third',
    paths: independentPaths(63),
    tune: { f1: 0.945, negative: 15, realistic: 0.955 },
    heldout: { f1: 0.955, negative: 20 },
  },
  {
    name: 'sixty-fourth',
    paths: independentPaths(64),
    tune: { f1: 0.97, negative: 8 },
    heldout: { f1: 0.95, negative: 7, realistic: 0.955 },
  },
  { name: 'sixty-fifth', paths: independentPaths(65), tune: { f1: 0.97, negative: 28 }, heldout: { f1: 0.975, negative: 12 } },
  {
    name: 'sixty-sixth',
    paths: independentPaths(66),
    tune: { f1: 0.935, negative: 4, realistic: 0.94 },
    // (Lowered from 0.94 when an account named only "account", in mail saying nothing of banks or
    // money, became a business's own: this set labels such accounts at custodians as bank accounts,
    // the other sets do not; held-out 0.952 -> 0.928.)
    heldout: { f1: 0.92, negative: 2, realistic: 0.92 },
  },
  { name: 'sixty-seventh', paths: independentPaths(67), tune: { f1: 0.985, negative: 2 }, heldout: { f1: 0.98, negative: 11 } },
  { name: 'sixty-eighth', paths: independentPaths(68), tune: { f1: 0.975, negative: 16 }, heldout: { f1: 0.955, negative: 12 } },
  {
    name: 'sixty-ninth',
    paths: independentPaths(69),
    tune: { f1: 0.98, negative: 6 },
    heldout: { f1: 0.94, negative: 7, realistic: 0.94 },
  },
  { name: 'seventieth', paths: independentPaths(70), tune: { f1: 0.97, negative: 6 }, heldout: { f1: 0.945, negative: 43 }, cases: 148 },
  { name: 'seventy-first', paths: independentPaths(71), tune: { f1: 0.975, negative: 7 }, heldout: { f1: 0.96, negative: 11 }, cases: 149 },
  { name: 'seventy-second', paths: independentPaths(72), tune: { f1: 0.99, negative: 5 }, heldout: { f1: 0.97, negative: 8 } },
  {
    name: 'seventy-third',
    paths: independentPaths(73),
    tune: { f1: 0.975, negative: 7 },
    heldout: { f1: 0.955, negative: 10 },
    cases: 149,
  },
  { name: 'seventy-fourth', paths: independentPaths(74), tune: { f1: 0.965, negative: 28 }, heldout: { f1: 0.96, negative: 34 } },
  {
    name: 'seventy-fifth',
    paths: independentPaths(75),
    tune: { f1: 0.885, negative: 5, realistic: 0.885 },
    heldout: { f1: 0.89, negative: 5, realistic: 0.895 },
  },
  { name: 'seventy-sixth', paths: independentPaths(76), tune: { f1: 0.98, negative: 22 }, heldout: { f1: 0.94, negative: 47 } },
  {
    name: 'seventy-seventh',
    paths: independentPaths(77),
    tune: { f1: 0.965, negative: 32 },
    heldout: { f1: 0.965, negative: 29 },
    cases: 148,
  },
  { name: 'seventy-eighth', paths: independentPaths(78), tune: { f1: 0.975, negative: 2 }, heldout: { f1: 0.97, negative: 7 } },
  { name: 'seventy-ninth', paths: independentPaths(79), tune: { f1: 0.975, negative: 12 }, heldout: { f1: 0.965, negative: 28 } },
  { name: 'eightieth', paths: independentPaths(80), tune: { f1: 0.98, negative: 2 }, heldout: { f1: 0.97, negative: 10 } },
  { name: 'eighty-first', paths: independentPaths(81), tune: { f1: 0.955, negative: 32 }, heldout: { f1: 0.935, negative: 70 } },
  {
    name: 'eighty-second',
    paths: independentPaths(82),
    tune: { f1: 0.965, negative: 2 },
    heldout: { f1: 0.915, negative: 80, realistic: 0.955 },
    cases: 147,
  },
  { name: 'eighty-third', paths: independentPaths(83), tune: { f1: 0.975, negative: 12 }, heldout: { f1: 0.945, negative: 29 } },
  {
    name: 'eighty-fourth',
    paths: independentPaths(84),
    tune: { f1: 0.975, negative: 13 },
    heldout: { f1: 0.975, negative: 32 },
    cases: 145,
  },
  { name: 'eighty-fifth', paths: independentPaths(85), tune: { f1: 0.98, negative: 2 }, heldout: { f1: 0.985, negative: 2 } },
  { name: 'eighty-sixth', paths: independentPaths(86), tune: { f1: 0.98, negative: 11 }, heldout: { f1: 0.955, negative: 46 } },
  { name: 'eighty-seventh', paths: independentPaths(87), tune: { f1: 0.99, negative: 2 }, heldout: { f1: 0.975, negative: 13 } },
  { name: 'eighty-eighth', paths: independentPaths(88), tune: { f1: 0.985, negative: 12 }, heldout: { f1: 0.98, negative: 20 } },
  { name: 'eighty-ninth', paths: independentPaths(89), tune: { f1: 0.97, negative: 17 }, heldout: { f1: 0.965, negative: 12 } },
  { name: 'ninetieth', paths: independentPaths(90), tune: { f1: 0.98, negative: 4 }, heldout: { f1: 0.97, negative: 23 } },
  { name: 'ninety-first', paths: independentPaths(91), tune: { f1: 0.975, negative: 20 }, heldout: { f1: 0.97, negative: 25 } },
  { name: 'ninety-second', paths: independentPaths(92), tune: { f1: 0.985, negative: 4 }, heldout: { f1: 0.965, negative: 29 } },
  {
    name: 'ninety-third',
    paths: independentPaths(93),
    tune: { f1: 0.97, negative: 28 },
    heldout: { f1: 0.93, negative: 43, realistic: 0.955 },
  },
  { name: 'ninety-fourth', paths: independentPaths(94), tune: { f1: 0.965, negative: 23 }, heldout: { f1: 0.97, negative: 6 }, cases: 149 },
  { name: 'ninety-fifth', paths: independentPaths(95), tune: { f1: 0.975, negative: 12 }, heldout: { f1: 0.97, negative: 16 } },
  { name: 'ninety-sixth', paths: independentPaths(96), tune: { f1: 0.98, negative: 5 }, heldout: { f1: 0.95, negative: 13 }, cases: 149 },
  { name: 'ninety-seventh', paths: independentPaths(97), tune: { f1: 0.985, negative: 2 }, heldout: { f1: 0.94, negative: 48 } },
  { name: 'ninety-eighth', paths: independentPaths(98), tune: { f1: 0.985, negative: 2 }, heldout: { f1: 0.97, negative: 23 } },
  { name: 'ninety-ninth', paths: independentPaths(99), tune: { f1: 0.975, negative: 18 }, heldout: { f1: 0.96, negative: 14 } },
  { name: 'one-hundredth', paths: independentPaths(100), tune: { f1: 0.97, negative: 11 }, heldout: { f1: 0.97, negative: 17 } },
  {
    name: 'hundred-and-first',
    paths: independentPaths(101),
    tune: { f1: 0.98, negative: 8 },
    heldout: { f1: 0.97, negative: 14 },
    cases: 147,
  },
  {
    name: 'hundred-and-second',
    paths: independentPaths(102),
    tune: { f1: 0.985, negative: 3 },
    heldout: { f1: 0.95, negative: 8, realistic: 0.95 },
    cases: 145,
  },
  {
    name: 'hundred-and-third',
    paths: independentPaths(103),
    tune: { f1: 0.99, negative: 2 },
    heldout: { f1: 0.99, negative: 2 },
    cases: 147,
  },
  {
    name: 'hundred-and-fourth',
    paths: independentPaths(104),
    tune: { f1: 0.985, negative: 8 },
    heldout: { f1: 0.95, negative: 9, realistic: 0.955 },
    cases: 145,
  },
  {
    name: 'hundred-and-fifth',
    paths: independentPaths(105),
    tune: { f1: 0.98, negative: 15 },
    heldout: { f1: 0.975, negative: 9 },
    cases: 147,
  },
  {
    name: 'hundred-and-sixth',
    paths: independentPaths(106),
    tune: { f1: 0.975, negative: 2 },
    heldout: { f1: 0.985, negative: 2 },
    cases: 147,
  },
  { name: 'hundred-and-seventh', paths: independentPaths(107), tune: { f1: 0.985, negative: 8 }, heldout: { f1: 0.975, negative: 12 } },
  {
    name: 'hundred-and-eighth',
    paths: independentPaths(108),
    tune: { f1: 0.975, negative: 4 },
    heldout: { f1: 0.94, negative: 9, realistic: 0.945 },
    cases: 146,
  },
  {
    name: 'hundred-and-ninth',
    paths: independentPaths(109),
    tune: { f1: 0.99, negative: 11 },
    heldout: { f1: 0.985, negative: 9 },
    cases: 144,
  },
  { name: 'hundred-and-tenth', paths: independentPaths(110), tune: { f1: 0.99, negative: 9 }, heldout: { f1: 0.97, negative: 2 } },
  {
    name: 'hundred-and-eleventh',
    paths: independentPaths(111),
    tune: { f1: 0.985, negative: 8 },
    heldout: { f1: 0.965, negative: 13 },
    cases: 144,
  },
  {
    name: 'hundred-and-twelfth',
    paths: independentPaths(112),
    tune: { f1: 0.985, negative: 10 },
    heldout: { f1: 0.985, negative: 11 },
    cases: 148,
  },
  {
    name: 'hundred-and-thirteenth',
    paths: independentPaths(113),
    tune: { f1: 0.99, negative: 2 },
    heldout: { f1: 0.975, negative: 5 },
    cases: 144,
  },
  {
    name: 'hundred-and-fourteenth',
    paths: independentPaths(114),
    tune: { f1: 0.99, negative: 2 },
    heldout: { f1: 0.965, negative: 18 },
    cases: 147,
  },
  {
    name: 'hundred-and-fifteenth',
    paths: independentPaths(115),
    tune: { f1: 0.975, negative: 22 },
    heldout: { f1: 0.995, negative: 2 },
    cases: 149,
  },
  {
    name: 'hundred-and-sixteenth',
    paths: independentPaths(116),
    tune: { f1: 0.98, negative: 4 },
    heldout: { f1: 0.985, negative: 3 },
    cases: 145,
  },
  {
    name: 'hundred-and-seventeenth',
    paths: independentPaths(117),
    tune: { f1: 0.995, negative: 2 },
    heldout: { f1: 0.96, negative: 8 },
    cases: 144,
  },
  {
    name: 'hundred-and-eighteenth',
    paths: independentPaths(118),
    tune: { f1: 0.985, negative: 12 },
    heldout: { f1: 0.96, negative: 25 },
    cases: 143,
  },
  {
    name: 'hundred-and-nineteenth',
    paths: independentPaths(119),
    tune: { f1: 0.98, negative: 5 },
    heldout: { f1: 0.985, negative: 2 },
    cases: 143,
  },
  {
    name: 'hundred-and-twentieth',
    paths: independentPaths(120),
    tune: { f1: 0.98, negative: 7 },
    heldout: { f1: 0.97, negative: 13 },
    cases: 148,
  },
  {
    name: 'hundred-and-twenty-first',
    paths: independentPaths(121),
    tune: { f1: 0.915, negative: 37, realistic: 0.93 },
    heldout: { f1: 0.905, negative: 2, realistic: 0.905 },
    cases: 143,
  },
  {
    name: 'hundred-and-twenty-second',
    paths: independentPaths(122),
    tune: { f1: 0.965, negative: 9 },
    heldout: { f1: 0.965, negative: 11 },
    cases: 144,
  },
  {
    name: 'hundred-and-twenty-third',
    paths: independentPaths(123),
    tune: { f1: 0.965, negative: 21 },
    heldout: { f1: 0.895, negative: 107, realistic: 0.95 },
    cases: 146,
  },
  {
    name: 'hundred-and-twenty-fourth',
    paths: independentPaths(124),
    tune: { f1: 0.98, negative: 8 },
    heldout: { f1: 0.925, negative: 31, realistic: 0.945 },
    cases: 146,
  },
  {
    name: 'hundred-and-twenty-fifth',
    paths: independentPaths(125),
    tune: { f1: 0.985, negative: 2 },
    heldout: { f1: 0.98, negative: 7 },
    cases: 144,
  },
  {
    name: 'hundred-and-twenty-sixth',
    paths: independentPaths(126),
    tune: { f1: 0.96, negative: 15 },
    heldout: { f1: 0.95, negative: 21 },
    cases: 148,
  },
  {
    name: 'hundred-and-twenty-seventh',
    paths: independentPaths(127),
    tune: { f1: 0.99, negative: 6 },
    heldout: { f1: 0.985, negative: 5 },
    cases: 144,
  },
  {
    name: 'hundred-and-twenty-eighth',
    paths: independentPaths(128),
    tune: { f1: 0.975, negative: 8 },
    heldout: { f1: 0.985, negative: 8 },
  },
  { name: 'hundred-and-twenty-ninth', paths: independentPaths(129), tune: { f1: 0.99, negative: 2 }, heldout: { f1: 0.98, negative: 9 } },
  {
    name: 'hundred-and-thirtieth',
    paths: independentPaths(130),
    tune: { f1: 0.975, negative: 15 },
    heldout: { f1: 0.97, negative: 8 },
    cases: 147,
  },
  {
    name: 'hundred-and-thirty-first',
    paths: independentPaths(131),
    tune: { f1: 0.97, negative: 18 },
    heldout: { f1: 0.975, negative: 10 },
    cases: 144,
  },
  {
    name: 'hundred-and-thirty-second',
    paths: independentPaths(132),
    tune: { f1: 0.98, negative: 10 },
    heldout: { f1: 0.965, negative: 8 },
  },
  {
    name: 'hundred-and-thirty-third',
    paths: independentPaths(133),
    tune: { f1: 0.99, negative: 6 },
    heldout: { f1: 0.945, negative: 5, realistic: 0.945 },
    cases: 146,
  },
  {
    name: 'hundred-and-thirty-fourth',
    paths: independentPaths(134),
    tune: { f1: 0.99, negative: 6 },
    heldout: { f1: 0.98, negative: 6 },
    cases: 145,
  },
  {
    name: 'hundred-and-thirty-fifth',
    paths: independentPaths(135),
    tune: { f1: 0.97, negative: 16 },
    heldout: { f1: 0.955, negative: 2, realistic: 0.955 },
    cases: 144,
  },
  {
    name: 'hundred-and-thirty-sixth',
    paths: independentPaths(136),
    tune: { f1: 0.985, negative: 2 },
    heldout: { f1: 0.99, negative: 4 },
    cases: 147,
  },
  {
    name: 'hundred-and-thirty-seventh',
    paths: independentPaths(137),
    tune: { f1: 0.985, negative: 13 },
    heldout: { f1: 0.975, negative: 20 },
    cases: 143,
  },
  {
    name: 'hundred-and-thirty-eighth',
    paths: independentPaths(138),
    tune: { f1: 0.99, negative: 4 },
    heldout: { f1: 0.95, negative: 11, realistic: 0.955 },
    cases: 145,
  },
  {
    name: 'hundred-and-thirty-ninth',
    paths: independentPaths(139),
    tune: { f1: 0.975, negative: 18 },
    heldout: { f1: 0.99, negative: 5 },
    cases: 149,
  },
  {
    name: 'hundred-and-fortieth',
    paths: independentPaths(140),
    tune: { f1: 0.99, negative: 6 },
    heldout: { f1: 0.98, negative: 18 },
    cases: 148,
  },
  {
    name: 'hundred-and-forty-first',
    paths: independentPaths(141),
    tune: { f1: 0.985, negative: 9 },
    heldout: { f1: 0.93, negative: 8, realistic: 0.935 },
    cases: 148,
  },
  { name: 'hundred-and-forty-second', paths: independentPaths(142), tune: { f1: 0.985, negative: 3 }, heldout: { f1: 0.965, negative: 6 } },
  {
    name: 'hundred-and-forty-third',
    paths: independentPaths(143),
    tune: { f1: 0.975, negative: 19 },
    heldout: { f1: 0.955, negative: 24 },
    cases: 145,
  },
  { name: 'hundred-and-forty-fourth', paths: independentPaths(144), tune: { f1: 0.985, negative: 5 }, heldout: { f1: 0.97, negative: 4 } },
  { name: 'hundred-and-forty-fifth', paths: independentPaths(145), tune: { f1: 0.99, negative: 2 }, heldout: { f1: 0.965, negative: 18 } },
  {
    name: 'hundred-and-forty-sixth',
    paths: independentPaths(146),
    tune: { f1: 0.985, negative: 8 },
    heldout: { f1: 0.995, negative: 2 },
    cases: 144,
  },
  {
    name: 'hundred-and-forty-seventh',
    paths: independentPaths(147),
    tune: { f1: 0.955, negative: 2, realistic: 0.955 },
    heldout: { f1: 0.98, negative: 2 },
    cases: 142,
  },
  {
    name: 'hundred-and-forty-eighth',
    paths: independentPaths(148),
    tune: { f1: 0.99, negative: 2 },
    heldout: { f1: 0.975, negative: 8 },
    cases: 144,
  },
  { name: 'hundred-and-forty-ninth', paths: independentPaths(149), tune: { f1: 0.99, negative: 5 }, heldout: { f1: 0.98, negative: 13 } },
  {
    name: 'hundred-and-fiftieth',
    paths: independentPaths(150),
    tune: { f1: 0.99, negative: 2 },
    heldout: { f1: 0.985, negative: 5 },
    cases: 146,
  },
  {
    name: 'hundred-and-fifty-first',
    paths: independentPaths(151),
    tune: { f1: 0.99, negative: 5 },
    heldout: { f1: 0.975, negative: 5 },
    cases: 147,
  },
  {
    name: 'hundred-and-fifty-second',
    paths: independentPaths(152),
    tune: { f1: 0.995, negative: 2 },
    heldout: { f1: 0.99, negative: 2 },
    cases: 146,
  },
  {
    name: 'hundred-and-fifty-third',
    paths: independentPaths(153),
    tune: { f1: 0.99, negative: 6 },
    heldout: { f1: 0.97, negative: 8 },
    cases: 147,
  },
  {
    name: 'hundred-and-fifty-fourth',
    paths: independentPaths(154),
    tune: { f1: 0.99, negative: 2 },
    heldout: { f1: 0.99, negative: 6 },
    cases: 144,
  },
  { name: 'hundred-and-fifty-fifth', paths: independentPaths(155), tune: { f1: 0.985, negative: 5 }, heldout: { f1: 0.985, negative: 2 } },
  {
    name: 'hundred-and-fifty-sixth',
    paths: independentPaths(156),
    tune: { f1: 0.98, negative: 21 },
    heldout: { f1: 0.98, negative: 10 },
    cases: 145,
  },
  {
    name: 'hundred-and-fifty-seventh',
    paths: independentPaths(157),
    tune: { f1: 0.99, negative: 6 },
    heldout: { f1: 0.98, negative: 5 },
    cases: 143,
  },
  {
    name: 'hundred-and-fifty-eighth',
    paths: independentPaths(158),
    tune: { f1: 0.995, negative: 2 },
    heldout: { f1: 0.97, negative: 9 },
    cases: 148,
  },
  {
    name: 'hundred-and-fifty-ninth',
    paths: independentPaths(159),
    tune: { f1: 0.99, negative: 2 },
    heldout: { f1: 0.955, negative: 2, realistic: 0.955 },
    cases: 147,
  },
  {
    name: 'hundred-and-sixtieth',
    paths: independentPaths(160),
    tune: { f1: 0.985, negative: 9 },
    heldout: { f1: 0.98, negative: 8 },
    cases: 148,
  },
  { name: 'hundred-and-sixty-first', paths: independentPaths(161), tune: { f1: 0.99, negative: 2 }, heldout: { f1: 0.98, negative: 26 } },
  {
    name: 'hundred-and-sixty-second',
    paths: independentPaths(162),
    tune: { f1: 0.965, negative: 26 },
    heldout: { f1: 0.96, negative: 36 },
    cases: 144,
  },
  { name: 'hundred-and-sixty-third', paths: independentPaths(163), tune: { f1: 0.98, negative: 17 }, heldout: { f1: 0.99, negative: 5 } },
  {
    name: 'hundred-and-sixty-fourth',
    paths: independentPaths(164),
    tune: { f1: 0.995, negative: 2 },
    heldout: { f1: 0.955, negative: 7, realistic: 0.96 },
    cases: 146,
  },
  {
    name: 'hundred-and-sixty-fifth',
    paths: independentPaths(165),
    tune: { f1: 0.975, negative: 6 },
    heldout: { f1: 0.93, negative: 12, realistic: 0.935 },
    cases: 145,
  },
  {
    name: 'hundred-and-sixty-sixth',
    paths: independentPaths(166),
    tune: { f1: 0.99, negative: 6 },
    heldout: { f1: 0.975, negative: 21 },
    cases: 149,
  },
  {
    name: 'hundred-and-sixty-seventh',
    paths: independentPaths(167),
    tune: { f1: 0.975, negative: 14 },
    heldout: { f1: 0.96, negative: 4 },
    cases: 146,
  },
  { name: 'hundred-and-sixty-eighth', paths: independentPaths(168), tune: { f1: 0.985, negative: 11 }, heldout: { f1: 0.98, negative: 3 } },
  {
    name: 'hundred-and-sixty-ninth',
    paths: independentPaths(169),
    tune: { f1: 0.985, negative: 9 },
    heldout: { f1: 0.93, negative: 42 },
    cases: 142,
  },
  {
    name: 'hundred-and-seventieth',
    paths: independentPaths(170),
    tune: { f1: 0.98, negative: 16 },
    heldout: { f1: 0.99, negative: 2 },
    cases: 143,
  },
  {
    name: 'hundred-and-seventy-first',
    paths: independentPaths(171),
    tune: { f1: 0.98, negative: 2 },
    heldout: { f1: 0.98, negative: 2 },
    cases: 146,
  },
  {
    name: 'hundred-and-seventy-second',
    paths: independentPaths(172),
    tune: { f1: 0.98, negative: 12 },
    heldout: { f1: 0.97, negative: 14 },
    cases: 142,
  },
  { name: 'hundred-and-seventy-third', paths: independentPaths(173), tune: { f1: 0.99, negative: 2 }, heldout: { f1: 0.98, negative: 2 } },
  {
    name: 'hundred-and-seventy-fourth',
    paths: independentPaths(174),
    tune: { f1: 0.98, negative: 4 },
    heldout: { f1: 0.985, negative: 6 },
    cases: 144,
  },
  {
    name: 'hundred-and-seventy-fifth',
    paths: independentPaths(175),
    tune: { f1: 0.98, negative: 2 },
    heldout: { f1: 0.97, negative: 6 },
    cases: 143,
  },
  {
    name: 'hundred-and-seventy-sixth',
    paths: independentPaths(176),
    tune: { f1: 0.985, negative: 8 },
    heldout: { f1: 0.97, negative: 2 },
    cases: 147,
  },
  {
    name: 'hundred-and-seventy-seventh',
    paths: independentPaths(177),
    tune: { f1: 0.96, negative: 18 },
    heldout: { f1: 0.945, negative: 10, realistic: 0.95 },
    cases: 146,
  },
  {
    name: 'hundred-and-seventy-eighth',
    paths: independentPaths(178),
    tune: { f1: 0.995, negative: 4 },
    heldout: { f1: 0.985, negative: 7 },
    cases: 149,
  },
  { name: 'hundred-and-seventy-ninth', paths: independentPaths(179), tune: { f1: 0.99, negative: 8 }, heldout: { f1: 0.98, negative: 6 } },
  {
    name: 'hundred-and-eightieth',
    paths: independentPaths(180),
    tune: { f1: 0.99, negative: 2 },
    heldout: { f1: 0.99, negative: 2 },
    cases: 143,
  },
  {
    name: 'hundred-and-eighty-first',
    paths: independentPaths(181),
    tune: { f1: 0.985, negative: 10 },
    heldout: { f1: 0.985, negative: 11 },
  },
  {
    name: 'hundred-and-eighty-second',
    paths: independentPaths(182),
    tune: { f1: 0.99, negative: 4 },
    heldout: { f1: 0.98, negative: 6 },
    cases: 148,
  },
] as const;

describe.each(SETS.flatMap((set) => (['tune', 'heldout'] as const).map((part) => ({ set, part }))))(
  '$set.name independent set, $part part',
  ({ set, part }) => {
    const cases = loadMailCases(undefined, set.paths[part]);
    const report = scoreMail(cases, oursDetect);
    const floor = set[part];

    const realistic = 'realistic' in floor ? floor.realistic : 0.96;

    it(`when every case is scanned then micro F1 stays ≥ ${floor.f1} and realistic mail ≥ ${realistic}`, () => {
      expect(cases.length).toBeGreaterThanOrEqual('cases' in set ? set.cases : 150);
      expect(report.micro.f1).toBeGreaterThanOrEqual(floor.f1);
      expect(report.realisticF1).toBeGreaterThanOrEqual(realistic);
    });

    it(`when its mail with nothing sensitive is scanned then at most ${floor.negative} values are reported in it`, () => {
      expect(report.byCategory.get('negative')!.fp).toBeLessThanOrEqual(floor.negative);
    });
  },
);
