/**
 * Schema versions of exported configurations and the steps that bring an older export up to
 * date. Each step takes the plain JSON of one version and returns the next; steps never throw on
 * odd input — whatever they cannot recognise is left for validation to report.
 */

/** The schema version this build writes. */
export const CURRENT_SCHEMA_VERSION = 2;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 1 (the first public format) named the serial `serial`, stored the maximum message size to
 * encrypt as a byte count, had no severity scale on DLP policies (the default scale applied) and
 * called the per-severity message actions `severityActions`.
 */
function v1ToV2(config: Json): Json {
  const out: Json = { ...config };
  if (isObject(out.appliance) && 'serial' in out.appliance) {
    const { serial, ...rest } = out.appliance;
    out.appliance = { ...rest, serialNumber: serial };
  }
  if (isObject(out.encryption) && typeof out.encryption.maxMessageSizeBytes === 'number') {
    const { maxMessageSizeBytes, ...rest } = out.encryption;
    const bytes = maxMessageSizeBytes as number;
    out.encryption = {
      ...rest,
      maxMessageSize: bytes % 1048576 === 0 ? `${bytes / 1048576}M` : bytes % 1024 === 0 ? `${bytes / 1024}k` : String(bytes),
    };
  }
  if (isObject(out.dlp) && Array.isArray(out.dlp.policies)) {
    out.dlp = {
      ...out.dlp,
      policies: out.dlp.policies.map((p) => {
        if (!isObject(p)) return p;
        const { severityActions, ...rest } = p;
        return {
          ...rest,
          scale: rest.scale ?? { low: 10, medium: 40, high: 60, critical: 90 },
          ...(severityActions !== undefined && rest.actions === undefined ? { actions: severityActions } : {}),
        };
      }),
    };
  }
  return out;
}

/** Steps indexed by the version they start from. */
const steps: Record<number, (c: Json) => Json> = { 1: v1ToV2 };

/** The versions an import may come from. */
export const supportedVersions = [1, 2] as const;

/** Brings a configuration of `fromVersion` to the current version. */
export function migrate(config: unknown, fromVersion: number): unknown {
  let current = config;
  for (let v = fromVersion; v < CURRENT_SCHEMA_VERSION; v += 1) {
    current = isObject(current) ? steps[v](current) : current;
  }
  return current;
}
