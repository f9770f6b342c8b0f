import type { Column, ColumnRole } from './table.js';

/** A column: id, label, role; right-aligned for numbers, wrapping for text, unless told otherwise. */
export function column(id: string, label: string, role: ColumnRole, o: { align?: Column['align']; wrap?: boolean; priority?: number } = {}): Column {
  const numeric = role === 'index' || role === 'figure' || role === 'variance' || role === 'ratio';
  return {
    id,
    label,
    role,
    align: o.align ?? (numeric ? 'right' : 'left'),
    wrap: o.wrap ?? (role === 'name' || role === 'unit' || role === 'plan' || role === 'verdict' || role === 'text'),
    ...(o.priority === undefined ? {} : { priority: o.priority }),
  };
}
