/** Export control vocabulary (ITAR/EAR template). */
import type { ClassifierDef } from './types.ts';
import { terms } from './terms.ts';

export const exportControl: ClassifierDef = {
  id: 'export-control',
  name: 'Export Controlled Information',
  description:
    'Markings and terms of technical data under US export control (ITAR, EAR): "ITAR controlled", "export controlled", ECCN, USML category, deemed export and similar.',
  context: [],
  contextScore: 0,
  terms: terms([
    'itar:25',
    'itar controlled:40',
    'export controlled:35',
    'export control:20',
    'eccn:25',
    'export control classification number:35',
    'international traffic in arms:35',
    'export administration regulations:30',
    'controlled technical data:30',
    'deemed export:25',
    'usml:25',
    'munitions list:25',
    'commerce control list:25',
    'technical data:10',
    'license exception:20',
  ]),
};
