import type { Target } from '../model/target.js';
import type { StatusRow } from './status-report.js';

// Where a part ("trong đó") stands in a report: under its total, one level deeper. Pure.

/**
 * The total at the top of a target's chain of totals (the target itself when it is no part). The
 * trail stops at a target met twice (a ring through an id declared twice, which partLoops leaves to
 * duplicate-id).
 */
export function topTotal(t: Target, totalOf: (t: Target) => Target | undefined): Target {
  const trail = new Set<Target>([t]);
  let top = t;
  for (let up = totalOf(t); up !== undefined && !trail.has(up); up = totalOf(up)) trail.add((top = up));
  return top;
}

/**
 * Rows in plan order, each part ("trong đó") moved right under its total, parts in their own order,
 * each one level deeper than its total (`depth`).
 */
export function partsUnderTotals(rows: StatusRow[]): StatusRow[] {
  const ids = new Set(rows.map((r) => r.id));
  const parts = new Map<string, StatusRow[]>();
  for (const r of rows) if (r.partOf !== null && ids.has(r.partOf)) parts.set(r.partOf, [...(parts.get(r.partOf) ?? []), r]);
  const out: StatusRow[] = [];
  const placed = new Set<StatusRow>();
  const place = (r: StatusRow, depth: number) => {
    if (placed.has(r)) return;
    placed.add(r);
    r.depth = depth;
    out.push(r);
    for (const p of parts.get(r.id) ?? []) place(p, depth + 1);
  };
  for (const r of rows) if (r.partOf === null || !ids.has(r.partOf)) place(r, 0);
  // Totals that are still parts of each other (a ring through an id declared twice): kept, in plan
  // order, never lost; the first met stands at the top level.
  for (const r of rows) place(r, 0);
  return out;
}
