/** The full template catalogue, by category, with lookups. */
import type { PolicyTemplate } from './types.ts';
import { regulatoryTemplates } from './regulatory.ts';
import {
  acceptableUseTemplates,
  companyConfidentialTemplates,
  customTemplates,
  intellectualPropertyTemplates,
  privacyTemplates,
} from './other-categories.ts';

/** Every template, grouped in category order. */
export const templates: readonly PolicyTemplate[] = [
  ...regulatoryTemplates,
  ...acceptableUseTemplates,
  ...privacyTemplates,
  ...intellectualPropertyTemplates,
  ...companyConfidentialTemplates,
  ...customTemplates,
];

const byId = new Map(templates.map((t) => [t.id, t]));
if (byId.size !== templates.length) throw new Error('Duplicate template id.');

/** The template with this id, or undefined. */
export const templateById = (id: string): PolicyTemplate | undefined => byId.get(id);
