/** Add DLP Policy: a new policy from a template, with the default severity scale and actions. */
import type { DlpPolicy } from '../../config/schema/index.ts';
import { templateById } from './catalogue.ts';

/** Ignore 0–9, Low 10–39, Medium 40–59, High 60–89, Critical 90–100 (reference §8.5, recalled [R]). */
export const DEFAULT_SCALE: DlpPolicy['scale'] = { low: 10, medium: 40, high: 60, critical: 90 };

/**
 * A policy from template `templateId`, named `name` (default: the template's name), with
 * `criticalAction` for Critical and the lower levels inheriting it. Throws for an unknown
 * template id: that is a programming error, not a learner's.
 */
export function createPolicyFromTemplate(templateId: string, name?: string, criticalAction = ''): DlpPolicy {
  const t = templateById(templateId);
  if (!t) throw new Error(`Unknown DLP policy template "${templateId}".`);
  const classifiers = t.classifiers.map((classifier) => ({ classifier, customPattern: '', customPhrases: [] as string[] }));
  if (t.customisation)
    classifiers.push({ classifier: t.customisation.classifier, customPattern: '', customPhrases: [...t.customisation.defaultPhrases] });
  return {
    name: name ?? t.name,
    description: t.description,
    enabled: true,
    template: t.id,
    classifiers,
    minimumTotalScore: 0,
    senders: null,
    recipients: null,
    attachments: t.attachmentTypes ? { fileTypes: [...t.attachmentTypes], customExtensions: [], minimumSizeBytes: 0 } : null,
    scale: { ...DEFAULT_SCALE },
    actions: { critical: criticalAction, high: null, medium: null, low: null },
  };
}
