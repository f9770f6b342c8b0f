import { diagnostic } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Check } from './context.js';

/** Ids are unique within their kind (a unit and a target may share a name; two targets may not). */
export const uniqueIds: Check = ({ plan, origins }) => {
  const out: Diagnostic[] = [];
  const groups: [string, readonly { id: string }[]][] = [
    ['unit', plan.units],
    ['legalBasis', plan.legalBases],
    ['target', plan.targets],
    ['task', plan.tasks],
    ['section', plan.header.sections],
    ['period', plan.header.periods ?? []],
  ];
  for (const [kind, items] of groups) {
    const first = new Map<string, object>();
    for (const item of items) {
      const seen = first.get(item.id);
      if (!seen) {
        first.set(item.id, item);
        continue;
      }
      const where = origins.at(seen, ['id']);
      out.push(diagnostic('duplicate-id', origins.at(item, ['id']), { kind, id: item.id, first: `${where.file}:${where.line}` }));
    }
  }
  return out;
};
