import { LineCounter, parseDocument, type Document } from 'yaml';

/**
 * One plan file as read: its text (BOM removed), and on demand its YAML document with positions.
 * Positions cost a full parse with the `yaml` library, several times slower than reading the data;
 * a valid file never pays for them (see fast-load.ts).
 */
export class SourceFile {
  private parsed: { doc: Document.Parsed; lines: LineCounter } | undefined;

  constructor(
    /** Path as shown to the user (relative to the working folder when possible). */
    readonly path: string,
    readonly absPath: string,
    readonly text: string,
  ) {}

  get doc(): Document.Parsed {
    return this.parse().doc;
  }

  get lines(): LineCounter {
    return this.parse().lines;
  }

  private parse() {
    if (!this.parsed) {
      const lines = new LineCounter();
      const doc = parseDocument(this.text, { lineCounter: lines, uniqueKeys: true, merge: false, prettyErrors: false, strict: true });
      this.parsed = { doc, lines };
    }
    return this.parsed;
  }
}
