/**
 * Share links: this app's address with `#/share?c=PAYLOAD` (the payload: engine/share/payload.ts).
 * Made here from what a page shares — the committed configuration's export, or a scenario and the
 * tutorial's lesson — and opened by SharePage, which checks it and asks before changing anything.
 */
import { encodeShare } from '../../engine/share/payload.ts';
import { queryHref } from '../address.ts';

/** The page that opens share links, and the query parameter that carries the payload. */
export const SHARE_PATH = '/share';
export const SHARE_PARAM = 'c';

/** The absolute link to a page of this app with one query parameter (works from whatever folder the app is served). */
export function appLink(path: string, key: string, value: string, base: string = location.href): string {
  const url = new URL(base);
  url.hash = queryHref(path, key, value);
  return url.toString();
}

/** The absolute link for a payload. */
export const shareLink = (payload: string, base?: string): string => appLink(SHARE_PATH, SHARE_PARAM, payload, base);

/** A link sharing a configuration export file; its `$schema` is left out (an address on this site, and the opener's has its own). */
export function configShareLink(exportText: string, base?: string): string {
  const { $schema: _address, ...doc } = JSON.parse(exportText) as Record<string, unknown>;
  return shareLink(encodeShare({ kind: 'config', export: doc }), base);
}

/** A link sharing a scenario and the tutorial lesson to open with it. */
export const scenarioShareLink = (scenario: string, lesson: string | null, base?: string): string =>
  shareLink(encodeShare({ kind: 'scenario', scenario, lesson }), base);

/** Puts a link on the clipboard; false when there is none to use (an insecure origin, a refused permission). */
export async function copyLink(link: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(link);
    return true;
  } catch {
    return false;
  }
}
