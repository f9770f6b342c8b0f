import { xmlSafe } from '../docx/xml-safe.js';

/** Text into HTML: controls removed (as for Word's XML), NFC, the five special characters escaped. */
export function esc(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
