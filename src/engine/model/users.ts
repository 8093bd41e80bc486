/**
 * The appliance's user accounts as the simulation has them, and DLP Tracking Privileges (System Administration > Users):
 * matched DLP content in Message Tracking is shown to administrators always, and to another role only when that role
 * is granted the privilege (and only if matched content logging was on when the message was processed).
 */

/** The predefined roles that can open Message Tracking, plus delegated administrators (a custom user role). */
export const USER_ROLES = ['administrator', 'operator', 'read-only-operator', 'help-desk', 'custom'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** The roles DLP Tracking Privileges can be granted to (administrators always have them). */
export const GRANTABLE_ROLES = ['operator', 'read-only-operator', 'help-desk', 'custom'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** How the appliance names each role. */
export const ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  administrator: 'Administrator',
  operator: 'Operator',
  'read-only-operator': 'Read-Only Operator',
  'help-desk': 'Help Desk User',
  custom: 'Custom User Role (delegated administrator)',
};

/** A local user account of the simulated appliance. */
export interface SimUser {
  readonly name: string;
  readonly fullName: string;
  readonly role: UserRole;
}

/** The accounts the simulated appliance has: the built-in admin and one account of each role that can track messages. */
export const SIM_USERS: readonly SimUser[] = [
  { name: 'admin', fullName: 'Administrator', role: 'administrator' },
  { name: 'operator', fullName: 'Mail Operator', role: 'operator' },
  { name: 'ro_operator', fullName: 'Read-Only Operator', role: 'read-only-operator' },
  { name: 'helpdesk', fullName: 'Help Desk', role: 'help-desk' },
  { name: 'dlp_auditor', fullName: 'DLP Auditor (custom role “DLP Auditors”)', role: 'custom' },
];

/** The account signed in when none was chosen. */
export const DEFAULT_USER = 'admin';

/** The account with this name, or the built-in admin for an unknown name. */
export const userNamed = (name: string): SimUser => SIM_USERS.find((u) => u.name === name) ?? SIM_USERS[0];

/** True if a user of this role may see matched DLP content in Message Tracking. */
export const maySeeMatchedContent = (role: UserRole, granted: readonly GrantableRole[] = []): boolean =>
  role === 'administrator' || (granted as readonly UserRole[]).includes(role);
