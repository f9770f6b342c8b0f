/** Round a derived figure for JSON and CSV (no float noise like 0.14000000000000057). */
export function round(n: number | null, digits = 4): number | null {
  if (n === null) return null;
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
