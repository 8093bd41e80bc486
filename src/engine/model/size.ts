/** The appliance's size syntax: a number with an optional unit, e.g. `10M`, `512k`, `1048576`. */

const SIZE = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/;
const UNIT: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** The number of bytes a size string stands for, or null when it is not in the size syntax. */
export function parseSize(s: string): number | null {
  const m = SIZE.exec(s.trim());
  if (!m) return null;
  return Math.round(Number(m[1]) * UNIT[m[2].toLowerCase()]);
}
