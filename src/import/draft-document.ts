/**
 * A draft from a document's blocks: find the parts, find the run of targets wherever it stands, and,
 * when the run was found by content, read the header and tasks from the blocks that remain.
 */
import type { Block } from './blocks.js';
import { buildDraft, type Draft, type DraftOptions } from './draft.js';
import { findParts } from './structure.js';
import { findTargetRun } from './target-run.js';

export function draftFromBlocks(blocks: Block[], options: DraftOptions = {}): Draft {
  const first = findParts(blocks);
  const run = findTargetRun(blocks, first);
  const parts = run.blocks.size ? findParts(blocks.filter((_, i) => !run.blocks.has(i))) : first;
  if (run.title && parts.masthead[0] === run.title) parts.masthead.shift();
  return buildDraft(parts, run, options);
}
