/**
 * Every page of the simulator, in the appliance's five menus plus the simulation's own places.
 * Hash routes (`#/security-services/data-loss-prevention`) give each page a deep link and work from
 * any static host. A page that a later capability fills says so plainly. Only the shell reads this
 * table (it imports every page); pages link with `href` from `../address.ts`.
 */
import type { Component } from 'svelte';
import { hashPath } from '../address.ts';

/** The email security appliance's top menus, then the simulation's own area. */
export const menus = ['Monitor', 'Mail Policies', 'Security Services', 'Network', 'System Administration', 'Simulation'] as const;
/** The Security Management Appliance's own top menus (its web interface), then the simulation's own area. */
export const smaMenus = ['Management Appliance', 'Email', 'Simulation'] as const;
export type Menu = (typeof menus)[number] | (typeof smaMenus)[number];

/** Which appliance's web interface a page belongs to. */
export type ApplianceKind = 'esa' | 'sma';

/** One page. `load` imports its component on first visit. */
export interface Route {
  readonly path: string;
  readonly menu: Menu | null;
  readonly title: string;
  /** The SMA's pages; every other page is the email security appliance's (the Simulation pages belong to both). */
  readonly appliance?: 'sma';
  /** The sub-heading it sits under in its menu ("Centralized Services", "Message Quarantine"), as on the appliance. */
  readonly group?: string;
  /** The page's own heading, when it differs from its menu entry (as on the appliance). */
  readonly heading?: string;
  readonly load?: () => Promise<{ default: Component }>;
  /** For pages not built yet: the capability that fills them. */
  readonly comingWith?: string;
}

const later = (capability: string) => ({ comingWith: capability });

