/**
 * Evaluating one DLP policy on one message: filters → classifiers over the parts in scope →
 * risk factor (templates without classifiers: always 75) → severity through the policy's scale →
 * message action with inheritance.
 */
import type { DlpPolicy } from '../../config/schema/index.ts';
import type { ClassifierResult, EvaluationContext, PolicyVerdict, ScanPart, ScannableMessage } from '../types.ts';
import { templateById } from '../templates/catalogue.ts';
import { addressFilterProblem, partsInScope } from './filters.ts';
import { classifierResult } from './classifier-results.ts';
import { resolveAction, severityFor } from './severity.ts';

/** The risk factor of a template without a content classifier (reference §8.5). */
export const NO_CLASSIFIER_RISK = 75;

function skipped(policy: DlpPolicy, because: string, notes: string[] = []): PolicyVerdict {
  return {
    policy: policy.name,
    template: policy.template,
    applicable: false,
    skippedBecause: because,
    riskFactor: 0,
    severity: 'ignore',
    violated: false,
    action: null,
    classifiers: [],
    notes,
  };
}

/**
 * Combines classifier results: any one counts (the highest risk factor), unless the template
 * requires several kinds together (HIPAA: an identifier and health information), in which case the
 * weakest required group bounds the result.
 */
function combine(policy: DlpPolicy, results: readonly ClassifierResult[]): number {
  if (results.length === 0) return 0;
  const risk = (ids: readonly string[]) => Math.max(0, ...results.filter((r) => ids.includes(r.classifier)).map((r) => r.riskFactor));
  const groups = templateById(policy.template)
    ?.requireAll?.map((g) => g.filter((id) => results.some((r) => r.classifier === id)))
    .filter((g) => g.length > 0);
  if (groups && groups.length > 1) return Math.min(...groups.map(risk));
  return Math.max(...results.map((r) => r.riskFactor));
}

/** One policy's verdict on a message whose text has been extracted into `parts`. */
export function evaluatePolicy(
  policy: DlpPolicy,
  parts: readonly ScanPart[],
  message: Pick<ScannableMessage, 'sender' | 'recipients'>,
  ctx: EvaluationContext,
): PolicyVerdict {
  if (!policy.enabled) return skipped(policy, 'the policy is disabled');
  const problem = addressFilterProblem(policy, message);
  if (problem) return skipped(policy, problem);
  const notes: string[] = [];
  for (const p of parts)
    if (p.unscannable) notes.push(`Unscannable ${p.kind === 'attachment' ? 'attachment ' : ''}${p.name}: ${p.unscannable}`);
  const inScope = partsInScope(policy, parts);
  if (policy.attachments && inScope.length === 0) return skipped(policy, 'no attachment matches the attachment filter', notes);
  const template = templateById(policy.template);
  let riskFactor: number;
  const classifiers: ClassifierResult[] = [];
  if (
    policy.classifiers.length === 0 &&
    template &&
    template.classifiers.length === 0 &&
    !template.customisation &&
    template.id !== 'custom'
  ) {
    riskFactor = NO_CLASSIFIER_RISK;
    notes.push(`The ${template.name} template has no content classifier: the risk factor is always ${NO_CLASSIFIER_RISK}.`);
  } else {
    if (policy.classifiers.length === 0) notes.push('The policy has no classifiers, so nothing can match.');
    for (const entry of policy.classifiers) classifiers.push(classifierResult(entry, inScope, ctx, notes));
    riskFactor = combine(policy, classifiers);
  }
  let severity = severityFor(policy.scale, riskFactor);
  if (riskFactor < policy.minimumTotalScore && severity !== 'ignore') {
    notes.push(`Risk factor ${riskFactor} is below the policy's minimum total score ${policy.minimumTotalScore}.`);
    severity = 'ignore';
  }
  return {
    policy: policy.name,
    template: policy.template,
    applicable: true,
    skippedBecause: null,
    riskFactor,
    severity,
    violated: severity !== 'ignore',
    action: resolveAction(policy, severity),
    classifiers,
    notes,
  };
}
