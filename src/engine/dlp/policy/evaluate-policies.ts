/** Evaluating several policies on a message: extract the text once, then each policy in order. */
import type { DlpPolicy } from '../../config/schema/index.ts';
import type { EvaluationContext, PolicyVerdict, ScannableMessage } from '../types.ts';
import { extractMessageText } from '../extract/extract-message.ts';
import { evaluatePolicy } from './evaluate-policy.ts';

/** Verdicts of `policies` (in the given order) on a message. */
export async function evaluatePolicies(
  policies: readonly DlpPolicy[],
  message: ScannableMessage,
  ctx: EvaluationContext,
): Promise<PolicyVerdict[]> {
  const parts = await extractMessageText(message);
  return policies.map((p) => evaluatePolicy(p, parts, message, ctx));
}
