/**
 * The site layout: one standalone appliance, or a cluster of machines in groups, and the Security
 * Management Appliance (SMA) with its centralized quarantines. Plain data, stored as one value.
 */
import type { ConfigSection, PolicyQuarantine } from '../config/schema/index.ts';

/** A section that can live at cluster, group or machine level (the appliance identity never does). */
export type LevelSection = Exclude<ConfigSection, 'appliance'>;

/** One email security appliance of the site. */
export interface SiteMachine {
  readonly hostname: string;
  readonly serial: string;
  /** The group it belongs to in a cluster (null when standalone or ungrouped). */
  readonly group: string | null;
}

/** The Security Management Appliance and its Policy, Virus and Outbreak Quarantines. */
export interface SiteSma {
  readonly hostname: string;
  readonly serial: string;
  readonly quarantines: readonly PolicyQuarantine[];
}

/** Everything the simulation knows about the site's appliances. */
export interface SiteLayout {
  readonly mode: 'standalone' | 'cluster';
  readonly clusterName: string | null;
  readonly machines: readonly SiteMachine[];
  readonly groups: readonly string[];
  /** Cluster mode only: the sections each level scope defines (the most specific one wins). */
  readonly defined: Readonly<Record<string, readonly LevelSection[]>>;
  /** "Use centralized quarantines", per level scope where it is set (most specific wins). */
  readonly centralQuarantines: Readonly<Record<string, boolean>>;
  readonly sma: SiteSma;
}
