import type { ChalkInstance } from 'chalk';
import type { ReportDocument } from '../document/document.js';
import type { DocumentLayout } from '../document/layout.js';
import type { Lang } from '../i18n/lang.js';

/**
 * What a format renders from: the report's documents, built on demand, and its JSON projection.
 * A command builds one (report-source.ts) and hands it to the format the user chose.
 */
export interface ReportSource {
  lang: Lang;
  /** Example figures: a format that cannot say so in its output has the command say it on stderr. */
  illustrative: boolean;
  /** The document for people, laid out as the format asks. */
  document: (layout: DocumentLayout) => ReportDocument;
  /** The report as data: one flat table (CSV; a spreadsheet's data sheet). */
  data: () => ReportDocument;
  /** The JSON contract (docs/json.md): a projection of the report itself, not of a document. */
  json: () => string;
}

export interface RenderOptions {
  chalk: ChalkInstance;
  /** Terminal width for the formats that fit one. */
  width: number;
  /** CSV: a UTF-8 BOM first, for Excel. */
  bom: boolean;
}

/** Text for stdout or a file; bytes only into a file (--out). */
export type FormatOutput = string | Uint8Array;

export interface Format {
  /** Bytes out (docx, xlsx): the command requires --out rather than fill a terminal with them. */
  binary: boolean;
  /** Where the illustrative banner goes: in the output itself, on stderr (data: the CSV stays one table), or nowhere (JSON has the flag). */
  banner: 'output' | 'stderr' | 'none';
  /** One-line description for `--help` and the docs. */
  describe: Record<Lang, string>;
  render: (source: ReportSource, o: RenderOptions) => Promise<FormatOutput>;
}
