/**
 * The DLP engine's public data shapes. Everything here is plain data (no classes, no functions)
 * because scan results cross the worker boundary by structured clone.
 */
import type { Severity } from '../config/schema/index.ts';

/** A built-in classifier as lists and pickers show it. */
export interface ClassifierInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/**
 * Why a finding was reported, shown in the log inspector and the playground. Findings explained
 * alike share one frozen object (a scan keeps fewer objects alive): treat it as read-only.
 */
export interface FindingExplanation {
  /** The candidate shape that matched, e.g. "16 digits in groups 4-4-4-4 separated by '-'". */
  readonly pattern: string;
  /** The checks the candidate passed, e.g. "Luhn check digit valid; Visa prefix". */
  readonly validation: string;
  /** Context keywords found within the proximity window. */
  readonly contextWords: readonly string[];
  /** Other supporting information found nearby (an expiry date, a date of birth, a second number). */
  readonly supporting: readonly string[];
  /** Score of the validated pattern alone, before context. */
  readonly baseScore: number;
  /** Final score 0–100. */
  readonly score: number;
  /** Set when the value was written to evade detection (look-alike or invisible characters, spaced-out digits). */
  readonly obfuscated?: boolean;
  /** How, in one sentence with the score added for it, e.g. "Written with full-width characters to evade detection (+10)". */
  readonly obfuscation?: string;
}

/** One validated match of a built-in classifier in one text. Offsets are UTF-16 code units. */
export interface Finding {
  readonly classifier: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Confidence 0–100: a lone number without supporting information scores below 10. */
  readonly score: number;
  readonly explanation: FindingExplanation;
}

/** Where a piece of scanned text came from. */
export type PartKind = 'subject' | 'body' | 'attachment';

/** One piece of a message's text, ready for scanning. */
export interface ScanPart {
  readonly kind: PartKind;
  /** "Subject", "Body (text)", "Body (HTML)" or the attachment's file name; inside an archive or a forwarded message, the path ("a.zip › b.csv"). */
  readonly name: string;
  readonly text: string;
  /** For attachments: what the filters look at. */
  readonly attachment?: { readonly filename: string; readonly contentType: string; readonly size: number };
  /** For a part inside archives or forwarded messages: the attachments around it, outermost first (the filters look at these too). */
  readonly within?: readonly { readonly filename: string; readonly contentType: string; readonly size: number }[];
  /** Set when the part could not be read (the text is then empty). */
  readonly unscannable?: string;
}

/** The message as the engine scans it. */
export interface ScannableMessage {
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: Uint8Array }[];
  sender: string;
  recipients: string[];
}

/** A finding placed in the message, with surrounding text for matched content logging. */
export interface MatchedContent {
  readonly classifier: string;
  readonly part: PartKind;
  readonly partName: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly before: string;
  readonly after: string;
  readonly score: number;
  readonly explanation: FindingExplanation | CustomMatchExplanation;
}

/** A policy classifier's outcome: its risk factor and what it matched. */
export interface ClassifierResult {
  /** A built-in id, `custom:<name>` or a template's customised identifier. */
  readonly classifier: string;
  readonly riskFactor: number;
  readonly matches: readonly MatchedContent[];
  /** Why this classifier scored as it did, in one sentence. */
  readonly summary: string;
}

/** The level a risk factor falls in; `ignore` never has an action. */
export type SeverityLevel = Severity | 'ignore';

/** One policy's verdict on one message. */
export interface PolicyVerdict {
  readonly policy: string;
  readonly template: string;
  /** False when a sender, recipient or attachment filter excluded the message. */
  readonly applicable: boolean;
  /** Why the policy did not apply, when it did not. */
  readonly skippedBecause: string | null;
  readonly riskFactor: number;
  readonly severity: SeverityLevel;
  /** True when the severity is above Ignore. */
  readonly violated: boolean;
  /** The message action for the severity (inherited from the level above when unset). */
  readonly action: string | null;
  readonly classifiers: readonly ClassifierResult[];
  /** Parts that could not be scanned, and other remarks. */
  readonly notes: readonly string[];
}

/** What policy evaluation needs besides the policy: the appliance's customisations. */
export interface EvaluationContext {
  readonly customClassifiers: readonly import('../config/schema/index.ts').CustomClassifier[];
  readonly dictionaries: readonly DictionaryLike[];
}

/** A custom DLP dictionary (the schema's shape). */
export interface DictionaryLike {
  readonly name: string;
  readonly terms: readonly string[];
  readonly caseSensitive: boolean;
  readonly wholeWords: boolean;
}

/** Why a custom classifier rule matched. */
export interface CustomMatchExplanation {
  readonly rule: number;
  readonly ruleType: 'words' | 'regex' | 'dictionary' | 'entity';
  readonly detail: string;
  readonly weight: number;
}

/** One rule match in the custom classifier playground. */
export interface CustomRuleMatch {
  readonly rule: number;
  readonly ruleType: 'words' | 'regex' | 'dictionary' | 'entity';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** This match's contribution after the rule's Max Score cap (0 once the cap is reached). */
  readonly contribution: number;
  /** The rule's total so far (capped). */
  readonly ruleTotal: number;
  /** The cluster's total score after this match. */
  readonly runningScore: number;
  readonly explanation: string;
}

/** The playground's answer for a custom classifier on a text. */
export interface CustomClassifierTest {
  readonly matched: boolean;
  /** Best cluster's total score (sum of capped rule scores within the proximity window). */
  readonly totalScore: number;
  /** The total normalised to 0–100. */
  readonly riskFactor: number;
  readonly matches: readonly CustomRuleMatch[];
  /** Rules that did not match, missing for an "all" classifier, and invalid patterns. */
  readonly problems: readonly string[];
  readonly explanation: string;
}
