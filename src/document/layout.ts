/**
 * What a format asks of the document it renders (each format in the registry names its layout):
 * the same report, laid out for the room the format has.
 */
export interface DocumentLayout {
  /**
   * The first late tasks under the status table: 'lines' one line each (a terminal, where the full
   * list is one command away), or 'table' the grouped table of `plan overdue`.
   */
  overdueExtract: 'lines' | 'table';
  /** At most this many wards get a column each in the rollup's shared-target table; more: counts only. */
  sideBySideMax: number;
}

export const TERMINAL_LAYOUT: DocumentLayout = { overdueExtract: 'lines', sideBySideMax: 12 };
export const PAGE_LAYOUT: DocumentLayout = { overdueExtract: 'table', sideBySideMax: 8 };
