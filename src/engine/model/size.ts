/** The appliance's size syntax: a number with an optional unit, e.g. `10M`, `512k`, `1048576`. */

const SIZE = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/;
const UNIT: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** The number of bytes a size string stands for, or null when it is not in the size syntax. */
export function parseSize(s: string): number | null {
  const m = SIZE.exec(s.trim());
  if (!m) return null;
  return Math.round(Number(m[1]) * UNIT[m[2].toLowerCase()]);
}

/** Formats bytes the way the appliance shows sizes (`10M`, `512k`, `100`). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2 && bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2}M`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024}k`;
  return String(bytes);
}
