/**
 * Evaluating several policies on a message: extract the text once, scan each part once for every
 * built-in classifier the policies use, then each policy in order.
 */
import type { DlpPolicy } from '../../config/schema/index.ts';
import type { EvaluationContext, PolicyVerdict, ScannableMessage } from '../types.ts';
import { extractMessageText } from '../extract/extract-message.ts';
import { evaluatePolicy } from './evaluate-policy.ts';
import { builtinsOf, willScan } from './classifier-results.ts';

/** Verdicts of `policies` (in the given order) on a message. */
export async function evaluatePolicies(
  policies: readonly DlpPolicy[],
  message: ScannableMessage,
  ctx: EvaluationContext,
): Promise<PolicyVerdict[]> {
  const parts = await extractMessageText(message);
  // Frozen: every part is then scanned with this one list, which the scanner recognises by identity.
  willScan(parts, Object.freeze([...new Set(policies.flatMap((p) => builtinsOf(p.classifiers)))]));
  return policies.map((p) => evaluatePolicy(p, parts, message, ctx));
}
