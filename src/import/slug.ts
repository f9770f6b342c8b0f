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

/** A unique id from `base` among `taken` (adds -2, -3, ...). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = /^[a-z0-9]/.test(base) ? base : `x-${base}`;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}
