/** Design document vocabulary (Intellectual Property Protection templates). */
import type { ClassifierDef } from './types.ts';
import { terms } from './terms.ts';

export const designDocuments: ClassifierDef = {
  id: 'design-documents',
  name: 'Design Documents',
  description:
    'Terms of engineering and product design material: design specifications, schematics, blueprints, CAD drawings, prototypes, roadmaps and invention disclosures.',
  context: [],
  contextScore: 0,
  terms: terms([
    'design specification:30',
    'design document:25',
    'functional specification:25',
    'schematic:20',
    'schematics:20',
    'blueprint:20',
    'cad drawing:25',
    'technical drawing:20',
    'prototype:15',
    'product roadmap:25',
    'architecture diagram:20',
    'patent pending:25',
    'invention disclosure:35',
    'bill of materials:20',
    'tape-out:25',
    'engineering change order:25',
    'unreleased product:30',
  ]),
};
