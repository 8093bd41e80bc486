/**
 * The one schema of an appliance's configuration. The TypeScript types (`ApplianceConfig`, …) and
 * the JSON Schema used by import and the configuration editor are both derived from it.
 */
import type { z } from 'zod';
import { encryptionProfileSchema } from './encryption.ts';
import { contentFilterSchema, filterActionSchema, filterConditionSchema, outgoingFiltersSchema } from './content-filters.ts';
import { customClassifierSchema, dlpPolicySchema, messageActionSchema } from './dlp.ts';
import { outgoingPolicySchema, quarantineSchema, textResourceSchema } from './mail-policies.ts';
import { checkReferences } from './references.ts';
import { applianceConfigShape, type ApplianceConfig } from './shape.ts';

export { applianceConfigShape, type ApplianceConfig } from './shape.ts';

/** The whole configuration, with the checks that span sections (unique names, references). */
export const applianceConfigSchema = applianceConfigShape.superRefine(checkReferences);

export type EncryptionSettings = ApplianceConfig['encryption'];
export type EncryptionProfile = z.infer<typeof encryptionProfileSchema>;
export type DlpPolicy = z.infer<typeof dlpPolicySchema>;
export type MessageAction = z.infer<typeof messageActionSchema>;
export type CustomClassifier = z.infer<typeof customClassifierSchema>;
export type PolicyQuarantine = z.infer<typeof quarantineSchema>;
export type OutgoingPolicy = z.infer<typeof outgoingPolicySchema>;
export type OutgoingDlp = OutgoingPolicy['dlp'];
export type ContentFilter = z.infer<typeof contentFilterSchema>;
export type FilterCondition = z.infer<typeof filterConditionSchema>;
export type FilterAction = z.infer<typeof filterActionSchema>;
export type OutgoingFilters = z.infer<typeof outgoingFiltersSchema>;
export type TextResource = z.infer<typeof textResourceSchema>;
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** The top-level sections a page submits as one change. */
export type ConfigSection = keyof ApplianceConfig;
export const configSections = Object.keys(applianceConfigShape.shape) as ConfigSection[];
