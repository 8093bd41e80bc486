/** Security Services > Cisco IronPort Email Encryption: global settings and encryption profiles. */
import { z } from 'zod';
import { hostname, name, optionalEmail, port, size, text, url } from './common.ts';

export const proxySchema = z
  .object({
    enabled: z.boolean(),
    type: z.enum(['HTTP', 'HTTPS', 'SOCKS4', 'SOCKS5']),
    host: z.union([z.literal(''), hostname]),
    port,
    username: text(256),
    /** Stored so the appliance can authenticate; never shown back in the UI. */
    password: text(256),
  })
  .strict()
  .refine((p) => !p.enabled || p.host !== '', { message: 'A proxy host is required when the proxy is enabled.', path: ['host'] });

export const notificationSettingsSchema = z
  .object({
    htmlTemplate: name,
    textTemplate: name,
    failureSubject: text(256),
    failureTemplate: name,
  })
  .strict();

export const encryptionProfileSchema = z
  .object({
    name,
    usedByRoles: z.array(name),
    keyService: z.enum(['res', 'local']),
    /** Only for the local Cisco IronPort Encryption Appliance key service. */
    localKeyServer: z.object({ internalUrl: z.union([z.literal(''), url]), externalUrl: z.union([z.literal(''), url]) }).strict(),
    keyServiceTransport: z.enum(['http', 'https', 'separate-url']),
    payloadUrl: z.union([z.literal(''), url]),
    security: z.enum(['high', 'medium', 'none']),
    logoLink: z.union([z.literal(''), url]),
    readReceipts: z.boolean(),
    queueTimeoutSeconds: z.number().int().min(60, 'At least 60 seconds.').max(604800, 'At most 7 days (604800 seconds).'),
    algorithm: z.enum(['ARC4', 'AES-192', 'AES-256']),
    attachmentDecryption: z.enum(['applet', 'server']),
    secureReplyAll: z.boolean(),
    secureForwarding: z.boolean(),
    locale: z.enum(['en-US', 'fr-FR', 'de-DE', 'es-ES', 'ja-JP', 'pt-BR', 'it-IT', 'zh-CN']),
    notifications: notificationSettingsSchema,
  })
  .strict();

export const encryptionSchema = z
  .object({
    enabled: z.boolean(),
    licenseAccepted: z.boolean(),
    adminEmail: optionalEmail,
    maxMessageSize: size(1024, 100 * 1024 ** 2),
    proxy: proxySchema,
    profiles: z.array(encryptionProfileSchema),
  })
  .strict()
  .refine((e) => !e.enabled || e.licenseAccepted, {
    message: 'Encryption can only be enabled after the licence agreement is accepted.',
    path: ['licenseAccepted'],
  });

/** The link between this appliance and its account on the Registered Envelope Service. */
export const resLinkSchema = z
  .object({
    accountNumber: z.union([z.literal(''), z.string().regex(/^\d{4,12}$/, 'An account number is 4–12 digits.')]),
    accountName: text(256),
  })
  .strict();
