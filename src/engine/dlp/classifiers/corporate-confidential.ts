/** Confidentiality markers: the labels companies put on internal documents. */
import type { ClassifierDef } from './types.ts';
import { terms } from './terms.ts';

export const corporateConfidential: ClassifierDef = {
  id: 'corporate-confidential',
  name: 'Company Confidential Markers',
  description:
    'Labels that mark internal material: "company confidential", "internal use only", "do not distribute", "proprietary", "trade secret" and similar. Each distinct label adds its weight to the score.',
  context: [],
  contextScore: 0,
  terms: terms([
    'confidential:20',
    'company confidential:40',
    'strictly confidential:40',
    'highly confidential:40',
    'internal use only:35',
    'for internal use only:40',
    'internal only:25',
    'proprietary:20',
    'proprietary and confidential:45',
    'do not distribute:35',
    'do not forward:30',
    'not for distribution:35',
    'privileged and confidential:40',
    'attorney-client privilege:30',
    'trade secret:35',
    'trade secrets:35',
    'non-disclosure:20',
    'under nda:25',
    'embargoed:25',
    'restricted:10',
    'need to know:15',
  ]),
};
