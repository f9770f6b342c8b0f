import type { Column, Row, TableBlock } from '../../document/table.js';
import { gridFits, type GridOptions } from './grid.js';

/**
 * A table for a narrow terminal: while it does not fit with its names readable (gridFits), the
 * column of lowest priority is left out (document/table.ts); columns without a priority always stay.
 */
export function narrowTable(table: TableBlock, o: GridOptions): { table: TableBlock; dropped: Column[] } {
  let current = table;
  const dropped: Column[] = [];
  while (!gridFits(current, o)) {
    let at = -1;
    current.columns.forEach((c, i) => {
      if (c.priority !== undefined && (at < 0 || c.priority < current.columns[at]!.priority!)) at = i;
    });
    if (at < 0) break;
    dropped.push(current.columns[at]!);
    const keep = (_: unknown, i: number) => i !== at;
    current = {
      ...current,
      columns: current.columns.filter(keep),
      rows: current.rows.map((r): Row => (r.kind === 'data' || r.kind === 'total' ? { ...r, cells: r.cells.filter(keep) } : r)),
    };
  }
  return { table: current, dropped };
}
