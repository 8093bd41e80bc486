/** The size and nesting limits of a message, shared by the mail flow (composer, .eml import) and DLP extraction. */

/** The largest message the composer and import accept (the appliance's default listener limit is similar). */
export const MAX_MESSAGE_BYTES = 20 * 1024 * 1024;

/** Real mail nests a handful of multiparts; a file nesting hundreds is built to exhaust the parser. */
export const MAX_MIME_DEPTH = 50;