export const routes: readonly Route[] = [
  {
    path: '/monitor/message-tracking',
    menu: 'Monitor',
    title: 'Message Tracking',
    load: () => import('../tracking/MessageTrackingPage.svelte'),
  },
  {
    path: '/monitor/dlp-incidents',
    menu: 'Monitor',
    title: 'DLP Incidents',
    heading: 'DLP Incident Summary',
    load: () => import('../reports/DlpIncidentsPage.svelte'),
  },
  {
    path: '/monitor/quarantines',
    menu: 'Monitor',
    title: 'Policy, Virus and Outbreak Quarantines',
    load: () => import('../quarantine/QuarantinesPage.svelte'),
  },
  {
    path: '/mail-policies/outgoing-mail-policies',
    menu: 'Mail Policies',
    title: 'Outgoing Mail Policies',
    load: () => import('../policies/OutgoingPoliciesPage.svelte'),
  },
  {
    path: '/mail-policies/outgoing-content-filters',
    menu: 'Mail Policies',
    title: 'Outgoing Content Filters',
    load: () => import('../policies/ContentFiltersPage.svelte'),
  },
  {
    path: '/mail-policies/dlp-policy-manager',
    menu: 'Mail Policies',
    title: 'DLP Policy Manager',
    load: () => import('../dlp/PolicyManagerPage.svelte'),
  },
  {
    path: '/mail-policies/dlp-policy-customizations',
    menu: 'Mail Policies',
    title: 'DLP Policy Customizations',
    load: () => import('../policies/DlpCustomizationsPage.svelte'),
  },
  {
    path: '/mail-policies/text-resources',
    menu: 'Mail Policies',
    title: 'Text Resources',
    load: () => import('../policies/TextResourcesPage.svelte'),
  },
  {
    path: '/security-services/email-encryption',
    menu: 'Security Services',
    title: 'Cisco IronPort Email Encryption',
    load: () => import('../encryption/EmailEncryptionPage.svelte'),
  },
  {
    path: '/security-services/data-loss-prevention',
    menu: 'Security Services',
    title: 'Data Loss Prevention',
    load: () => import('../dlp/DlpSettingsPage.svelte'),
  },
  {
    path: '/security-services/centralized-quarantines',
    menu: 'Security Services',
    group: 'Centralized Services',
    title: 'Policy, Virus, and Outbreak Quarantines',
    heading: 'Centralized Policy, Virus, and Outbreak Quarantines',
    load: () => import('../sma/CentralQuarantinesPage.svelte'),
  },
  {
    path: '/network/destination-controls',
    menu: 'Network',
    title: 'Destination Controls',
    load: () => import('../policies/DestinationControlsPage.svelte'),
  },
  { path: '/network/smtp-routes', menu: 'Network', title: 'SMTP Routes', ...later('mail flow (alternate hosts)') },
  {
    path: '/system-administration/configuration-file',
    menu: 'System Administration',
    title: 'Configuration File',
    load: () => import('../config/ConfigFilePage.svelte'),
  },
  {
    path: '/system-administration/configuration-editor',
    menu: 'System Administration',
    title: 'Configuration Editor (JSON)',
    load: () => import('../config/ConfigEditorPage.svelte'),
  },
  {
    path: '/system-administration/commit-history',
    menu: 'System Administration',
    title: 'Commit History',
    load: () => import('../config/CommitHistoryPage.svelte'),
  },
  {
    path: '/system-administration/feature-keys',
    menu: 'System Administration',
    title: 'Feature Keys',
    load: () => import('../system/FeatureKeysPage.svelte'),
  },
  {
    path: '/system-administration/users',
    menu: 'System Administration',
    title: 'Users',
    load: () => import('../users/UsersPage.svelte'),
  },
  {
    path: '/system-administration/cluster',
    menu: 'System Administration',
    title: 'Cluster Management',
    load: () => import('../cluster/ClusterPage.svelte'),
  },
  {
    path: '/system-administration/cli',
    menu: 'System Administration',
    title: 'CLI (Command Line Interface)',
    load: () => import('../cli/CliPage.svelte'),
  },
  { path: '/simulation/compose', menu: 'Simulation', title: 'Compose', load: () => import('../compose/ComposePage.svelte') },
  { path: '/simulation/mailboxes', menu: 'Simulation', title: 'Mailboxes', load: () => import('../mailboxes/MailboxesPage.svelte') },
  { path: '/simulation/res-portal', menu: 'Simulation', title: 'RES Portal', load: () => import('../res/ResPortalPage.svelte') },
  {
    path: '/simulation/envelope',
    menu: 'Simulation',
    title: 'Envelope (recipient view)',
    load: () => import('../recipient/EnvelopePage.svelte'),
  },
  { path: '/simulation/scenarios', menu: 'Simulation', title: 'Scenarios', load: () => import('../scenarios/ScenariosPage.svelte') },
  {
    path: '/simulation/challenges',
    menu: 'Simulation',
    title: 'Challenges',
    heading: 'Troubleshooting Challenges',
    load: () => import('../challenges/ChallengesPage.svelte'),
  },
  { path: '/simulation/traffic', menu: 'Simulation', title: 'Traffic Generator', load: () => import('../traffic/TrafficPage.svelte') },
  {
    path: '/sma/centralized-services/quarantines',
    appliance: 'sma',
    menu: 'Management Appliance',
    group: 'Centralized Services',
    title: 'Policy, Virus, and Outbreak Quarantines',
    heading: 'Centralized Policy, Virus, and Outbreak Quarantines Service',
    load: () => import('../sma/SmaServicePage.svelte'),
  },
  {
    path: '/sma/message-quarantine/quarantines',
    appliance: 'sma',
    menu: 'Email',
    group: 'Message Quarantine',
    title: 'Policy, Virus, and Outbreak Quarantines',
    load: () => import('../sma/SmaQuarantinesPage.svelte'),
  },
  { path: '/share', menu: null, title: 'Shared Link', load: () => import('../share/SharePage.svelte') },
  { path: '/commit', menu: null, title: 'Uncommitted Changes', load: () => import('../config/CommitPage.svelte') },
  { path: '/', menu: null, title: 'Welcome', load: () => import('../shell/HomePage.svelte') },
];

/** The appliance whose menus a page shows. */
export const applianceOf = (route: Route | null): ApplianceKind => route?.appliance ?? 'esa';

/** The top menus of an appliance's web interface. */
export const menusOf = (kind: ApplianceKind): readonly Menu[] => (kind === 'sma' ? smaMenus : menus);

/** The pages under one menu of one appliance (the Simulation pages are under both). */
export const pagesOf = (kind: ApplianceKind, menu: Menu): Route[] =>
  routes.filter((r) => r.menu === menu && (menu === 'Simulation' || applianceOf(r) === kind));

/** The route for a hash, or null for an unknown address. */
export function routeFor(hash: string): Route | null {
  const path = hashPath(hash);
  return routes.find((r) => r.path === path) ?? null;
}
