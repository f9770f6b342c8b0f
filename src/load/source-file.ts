import type { Document, LineCounter } from 'yaml';

/** One plan file as read: its text (BOM removed), line index and parsed YAML document. */
export interface SourceFile {
  /** Path as shown to the user (relative to the working folder when possible). */
  path: string;
  absPath: string;
  text: string;
  lines: LineCounter;
  doc: Document.Parsed | undefined;
}
