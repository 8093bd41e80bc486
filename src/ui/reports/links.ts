/** The DLP Incidents report's address, and a policy's detail (deep link). */
export const DLP_INCIDENTS = '#/monitor/dlp-incidents';
export const policyHref = (policy: string): string => `${DLP_INCIDENTS}?policy=${encodeURIComponent(policy)}`;

/** The policy named in the address, if any. */
export function policyParam(): string | null {
  const v = new URLSearchParams(location.hash.split('?')[1] ?? '').get('policy');
  return v && v.trim() ? v : null;
}
