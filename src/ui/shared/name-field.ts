/**
 * The name field of every form that adds or renames something (policies, actions, classifiers,
 * dictionaries, profiles, quarantines, text resources): the name is kept exactly as typed — never
 * trimmed or changed behind the user's back — and what the appliance would refuse is said at the
 * field before anything is submitted.
 */
import { name as nameSchema } from '../../engine/config/schema/common.ts';

/** What is wrong with `value` as a name, in the appliance's words; undefined when it can be submitted. */
export function nameProblem(value: string, required = 'A name is required.'): string | undefined {
  if (value.trim() === '') return required;
  const checked = nameSchema.safeParse(value);
  return checked.success ? undefined : checked.error.issues[0]?.message;
}
