/**
 * Configuration scopes: `machine:<hostname>` for one appliance; `cluster` and `group:<name>` when
 * appliances are clustered. Storage and lookups are keyed by scope so clusters need no rewrite.
 */

/** The scope that holds one machine's own settings. */
export const machineScope = (hostname: string): string => `machine:${hostname}`;

/** The machine of a standalone simulation. */
export const DEFAULT_SCOPE = machineScope('esa1.example.com');
