import type { Block } from './block.js';
import type { DocumentMeta } from './metadata.js';

/**
 * A report as a document: what every human format (terminal table, markdown, csv, docx, xlsx, html)
 * renders, built once from a report by a builder (src/document/build-*.ts). It holds words in the
 * document's language and typed values (value.ts); renderers lay it out and compute nothing.
 * JSON is not rendered from it: JSON is a projection of the report itself (docs/json.md).
 */
export interface ReportDocument {
  title: string;
  meta: DocumentMeta;
  blocks: Block[];
}

export type { AlternativesBlock, Block, HeadingBlock, NoteBlock, ParagraphBlock } from './block.js';
export type { DocumentMeta, DocumentPlan } from './metadata.js';
export type { Run } from './run.js';
export type { Column, ColumnRole, DataRow, GroupRow, Row, SectionRow, TableBlock, TotalRow } from './table.js';
export type * from './value.js';
