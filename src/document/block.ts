import type { Run } from './run.js';
import type { TableBlock } from './table.js';

export interface HeadingBlock {
  kind: 'heading';
  /** 1: the document's own heading; 2, 3: its parts. */
  level: 1 | 2 | 3;
  text: string;
}

/**
 * A sentence or more. `role` says what it is for, so that a renderer can set it apart:
 * 'window' the report's period and as-of line, 'summary' the count of verdicts, 'more' a pointer to
 * what was left out ("… và 28 nhiệm vụ khác").
 */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  role?: 'window' | 'summary' | 'more' | 'body';
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

export type Block = HeadingBlock | ParagraphBlock | TableBlock | NoteBlock;
