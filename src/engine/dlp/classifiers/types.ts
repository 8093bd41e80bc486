/**
 * The contract every built-in classifier file fulfils. A classifier finds validated candidates in
 * the scanner's index; the shared scoring step then looks for its context words and supporting
 * information within its proximity window and turns each candidate into a scored finding.
 */
import type { ClassifierInfo } from '../types.ts';
import type { TextIndex } from '../scan/text-index.ts';

/**
 * Where `find` puts its validated candidates, before context scoring: the span, the score of the
 * validated pattern alone (a lone card number stays below 10), the explanation's pattern and
 * validation texts, and whether the shape is too ambiguous to report without a context word
 * (e.g. a BIC-shaped word).
 */
export interface CandidateSink {
  /**
   * `needsContext`: true — only beside a context word (or with supporting information); 'own' —
   * only beside one of the classifier's `ownWords`, the vocabulary that widens its context aside;
   * 'kin' — beside a context word, or within `pairWithin` of another value of its kind written in
   * its kind's own layout (a date or a name beside it is not enough).
   */
  add(start: number, end: number, base: number, pattern: string, validation: string, needsContext?: boolean | 'own' | 'kin'): void;
}

/** A weighted term of a word/phrase classifier. */
export interface Term {
  readonly text: string;
  readonly weight: number;
  readonly caseSensitive?: boolean;
}

/** What `find` receives besides the index. */
export interface FindContext {
  /** Indexes into the TextIndex hit arrays whose phrase is one of this classifier's context words. */
  readonly contextHits: () => readonly number[];
}

/** A built-in content matching classifier. */
export interface ClassifierDef extends ClassifierInfo {
  /** Lower-case words or phrases that, within `window` characters, raise a candidate to `contextScore`. */
  readonly context: readonly string[];
  /**
   * Its own words among its context, for candidates that need them (added with needsContext
   * 'own'): ICD-10's diagnosis words, not the health vocabulary that otherwise widens its context
   * (a procedure code shaped like an undotted diagnosis code sits among health words too).
   */
  readonly ownWords?: readonly string[];
  /** Words that mark a number as something else (an order, a tracking number) when no context word is present. */
  readonly negative?: readonly string[];
  /**
   * Negative words of this classifier alone: near a value they count against it as its negative
   * words do, but they name no kind of their own to the others. "Service:" before "H2019" is a
   * procedure's code, not a diagnosis; before a phone number it is the line's own label, and a
   * negative word names a kind for every classifier (a label of another kind, a list's heading).
   */
  readonly quietNegative?: readonly string[];
  /**
   * Words that name another kind only as a table column's header, where a word stands for the
   * whole column ("Policy", "Intake" over phone-shaped numbers); in prose they say less ("the
   * policy line is 415-762-0134").
   */
  readonly columnNegative?: readonly string[];
  /** Proximity window either side, in characters (default 60). */
  readonly window?: number;
  /** Score with a context word or supporting information. */
  readonly contextScore: number;
  /** Looks for supporting information around a candidate (reference §8.2: expiry date, date of birth…). */
  readonly supporting?: (text: string, start: number, end: number) => string[];
  /** A second candidate of the same classifier within this many characters counts as support. */
  readonly pairWithin?: number;
  /** Weak shapes (e.g. any 9 digits as a passport) give way to a checksum classifier on the same span. */
  readonly weak?: boolean;
  readonly checksum?: boolean;
  /**
   * From this base score on, a candidate's shape says what it is, as a checksum does (any email
   * address: 0; a phone number printed as one, "(415) 762-0134": 20, not ten digits solid): a
   * table column headed with something else ("Requester", "Office") does not make it another
   * kind; only a header holding one of its negative words would. (A dotted quad is not: under
   * "BIOS" it is a version.)
   */
  readonly evident?: number;
  /**
   * Its negative words are labels ("firmware 19.11.10.82"): one speaks of a value it stands
   * before or just after, and outweighs a context word only when nearer than it.
   */
  readonly negativeLabels?: boolean;
  /**
   * A classifier whose labels name this one's values too, when one stands right before a value
   * this one validates: an ITIN is written where an SSN is asked for ("SSN: 935-88-1011"; its
   * 9 and its group say which it is). The kin's words elsewhere in the window do not count.
   */
  readonly kin?: string;
  /**
   * Whether the value at [start, end) is, by what is around it or its table's header line
   * (`header`, the cell [from, to) of the value's column), held elsewhere than the kind says: a UK
   * account beside its sort code is no US bank account, nor a hospital's account for a patient's
   * visit, whatever words name it. `ix` and `after` (the first keyword hit at or after the value)
   * let it ask the index for words near the value before reading the text; `words` are the
   * context words that named it.
   */
  readonly heldElsewhere?: (
    text: string,
    start: number,
    end: number,
    header: readonly [number, number] | null,
    ix: TextIndex,
    after: number,
    words: readonly string[],
  ) => boolean;
  /**
   * A word beside the value at [start, end) that names its kind as a context word would, for this
   * value alone (a licence's issuing state, when the value has that state's layout), or null.
   * `after` is the index of the first keyword hit starting at or after the value.
   */
  readonly namedBeside?: (ix: TextIndex, start: number, end: number, after: number) => string | null;
  /**
   * Its values are addresses (a mailbox, a host): capitals glued before one by a hyphen are part
   * of a name ("SRV-10.20.1.5"), not a code whose number it would be ("INV-512401234").
   */
  readonly address?: boolean;
  /** Its matches hold another type's value (track data holds a card number): both are reported. */
  readonly container?: boolean;
  /** Word/phrase classifiers: their terms; each occurrence is a finding scored by its weight. */
  readonly terms?: readonly Term[];
  /** Pattern classifiers: validated candidates. */
  readonly find?: (ix: TextIndex, ctx: FindContext, out: CandidateSink) => void;
}
