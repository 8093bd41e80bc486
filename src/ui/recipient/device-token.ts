/**
 * "Remember me on this computer": the device token the key service issues is kept in this browser's
 * localStorage, per recipient address, exactly as a real browser keeps the service's cookie.
 */
const key = (address: string) => `res-device-token:${address.trim().toLowerCase()}`;

/** The remembered token for an address, if any. */
export function loadDeviceToken(address: string): string | undefined {
  try {
    return localStorage.getItem(key(address)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the token for an address. */
export function saveDeviceToken(address: string, token: string): void {
  try {
    localStorage.setItem(key(address), token);
  } catch {
    // Storage can be unavailable (private mode); the recipient then types the password again.
  }
}
