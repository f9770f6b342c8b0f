/** Text compared as people mean it: NFC, no case (Vietnamese rules), spaces collapsed. */
export const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/**
 * As `fold`, and without Vietnamese diacritics: what a clerk types on a keyboard without them
 * ("chua dat" for "chưa đạt"). đ is a letter of its own in Unicode, not d with a mark.
 */
export const foldBare = (s: string): string =>
  fold(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
