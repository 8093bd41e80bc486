/**
 * The one schema of an appliance's configuration. The TypeScript types (`ApplianceConfig`, …) and
 * the JSON Schema used by import and the configuration editor are both derived from it.
 */
import { z } from 'zod';
import { applianceSchema } from './appliance.ts';
import { encryptionSchema, encryptionProfileSchema, resLinkSchema } from './encryption.ts';
import { customClassifierSchema, dlpPolicySchema, dlpSchema, messageActionSchema } from './dlp.ts';
import { destinationControlSchema, outgoingPoliciesSchema, outgoingPolicySchema, quarantineSchema, textResourceSchema } from './mail-policies.ts';
import { checkReferences } from './references.ts';

export const applianceConfigShape = z
  .object({
    appliance: applianceSchema,
    encryption: encryptionSchema,
    resLink: resLinkSchema,
    dlp: dlpSchema,
    quarantines: z.array(quarantineSchema),
    outgoingPolicies: outgoingPoliciesSchema,
    textResources: z.array(textResourceSchema),
    destinationControls: z.array(destinationControlSchema),
  })
  .strict();

/** The whole configuration, with the checks that span sections (unique names, references). */
export const applianceConfigSchema = applianceConfigShape.superRefine(checkReferences);

export type ApplianceConfig = z.infer<typeof applianceConfigShape>;
export type EncryptionSettings = ApplianceConfig['encryption'];
export type EncryptionProfile = z.infer<typeof encryptionProfileSchema>;
export type DlpSettings = ApplianceConfig['dlp'];
export type DlpPolicy = z.infer<typeof dlpPolicySchema>;
export type MessageAction = z.infer<typeof messageActionSchema>;
export type CustomClassifier = z.infer<typeof customClassifierSchema>;
export type PolicyQuarantine = z.infer<typeof quarantineSchema>;
export type OutgoingPolicy = z.infer<typeof outgoingPolicySchema>;
export type OutgoingDlp = OutgoingPolicy['dlp'];
export type TextResource = z.infer<typeof textResourceSchema>;
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** The top-level sections a page submits as one change. */
export type ConfigSection = keyof ApplianceConfig;
export const configSections = Object.keys(applianceConfigShape.shape) as ConfigSection[];

export { severities } from './dlp.ts';
