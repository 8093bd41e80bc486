/** Small helpers for the HTML the engine writes (envelope page, notifications, previews). */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attributes. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** A timestamp as mail shows it, in UTC (the simulation has one time zone). */
export const formatDate = (at: number): string => new Date(at).toUTCString().replace('GMT', '+0000');

/** Plain text as HTML paragraphs (for notifications whose template is text). */
export const textToHtml = (s: string): string =>
  s
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
