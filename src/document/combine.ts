import type { ReportDocument } from './document.js';

/**
 * Several plans' documents as one (`plan status A B --rollup off`): their blocks one after the other,
 * each plan under its own level-1 heading; the metadata names every plan.
 */
export function combineDocuments(docs: readonly ReportDocument[]): ReportDocument {
  const first = docs[0];
  if (first === undefined) throw new Error('combineDocuments: no document');
  if (docs.length === 1) return first;
  return {
    title: first.title,
    meta: {
      ...first.meta,
      plans: docs.flatMap((d) => d.meta.plans),
      illustrative: docs.some((d) => d.meta.illustrative),
    },
    blocks: docs.flatMap((d) => d.blocks),
  };
}
