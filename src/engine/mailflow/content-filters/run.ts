/**
 * The content filter stage of the outgoing pipeline, after policy matching and before DLP (the
 * appliance's order: anti-spam, anti-virus, AMP, graymail, content filters, outbreak filters, DLP).
 * Each enabled filter is tested in order against the message as earlier filters left it; a
 * matching filter's actions run in order until a final action, which also ends the stage.
 */
import type { ContentFilter } from '../../config/schema/index.ts';
import { logLines } from '../log-lines.ts';
import { log, type StageTrace } from '../outcome.ts';
import { applyAction, type ActionContext, type FilterState } from './actions.ts';
import { ACTION_LABELS } from './labels.ts';
import { filterSubject } from './conditions.ts';
import { filterMatches } from './evaluate.ts';

/** Runs `filters` on one policy group's copy; logs and traces what matched and what the actions did. */
export async function runContentFilters(
  filters: readonly ContentFilter[],
  state: FilterState,
  ctx: ActionContext & { readonly trace: StageTrace; readonly policy: string },
): Promise<FilterState> {
  const { record, at, mid, trace } = ctx;
  if (filters.length === 0) return state;
  for (const filter of filters) {
    if (!(await filterMatches(filter, filterSubject(state.message, ctx.recipients)))) continue;
    state.matched.push(filter.name);
    log(record, at, logLines.filterMatched(mid, filter.name));
    for (const action of filter.actions) if (applyAction(state, filter.name, action, ctx)) break;
    if (state.final) break;
  }
  const done = state.matched.length
    ? `Matched: ${state.matched.join(', ')}${state.final ? ` — ${finalText(state.final.kind)} by ${state.final.filter}` : ''}`
    : `No match (${filters.length} filter${filters.length === 1 ? '' : 's'} checked)`;
  trace.steps.push({ stage: 'filters', status: state.final?.kind === 'drop' ? 'dropped' : 'ok', detail: done });
  return state;
}

const finalText = (kind: NonNullable<FilterState['final']>['kind']) => ACTION_LABELS[kind].replace(' (Final Action)', '');
