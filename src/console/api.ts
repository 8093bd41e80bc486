/**
 * The narrow view of the engine service the command line needs. Declared here in engine terms
 * (not imported from the worker) so the interpreter stays pure; the real service — directly in
 * Node, or through Comlink in the browser — satisfies it structurally.
 */
import type { ApplianceConfig, EncryptionSettings } from '../config/schema/index.ts';
import type { Result } from '../errors.ts';

/** What `config.view` answers, as far as the CLI reads it. */
export interface CliConfigView {
  readonly committed: ApplianceConfig;
  readonly candidate: ApplianceConfig;
  readonly pending: readonly { readonly description: string }[];
}

/** One row of the encryption profile table's provisioning column. */
export interface CliProvisioning {
  readonly profile: string;
  readonly status: 'provisioned' | 'not-provisioned' | 'not-applicable';
  readonly accountNumber: string | null;
  readonly provisionedAt: number | null;
}

/** PXE Engine Updates. */
export interface CliPxeUpdates {
  readonly engineVersion: string;
  readonly domainMappingsVersion: string;
  readonly installedAt: number;
  readonly lastCheckAt: number | null;
}

/** A DLP release as the status shows it. */
export interface CliRelease {
  readonly engine: string;
  readonly classifiers: string;
  readonly availableAt: number;
}

/** DLP Engine Updates. */
export interface CliDlpStatus {
  readonly installed: CliRelease;
  readonly lastUpdateAt: number | null;
  readonly lastAttemptAt: number | null;
  readonly automaticUpdates: boolean;
  readonly previous: CliRelease | null;
  readonly available: readonly CliRelease[];
}

/** The outcome of a DLP Update Now or Rollback. */
export interface CliDlpAnswer {
  readonly changed: boolean;
  readonly message: string;
  readonly status: CliDlpStatus;
}

/** The service methods the command line calls; every one may be remote, so all are async. */
export interface CliApi {
  readonly config: {
    view(scope?: string): Promise<CliConfigView>;
    submit(section: 'encryption', value: EncryptionSettings, description: string, scope?: string): Promise<Result<{ pendingCount: number }>>;
    commit(comment: string, scope?: string): Promise<Result<{ readonly at: number; readonly changeCount: number }>>;
    abandon(scope?: string): Promise<Result<{ discarded: number }>>;
  };
  readonly encryption: {
    provisioningStatus(scope?: string): Promise<readonly CliProvisioning[]>;
    provision(profile: string, scope?: string): Promise<Result<{ readonly accountNumber: string; readonly accountName: string }>>;
    pxeUpdates(scope?: string): Promise<CliPxeUpdates>;
    pxeUpdateNow(scope?: string): Promise<CliPxeUpdates>;
  };
  readonly dlp: {
    engineStatus(scope?: string): Promise<CliDlpStatus>;
    updateNow(scope?: string): Promise<CliDlpAnswer>;
    rollback(scope?: string): Promise<CliDlpAnswer>;
  };
  readonly quarantine: {
    list(): Promise<readonly { readonly quarantine: string }[]>;
  };
  readonly clock: {
    now(): Promise<number>;
  };
}
