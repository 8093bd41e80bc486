/** The shape of a DLP policy template (DLP Policy Manager > Add DLP Policy). */

/** Template categories as the DLP Policy Manager groups them (reference §7). */
export type TemplateCategoryId =
  'regulatory-compliance' | 'acceptable-use' | 'privacy-protection' | 'intellectual-property' | 'company-confidential' | 'custom';

/** A category with its display name and purpose. */
export interface TemplateCategory {
  readonly id: TemplateCategoryId;
  readonly name: string;
  readonly description: string;
}

/** What a template asks the administrator to supply before the policy can work. */
export interface Customisation {
  /** `pattern`: a regular expression for an organisation's identifier; `phrases`: its own words. */
  readonly kind: 'pattern' | 'phrases' | 'pattern-and-phrases';
  /** The id the customised identifier gets in the policy's classifier list. */
  readonly classifier: string;
  /** Field label on the form, e.g. "Patient ID pattern". */
  readonly label: string;
  readonly defaultPhrases: readonly string[];
}

/** A DLP policy template. */
export interface PolicyTemplate {
  readonly id: string;
  readonly name: string;
  readonly category: TemplateCategoryId;
  /** In our own words. */
  readonly description: string;
  /** Built-in classifier ids preset by the template. */
  readonly classifiers: readonly string[];
  /**
   * Groups that must all be present for a violation (each group: any of its classifiers), e.g.
   * HIPAA needs an identifier and health information. Absent: any classifier alone counts.
   */
  readonly requireAll?: readonly (readonly string[])[];
  readonly customisation: Customisation | null;
  /** A suggested attachment filter (file type ids), for templates about files. */
  readonly attachmentTypes?: readonly string[];
}
