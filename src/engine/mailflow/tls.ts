/**
 * The simulated network's side of TLS: which remote mail hosts offer STARTTLS, and what the
 * appliance's Destination Controls setting plus that offer make of "encrypt only if TLS fails".
 * The real appliance learns whether a host offers STARTTLS by connecting; the simulator keeps a
 * fixed, visible list of the simulated domains whose hosts do not, so a trainee can see why.
 */
import type { ApplianceConfig } from '../config/schema/index.ts';

/** Simulated recipient domains whose mail hosts do not offer STARTTLS (every other simulated host does). */
export const NO_STARTTLS_DOMAINS: readonly string[] = ['oldtown-clinic.example', 'legacy-freight.example'];

/** Whether a domain's simulated mail host offers STARTTLS (a subdomain follows its parent's entry). */
export function offersStartTls(domain: string): boolean {
  const d = domain.toLowerCase();
  return !NO_STARTTLS_DOMAINS.some((n) => d === n || d.endsWith(`.${n}`));
}

/** The TLS setting that applies to a domain: its own Destination Controls entry, else Default (None when absent). */
export function tlsSetting(config: ApplianceConfig, domain: string): ApplianceConfig['destinationControls'][number]['tls'] {
  const d = domain.toLowerCase();
  const rule =
    config.destinationControls.find((c) => c.destination.toLowerCase() === d) ??
    config.destinationControls.find((c) => c.destination === 'default');
  return rule?.tls ?? 'none';
}

/** What happened when the appliance delivered to a domain: TLS used or not, and why, in the mail log's words. */
export interface TlsDecision {
  readonly ok: boolean;
  readonly why: string;
}

/** Whether delivery to a domain goes over TLS: the appliance must try (Preferred or Required) and the host must offer STARTTLS. */
export function tlsDecision(config: ApplianceConfig, domain: string): TlsDecision {
  const setting = tlsSetting(config, domain);
  if (setting === 'none') return { ok: false, why: 'TLS is not used (Destination Controls: None)' };
  if (!offersStartTls(domain)) return { ok: false, why: 'the remote host does not offer STARTTLS' };
  return { ok: true, why: `STARTTLS negotiated (Destination Controls: ${setting === 'required' ? 'Required' : 'Preferred'})` };
}
