/**
 * The console's port on the engine contract: only the members its commands call. Taken from
 * `EngineApi` (not copied), so the real service — in Node, or through the worker client in the
 * browser — satisfies it with no cast.
 */
import type { ConfigApi, DlpApi, EncryptionApi, EngineApi, QuarantineApi } from '../api/engine-api.ts';

/** The service methods the command line calls. */
export interface CliApi {
  readonly config: Pick<ConfigApi, 'view' | 'submit' | 'commit' | 'abandon'>;
  readonly encryption: Pick<EncryptionApi, 'provisioningStatus' | 'provision' | 'pxeUpdates' | 'pxeUpdateNow'>;
  readonly dlp: Pick<DlpApi, 'engineStatus' | 'updateNow' | 'rollback'>;
  readonly quarantine: Pick<QuarantineApi, 'list'>;
  readonly clock: Pick<EngineApi['clock'], 'now'>;
}
