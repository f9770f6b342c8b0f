/** Imports every corpus document through the library (read, find parts, draft) and scores it. */
import { resolve } from 'node:path';
import { draftFromBlocks } from '../../../src/import/draft-document.js';
import type { Draft } from '../../../src/import/draft.js';
import { readDocument } from '../../../src/import/read-document.js';
import { CORPUS_DOCS } from './index.js';
import { scoreDraft, type Score } from './score.js';

const DOCS = resolve(import.meta.dirname, 'docs');

/** As `plan import FILE --as-of 2024-07-01` drafts it. */
export async function draftOf(file: string): Promise<Draft> {
  const { blocks } = await readDocument(resolve(DOCS, file));
  return draftFromBlocks(blocks, { fallbackYear: { year: 2024, from: '--as-of' } });
}

export async function measureCorpus(): Promise<(Score & { draft: Draft })[]> {
  const out: (Score & { draft: Draft })[] = [];
  for (const doc of CORPUS_DOCS) {
    const draft = await draftOf(doc.file);
    const unread = draft.review.map((r) => r.reason);
    out.push({ ...scoreDraft(doc, draft.targets, unread), draft });
  }
  return out;
}

export function scoreTable(scores: Score[]): string {
  const rows = scores.map(
    (s) => `| ${s.id} | ${s.quantitative} | ${s.found} | ${s.right} | ${s.wrong} | ${s.missing} | ${s.quantitative ? Math.round((100 * s.right) / s.quantitative) : 100}% | ${s.asKind + s.listed + s.dropped} | ${s.asKind} | ${s.listed} | ${s.dropped} |`,
  );
  return [
    '| document | measures | found | right | wrong | missing | right % | qualitative | as their kind | listed for review | dropped |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
