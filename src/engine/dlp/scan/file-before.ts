/** A file's word right before a number, as its label ("file 328-678-5338", "File #: "), not "on file" nor "in file". */
const FILE_BEFORE = /(?<!\b(?:on|in|our|your|the|va)\s)\bfile(?: #)?[ :#]{1,3}$/i;

/**
 * Whether a file's word labels the number at `start`: a title's, an escrow's, a claim's or an
 * agency's file ("Status - file 328-678-5338", "accepted with errors - file 728888699"), not the
 * number a business has on file ("the phone on file 415-762-0134", "SSN on file: …").
 */
export const fileNamedBefore = (text: string, start: number): boolean => FILE_BEFORE.test(text.slice(Math.max(0, start - 16), start));

/**
 * A word naming a number of its own right before a value, as its label: a registration's, an
 * employee's, a petition's or a receipt's ("registration 456-03-3594", "reg 158-74-8176", "emp
 * 619301711", "Petition 246-87-8309", "receipt 283869242"); a plan's, an application's, a
 * royalty owner's, an employee's, an agency's intake's, a certificate's or a household's with a space alone
 * between ("payment plan 643-35-5583", "owner 204661213", "Employee 273801107 accepted job …", "the
 * petition to intake 460-83-4034"; not "SSN on the application: …", where the word ends the SSN's
 * label).
 */
const REGISTRATION_BEFORE =
  /\b(?:(?:registration|reg\.?|emp\.?|petition|receipt)(?: no\.?| #| number)?[ :#]{1,3}|(?:plan|application|owner|employee|intake|certificate|household) )$/i;

/**
 * Whether such a word labels the number at `start`: a household move's registration (its file), a
 * payroll file's employee number, a county's ballot petition, a counter's receipt and a hospital's
 * payment plan are printed in an SSN's layout. (A patient's registration screen says "SSN" before the SSN.)
 */
export const registrationNamedBefore = (text: string, start: number): boolean =>
  REGISTRATION_BEFORE.test(text.slice(Math.max(0, start - 20), start));

/** A meeting's word right before a value, as its label ("join meeting 908 605 1837", "Webinar ID: 945 221 0387"). */
const MEETING_BEFORE = /\b(?:meeting|webinar)(?: id| #| number| no\.?)?[ :#]{1,3}$/i;

/** Whether a meeting's word labels the number at `start`: a video meeting's ID, printed 3-3-4 as a phone is. */
export const meetingNamedBefore = (text: string, start: number): boolean => MEETING_BEFORE.test(text.slice(Math.max(0, start - 16), start));

/**
 * A trip's or a receipt's word right before a value printed as a phone is ("- Trip 339-657-4558",
 * "case CR-24-7308460  receipt 221-822-4875"); not an intake's, which may name a provider's intake
 * line ("Second Chance Outpatient, intake 423.433.5106").
 */
const TRIP_OR_RECEIPT_BEFORE = /\b(?:trip|receipt)(?: #| no\.?)? $/i;

/**
 * Whether a trip's or a receipt's word labels the number at `start`: a transport's trip or a
 * cashier's receipt, printed 3-3-4. Not a number dialled from abroad ("mobile on the trip +1 803
 * 205 3628"): neither is written so.
 */
export const tripOrReceiptNamedBefore = (text: string, start: number): boolean =>
  text.charCodeAt(start) !== 43 && TRIP_OR_RECEIPT_BEFORE.test(text.slice(Math.max(0, start - 12), start));
