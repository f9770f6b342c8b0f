import type { Run } from './run.js';
import type { TableBlock } from './table.js';

export interface HeadingBlock {
  kind: 'heading';
  /** 1: the document's own heading (one per plan when a document holds several); 2, 3: its parts. */
  level: 1 | 2 | 3;
  text: string;
  /**
   * Written after the heading in brackets by formats whose heading stands alone (markdown pages are
   * pasted into other pages): the status report's date. The terminal prints the as-of line instead.
   */
  aside?: Run[];
}

/**
 * A sentence or more. `role` says what it is for, so that a renderer can set it apart:
 * 'window' the report's period and as-of line, 'summary' the count of verdicts or items, 'more' a
 * pointer to what was left out ("… và 28 nhiệm vụ khác"), 'empty' the sentence saying a part has
 * nothing ("Không có nhiệm vụ quá hạn."; a terminal prints it without the part's heading), 'words'
 * what people wrote themselves (the báo cáo's narrative): a .docx marks it apart from the generated
 * text, so that `plan report --from-docx` can take it back.
 */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  role?: 'window' | 'summary' | 'more' | 'empty' | 'body' | 'words';
}

/**
 * Set apart from the text: 'warning' the illustrative-figures banner; 'info' a remark under a table
 * ("—: không đo chỉ tiêu này").
 */
export interface NoteBlock {
  kind: 'note';
  tone: 'warning' | 'info';
  runs: Run[];
}

/**
 * Two ways to show the same part: `wide` where the page has room for it (a column per ward), else
 * `narrow`. A terminal measures; formats without a width (markdown, docx) take `wide`.
 */
export interface AlternativesBlock {
  kind: 'alternatives';
  wide: Block[];
  narrow: Block[];
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | NoteBlock | AlternativesBlock;
