/** Mergers and acquisitions vocabulary (Company Confidential templates). */
import type { ClassifierDef } from './types.ts';
import { terms } from './terms.ts';

export const mergersAcquisitions: ClassifierDef = {
  id: 'mergers-acquisitions',
  name: 'Mergers and Acquisitions',
  description:
    'Terms of deal-making before it is public: merger, acquisition target, due diligence, letter of intent, term sheet, definitive agreement, tender offer and similar.',
  context: [],
  contextScore: 0,
  terms: terms([
    'merger:20',
    'mergers:20',
    'acquisition:15',
    'acquisition target:30',
    'due diligence:25',
    'letter of intent:25',
    'term sheet:25',
    'definitive agreement:30',
    'tender offer:30',
    'valuation:10',
    'purchase price:15',
    'deal team:20',
    'project codename:25',
    'confidential transaction:30',
    'divestiture:25',
    'hostile takeover:30',
    'takeover bid:30',
    'break fee:25',
  ]),
};
