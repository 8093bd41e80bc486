/** Email Address: local part, @, a domain of at least two labels ending in a top-level domain. */
import type { ClassifierDef } from './types.ts';

const isLocal = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isLabel = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
const TLD = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{2,59})$/;

export const emailAddress: ClassifierDef = {
  id: 'email-address',
  name: 'Email Address',
  description: 'Email addresses: a local part, "@" and a domain of at least two labels ending in a top-level domain (internationalised xn-- domains included).',
  context: ['email', 'e-mail', 'mail', 'contact', 'address'],
  contextScore: 60,
  find(ix, _ctx, out) {
    const { text } = ix;
    let lastEnd = -1;
    for (const a of ix.at) {
      let s = a;
      while (s > 0 && isLocal(text.charCodeAt(s - 1))) s--;
      while (s < a && text.charCodeAt(s) === 46) s++;
      if (s === a || s < lastEnd) continue;
      let e = a + 1;
      while (e < text.length && (isLabel(text.charCodeAt(e)) || text.charCodeAt(e) === 46)) e++;
      while (e > a + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
      const labels = text.slice(a + 1, e).split('.');
      if (labels.length < 2 || labels.some((l) => l === '' || l.length > 63 || l.startsWith('-')) || !TLD.test(labels[labels.length - 1])) continue;
      lastEnd = e;
      out.add(s, e, 40, 'local part @ domain', `domain of ${labels.length} labels with a valid top-level domain`);
    }
  },
};
