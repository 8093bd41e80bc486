/**
 * Another country's passport: "Chinese passport: E45883825", "British passport 427548901", a
 * manifest's row with the holder's nationality ("GBR  852658819"). Its number may have a US
 * book's layout (nine digits, a letter and eight) but it is no US passport.
 */

/** Nationalities (and "foreign"); the US's own are absent. */
const ADJECTIVES =
  '(?:foreign|non-us|british|uk|english|scottish|welsh|irish|chinese|mexican|indian|canadian|german|french|italian|spanish|portuguese|dutch|belgian|swiss|austrian|swedish|norwegian|danish|finnish|polish|ukrainian|russian|turkish|israeli|egyptian|nigerian|kenyan|ghanaian|south african|pakistani|bangladeshi|filipino|philippine|vietnamese|thai|indonesian|malaysian|singaporean|japanese|korean|taiwanese|australian|new zealand|brazilian|argentine|argentinian|colombian|chilean|peruvian|venezuelan|cuban|dominican|jamaican|haitian|salvadoran|guatemalan|honduran|ecuadorian)';
/**
 * A nationality before "passport", or said of the passports ("passports are Mexican, e.g.
 * G36065282").
 */
const NATIONALITY = new RegExp(
  `\\b${ADJECTIVES}\\s+passport\\b[^\\n]*$|\\bpassports?\\s+(?:is|are|was|were)\\s+${ADJECTIVES}\\b[^\\n]*$`,
  'i',
);

/** The same in Spanish: "pasaporte mexicano G33024858". */
const NACIONALIDAD =
  /\bpasaporte\s+(?:mexicano|guatemalteco|hondureño|salvadoreño|nicaragüense|costarricense|panameño|colombiano|venezolano|cubano|dominicano|peruano|ecuatoriano|boliviano|paraguayo|uruguayo|argentino|chileno|español|extranjero)(?![a-zñáéíóúü])[^\n]*$/i;

/** Or the issuing country named beside "passport": "Passport: India, number G74326310", "Mexico passport". */
const COUNTRY =
  '(?:india|mexico|méxico|guatemala|honduras|el salvador|nicaragua|china|canada|united kingdom|uk|great britain|ireland|germany|france|italy|spain|portugal|netherlands|poland|ukraine|russia|turkey|israel|egypt|nigeria|kenya|ghana|south africa|pakistan|bangladesh|philippines|vietnam|thailand|indonesia|malaysia|singapore|japan|korea|south korea|taiwan|australia|new zealand|brazil|argentina|colombia|chile|peru|venezuela|cuba|dominican republic|jamaica|haiti|ecuador)';
const COUNTRY_BESIDE = new RegExp(
  `\\b(?:passport|pasaporte)\\b[^\\n]{0,12}?\\b${COUNTRY}\\b[^\\n]*$|\\b${COUNTRY}\\s+passport\\b[^\\n]*$`,
  'i',
);

/** ISO 3166 alpha-3 codes of other countries (not USA). */
const ALPHA3 =
  '(?:GBR|CAN|MEX|IND|CHN|DEU|FRA|ITA|ESP|PRT|NLD|BEL|CHE|AUT|SWE|NOR|DNK|FIN|POL|UKR|RUS|TUR|ISR|EGY|NGA|KEN|ZAF|PAK|BGD|PHL|VNM|THA|IDN|MYS|SGP|JPN|KOR|TWN|AUS|NZL|BRA|ARG|COL|CHL|PER|VEN|CUB|DOM|JAM|HTI|SLV|GTM|HND|ECU|IRL)';
/** A nationality column's code right before the value. */
const COUNTRY_CELL = new RegExp(`\\b${ALPHA3}[ \\t|,]+$`);

/** How far back on its line the holder's nationality is read. */
const BEFORE = 48;

/** Whether the passport number at `start` is another country's, by the nationality written before it on its line. */
export function foreignPassport(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < BEFORE && text.charCodeAt(from - 1) !== 10) from--;
  const before = text.slice(from, start);
  if (NATIONALITY.test(before) || NACIONALIDAD.test(before) || COUNTRY_BESIDE.test(before) || COUNTRY_CELL.test(before)) return true;
  // Or in brackets right after it: "passport 532005666 (GBR)", "Passport: G55474474 (Mexico)".
  return countryAfter(text, end);
}

/**
 * Whether another country, its code or its nationality stands in brackets right after the value
 * ending at `end` ("G51190460 (Mexico)", "417858044 (British)"), or the issuing country is named
 * after it on its line ("A21707797   Country of issuance: Nigeria").
 */
export const countryAfter = (text: string, end: number): boolean =>
  ((text.charCodeAt(end) === 40 || text.charCodeAt(end + 1) === 40) && COUNTRY_AFTER.test(text.slice(end, end + 24))) ||
  ISSUED_AFTER.test(text.slice(end, end + 64));

/** A country, its code or its nationality, in brackets right after the value. */
const COUNTRY_AFTER = new RegExp(`^ ?\\((?:${COUNTRY}|${ALPHA3}|${ADJECTIVES})\\)`, 'i');
/** The issuing country named after the value on its line. */
const ISSUED_AFTER = new RegExp(
  `^[^\\n]{0,24}?\\b(?:country of (?:issuance|issue)|issuing country|issued by)\\s*:?\\s*(?:${COUNTRY}|${ALPHA3})\\b`,
  'i',
);
