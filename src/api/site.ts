/** The site (cluster, groups, the SMA) as its pages see it. */
import type { QuarantineItem } from '../engine/mailflow/types.ts';

/** A member's row in the Cluster Management page. */
export interface MemberInfo {
  readonly hostname: string;
  readonly serial: string;
  readonly group: string | null;
  readonly scope: string;
  readonly centralQuarantines: boolean;
}

/** A held message on the SMA, with the member it came from. */
export interface SmaItem extends QuarantineItem {
  readonly host: string;
}
