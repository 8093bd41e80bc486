/**
 * What the RES portal lists (requests, accounts, messages sent), loaded from the key service. The
 * service settles due provisioning requests when asked, so the lists are fetched again when the
 * simulated clock moves and whenever the key service's tables change (liveQuery sees the worker's
 * writes, e.g. a message encrypted by the mail flow in another page).
 */
import { resTables } from '../../db/views/changes.ts';
import { onChange } from '../live.ts';
import type { PortalMessage } from '../../engine/res/portal.ts';
import type { ProvisioningRequest, ResAccount } from '../../engine/encryption/key-service.ts';
import type { AppState } from '../app-state.svelte.ts';

/** The portal's lists, kept fresh. */
export class PortalData {
  requests = $state.raw<ProvisioningRequest[]>([]);
  accounts = $state.raw<ResAccount[]>([]);
  messages = $state.raw<PortalMessage[]>([]);
  loaded = $state(false);
  failed = $state<string | null>(null);
  #seq = 0;

  constructor(private readonly app: AppState) {}

  /** Loads every list; a slower, older answer never overwrites a newer one. */
  async refresh(): Promise<void> {
    const seq = ++this.#seq;
    const r = await this.app.guard(async () => ({
      ok: true,
      value: await Promise.all([this.app.api.res.requests(), this.app.api.res.accounts(), this.app.api.res.messages()]),
    }));
    if (seq !== this.#seq) return;
    if (!r.ok) {
      this.failed = r.error.message;
      return;
    }
    [this.requests, this.accounts, this.messages] = r.value;
    this.failed = null;
    this.loaded = true;
  }

  /** Watches the key service's tables; returns the cleanup. */
  watch(): () => void {
    return onChange(
      () => resTables(this.app.db),
      () => void this.refresh(),
    );
  }
}
