/** Text compared as people mean it: NFC, no case (Vietnamese rules), spaces collapsed. */
export const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
