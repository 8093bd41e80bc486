/** Appliance identity: what `version` and System Administration show. */
import { z } from 'zod';
import { isSerialNumber } from '../../model/serial.ts';
import { hostname } from './common.ts';

export const applianceSchema = z
  .object({
    hostname,
    model: z.enum(['C100V', 'C300V', 'C600V', 'C195', 'C395', 'C695']),
    serialNumber: z.string().refine(isSerialNumber, {
      error: (iss) => `“${String(iss.input)}” is not an appliance serial number (expected e.g. 42127C7DDEE76852677B-F80CE8074CD3).`,
    }),
    asyncOsVersion: z.string().regex(/^\d+\.\d+\.\d+-\d+$/, 'Expected a version such as 14.0.0-657.'),
  })
  .strict();
