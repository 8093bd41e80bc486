/** Building blocks shared by the configuration schema's sections. */
import { z } from 'zod';
import { isAddressPattern, isEmailAddress } from '../../model/address.ts';
import { parseSize } from '../../model/size.ts';

// C0 and C1 controls, DEL and the Unicode line and paragraph separators: they break lines, logs and exports.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Bidirectional embeddings, overrides and isolates reorder the text shown after them, so a name could
// read as another (“Trojan Source”); a name that needs right-to-left script gets it without them.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
// Spaces, zero-width and other format characters, and the Hangul fillers: a name of only these shows as blank.
const INVISIBLE = /^[\s\p{Cf}\p{Zs}\u180e\u115f\u1160\u3164\uffa0]*$/u;

/** A display name as the appliance accepts it: 1–128 printable characters, visible, read as written. */
export const name = z
  .string()
  .min(1, 'A name is required.')
  .max(128, 'A name can be at most 128 characters.')
  .refine((s) => s.trim() === s, 'A name cannot start or end with spaces.')
  .refine((s) => s === '' || s.trim() !== s || !INVISIBLE.test(s), 'A name needs at least one visible character.')
  .refine((s) => !CONTROL.test(s), 'A name cannot contain control characters or line breaks.')
  .refine((s) => !BIDI_CONTROL.test(s), 'A name cannot contain invisible text-direction characters (U+202A–U+202E, U+2066–U+2069).')
  .refine((s) => !/[<>]/.test(s), 'A name cannot contain < or >.');

/** Free text such as a description. */
export const text = (max = 4000) => z.string().max(max, `At most ${max} characters.`);

/** One email address. */
export const email = z.string().refine(isEmailAddress, { error: (iss) => `“${String(iss.input)}” is not a valid email address.` });

/** An email address or blank (the field is optional). */
export const optionalEmail = z
  .string()
  .refine((s) => s === '' || isEmailAddress(s), { error: (iss) => `“${String(iss.input)}” is not a valid email address.` });

/** An address pattern: `user@example.com`, `user@`, `@example.com` or `@.example.com`. */
export const addressPattern = z.string().refine(isAddressPattern, {
  error: (iss) => `“${String(iss.input)}” is not an address, a partial address (user@) or a domain (@example.com, @.example.com).`,
});

/** A size in the appliance's syntax, bounded. */
export const size = (min: number, max: number) =>
  z.string().refine(
    (s) => {
      const bytes = parseSize(s);
      return bytes !== null && bytes >= min && bytes <= max;
    },
    `Enter a size such as 10M or 512k, between ${min} bytes and ${max / 1024 ** 2}M.`,
  );

/** A TCP port. */
export const port = z.number().int('A port is a whole number.').min(1).max(65535);

/** A host name (or IP address) without scheme. */
export const hostname = z
  .string()
  .regex(
    /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/,
    'Enter a host name such as proxy.example.com.',
  );

/** An http(s) URL. */
export const url = z.string().regex(/^https?:\/\/[^\s]+$/, 'Enter a URL starting with http:// or https://.');
