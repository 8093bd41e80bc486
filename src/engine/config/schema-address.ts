/**
 * The address of an export's JSON Schema (export-schema.ts), kept apart from the schema so the UI
 * can name it without loading zod.
 *
 * The site may be served from any host and folder (Vite's base is './'), so no absolute address is
 * known when the schema file is made. It lives at `schema/appliance-config.schema.json` under the
 * app's folder, and its `$id` is its file name: a reference that resolves against wherever the
 * schema is read from. An export names the schema's absolute address on the site that exported it
 * (the UI passes it), so a file saved anywhere still finds it while that site is up; an export made
 * without a site (Node) names the bare file name, to be saved beside it (`dlp schema > …`); the
 * scenario files, served beside `schema/`, name `../schema/appliance-config.schema.json`.
 */

/** The schema's file name, which is also its `$id`. */
export const SCHEMA_FILE = 'appliance-config.schema.json';
/** Where the site publishes it, relative to the app's folder. */
export const SCHEMA_PATH = `schema/${SCHEMA_FILE}`;
/** What the scenario files (public/scenarios/, served beside schema/) call it. */
export const SCENARIO_SCHEMA_REF = `../${SCHEMA_PATH}`;

/** The schema's absolute address on the site at `base` (the app's page). */
export const schemaUrl = (base: string): string => new URL(SCHEMA_PATH, base).href;
