/** An id from Vietnamese text: no diacritics, lowercase, words joined by "-" ("Thu ngân sách" -> "thu-ngan-sach"). */
export function slug(text: string, maxWords = 6): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean).slice(0, maxWords);
  return words.join('-') || 'x';
}

// The next suffix to try per base, per set: 25,000 measures of one slug would otherwise probe
// -2, -3, … from the start each time (an import growing with the square; issue 9 item 12).
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/** A unique id from `base` among `taken` (adds -2, -3, ...; `taken` only grows). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = /^[a-z0-9]/.test(base) ? base : `x-${base}`;
  if (taken.has(id)) {
    let next = nextSuffix.get(taken);
    if (!next) nextSuffix.set(taken, (next = new Map()));
    let i = next.get(base) ?? 2;
    while (taken.has((id = `${base}-${i}`))) i++;
    next.set(base, i + 1);
  }
  taken.add(id);
  return id;
}
