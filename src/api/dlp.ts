/** DLP as the clients see it: the Add DLP Policy catalogue, the pattern playground's answers and DLP Engine Updates. */
import type { ClassifierInfo, CustomClassifierTest, Finding, SeverityLevel } from '../engine/dlp/types.ts';
import type { Customisation } from '../engine/dlp/templates/types.ts';

/** A template as Add DLP Policy lists it. */
export interface TemplateInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The preset built-in classifiers, with their names. */
  readonly classifiers: readonly { readonly id: string; readonly name: string }[];
  /** What the administrator must supply (a pattern, phrases), if anything. */
  readonly customisation: Customisation | null;
  /** Classifier groups that must all match (HIPAA), by name. */
  readonly requireAll: readonly (readonly string[])[] | null;
  readonly attachmentTypes: readonly string[];
  /** True for the Custom Policy template: classifiers are chosen by the administrator. */
  readonly custom: boolean;
}

/** A category of templates. */
export interface TemplateGroup {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly templates: readonly TemplateInfo[];
}

/** A pattern error located in one rule's field, for the editor's markers. */
export interface RulePatternError {
  readonly rule: number;
  readonly field: 'pattern' | 'exclude';
  readonly message: string;
  readonly position: number;
}

/** The playground's answer for a custom classifier. */
export interface CustomPlaygroundResult extends CustomClassifierTest {
  readonly patternErrors: readonly RulePatternError[];
}

/** One built-in finding with the classifier's score so far (in text order). */
export interface BuiltinFinding extends Finding {
  readonly runningScore: number;
}

/** The playground's answer for a built-in classifier. */
export interface BuiltinPlaygroundResult {
  readonly classifier: ClassifierInfo;
  readonly findings: readonly BuiltinFinding[];
  /** The classifier's risk factor on the text, as a policy would compute it. */
  readonly riskFactor: number;
  /** The lowest risk factor that is not Ignore on the default scale. */
  readonly minimum: number;
  /** The level on the default severity scale. */
  readonly severity: SeverityLevel;
  readonly explanation: string;
}

/** A release as DLP Engine Updates shows it. */
export interface ReleaseInfo {
  readonly engine: string;
  readonly classifiers: string;
  readonly availableAt: number;
  readonly notes: readonly string[];
}

/** DLP Engine Updates: what is installed and what can be done. */
export interface EngineStatus {
  readonly installed: ReleaseInfo;
  readonly lastUpdateAt: number | null;
  readonly lastAttemptAt: number | null;
  /** From the committed configuration. */
  readonly automaticUpdates: boolean;
  /** The version Rollback returns to. */
  readonly previous: ReleaseInfo | null;
  /** The last change of version, with the notes of the release it installed. */
  readonly lastChange: {
    readonly kind: 'manual' | 'automatic' | 'rollback';
    readonly from: string;
    readonly to: string;
    readonly at: number;
    readonly notes: readonly string[];
  } | null;
  /** Newer releases on offer now (Update Now installs the newest). */
  readonly available: readonly ReleaseInfo[];
  /** After a rollback, automatic updates skip this version and older. */
  readonly heldBack: string | null;
}

/** The outcome of Update Now or Rollback. */
export interface UpdateAnswer {
  readonly changed: boolean;
  readonly message: string;
  readonly status: EngineStatus;
}
