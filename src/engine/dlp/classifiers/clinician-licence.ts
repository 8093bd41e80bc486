/**
 * A licence named only "license" in mail about a clinician's credentials: the state's licence to
 * practise, not to drive ("License (MI)   4301107977   CME attestation due" beside the same
 * doctor's DEA and NPI, "Florida license ME110004 verified with the board"). Mail that speaks of
 * driving anywhere keeps its licences a driver's.
 */
import { oncePerText } from '../scan/once-per-text.ts';

/** The licence words that name no kind of licence. */
const GENERIC_LICENCE = /^(?:license|licence|lic|license number|licence number|license #|license no|licence no)$/;

/** A clinician's credentials: the registries, the files and the boards that keep them. */
const CREDENTIAL_WORDS =
  /\b(?:NPI|DEA|CAQH|PTAN|UPIN|NPDB|ECFMG|credential(?:s|ing|ed)|privileg(?:es|ing)|board[- ]certified|medical board|board of (?:medicine|nursing|pharmacy)|medical licen[cs]e)\b/;
/** Driving: a driver, a vehicle, the office that licenses them. */
const DRIVING_WORDS = /\b(?:drivers?'?|driving|DL|DLN|DMV|CDL|motor vehicles?|vehicles?|operator'?s?|learner'?s?|state ID|real ID)\b/i;

/** Whether a message is about a clinician's credentials and says nothing of driving (asked once per message). */
const clinicalMail = oncePerText((text) => CREDENTIAL_WORDS.test(text) && !DRIVING_WORDS.test(text));

/** Whether the licence at hand, named only by `words`, is a clinician's in mail about credentials that says nothing of driving. */
export function clinicianLicence(text: string, words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => GENERIC_LICENCE.test(w)) && clinicalMail(text);
}
