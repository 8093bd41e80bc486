/** Links to the DLP Incidents report: its address, a policy's detail (deep link), and the policy an address names. */
import { hashQuery, queryHref } from '../address.ts';

/** The report's address. */
export const DLP_INCIDENTS = '#/monitor/dlp-incidents';
/** A policy's detail in the report. */
export const policyHref = (policy: string): string => queryHref(DLP_INCIDENTS, 'policy', policy);

/** The policy named in the address, if any. */
export function policyParam(): string | null {
  const v = hashQuery().get('policy');
  return v && v.trim() ? v : null;
}
