/** The configuration's sections as one strict object, and the `ApplianceConfig` type derived from it. */
import { z } from 'zod';
import { applianceSchema } from './appliance.ts';
import { encryptionSchema, resLinkSchema } from './encryption.ts';
import { dlpSchema } from './dlp.ts';
import { destinationControlSchema, outgoingPoliciesSchema, quarantineSchema, textResourceSchema } from './mail-policies.ts';

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

export type ApplianceConfig = z.infer<typeof applianceConfigShape>;
