/** Magnetic stripe data: track 1 (%B…^NAME^YYMM…?) and track 2 (;PAN=YYMM…?) with a Luhn-valid card number. */
import type { ClassifierDef } from './types.ts';
import { luhn } from '../scan/checksums.ts';
import { shapeSet, tokensOfShape } from '../scan/chain-shapes.ts';

/** Track 1 starts at a token with letters ("B…"); track 2 at a 12–19 digit card number. */
const TRACK_STARTS = shapeSet(
  (digits) => digits >= 12 && digits <= 19,
  () => true,
);

const TRACK1 = /^%B(\d{12,19})\^([^^?\r\n]{2,26})\^(\d{2})(0[1-9]|1[0-2])(\d{3})[^?\r\n]{0,60}\?/;
const TRACK2 = /^;(\d{12,19})=(\d{2})(0[1-9]|1[0-2])(\d{3})\d{0,40}\?/;

export const trackData: ClassifierDef = {
  id: 'track-data',
  container: true,
  name: 'Magnetic Stripe Data',
  description:
    'Card magnetic stripe contents: track 1 (%B, card number, ^NAME^, expiry and service code) or track 2 (;card number=expiry and service code), with a Luhn-valid card number. Track data is sensitive on its own.',
  context: ['track', 'track 1', 'track 2', 'magstripe', 'magnetic stripe', 'swipe', 'card data'],
  contextScore: 95,
  checksum: true,
  find(ix, _ctx, out) {
    const { text } = ix;
    const { tokens, from, to } = tokensOfShape(ix, TRACK_STARTS);
    for (let j = from; j < to; j++) {
      const k = tokens[j];
      const s = ix.tokStart[k];
      let m: RegExpExecArray | null = null;
      let kind = '';
      if (text.charCodeAt(s) === 66 && s > 0 && text.charCodeAt(s - 1) === 37) {
        m = TRACK1.exec(text.slice(s - 1, s + 120));
        kind = 'track 1';
      } else if (s > 0 && text.charCodeAt(s - 1) === 59 && text.charCodeAt(ix.tokEnd[k]) === 61) {
        m = TRACK2.exec(text.slice(s - 1, s + 80));
        kind = 'track 2';
      }
      if (!m || !luhn(m[1])) continue;
      out.add(
        s - 1,
        s - 1 + m[0].length,
        85,
        `${kind} layout with sentinels and field separators`,
        'card number passes Luhn; expiry month valid',
      );
    }
  },
};
