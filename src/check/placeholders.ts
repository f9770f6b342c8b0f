import { diagnostic } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../load/locate.js';
import { TO_FILL } from '../model/placeholder.js';
import type { Check } from './context.js';

/**
 * Every text under `value` that still holds the placeholder, with its path, in document order. One
 * path is grown and shrunk on the way down and copied only at a hit: the check visits every value of
 * the plan on every start.
 */
function placeholdersIn(value: unknown, path: (string | number)[] = [], out: DataPath[] = []): DataPath[] {
  if (typeof value === 'string') {
    if (value.includes(TO_FILL)) out.push([...path]);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      placeholdersIn(value[i], path, out);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const k of Object.keys(record)) {
      path.push(k);
      placeholdersIn(record[k], path, out);
      path.pop();
    }
  }
  return out;
}

/**
 * A "(chưa điền)" that `plan init` left is a fact still missing from the plan: a warning at the
 * value, one per field (a plan full of placeholders validated silently before). Notes are free text.
 */
export const placeholders: Check = ({ plan, origins }) => {
  const out: Diagnostic[] = [];
  const items: [string, object][] = [
    ['plan', plan.header],
    ...plan.units.map((u): [string, object] => ['units', u]),
    ...plan.legalBases.map((b): [string, object] => ['legalBases', b]),
    ...plan.targets.map((t): [string, object] => ['targets', t]),
    ...plan.tasks.map((t): [string, object] => ['tasks', t]),
  ];
  for (const [within, item] of items) {
    for (const path of placeholdersIn(item)) {
      if (path.includes('note') || path.includes('assumed')) continue;
      out.push(diagnostic('placeholder', origins.at(item, path), { field: path.filter((p) => typeof p === 'string').join('.'), within }));
    }
  }
  return out;
};
