/**
 * True when every character of `text` takes one terminal column and none combines with another:
 * printable ASCII, Latin-1 and Latin Extended (U+00A0–U+02FF), the precomposed Latin letters of
 * U+1E00–U+1EFF (all of Vietnamese in NFC), dashes, quotes, "…", "‰", arrows, "≤" and "≥". Then the
 * width is the length, by displayWidth's rule and by string-width's (which cli-table3 measures every
 * cell with, trying a large emoji pattern on each): most cells of a ward's tables are such text.
 * test/status/one-column.test.ts checks every such character and random texts against both.
 */
export function oneColumnText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    if (c >= 0xa0 && c <= 0x2ff) continue;
    if (c >= 0x1e00 && c <= 0x1eff) continue;
    if ((c >= 0x2010 && c <= 0x2027) || c === 0x2030 || (c >= 0x2190 && c <= 0x2193) || c === 0x2264 || c === 0x2265) continue;
    return false;
  }
  return true;
}
