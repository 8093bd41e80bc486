/**
 * The current address as state: pages whose content follows the query (`?add`, `?edit=NAME`) read
 * it from here, so Back, Forward and links within the page re-render them.
 */
import { followHash, hashQuery } from './address.ts';

/** The address, kept current while the component that creates it lives (create it during component setup). */
export class LiveHash {
  /** The whole hash (`#/page?key=value`). */
  hash = $state(location.hash);
  /** Its query parameters. */
  readonly query = $derived(hashQuery(this.hash));

  constructor() {
    $effect(() => followHash(() => (this.hash = location.hash)));
  }
}
