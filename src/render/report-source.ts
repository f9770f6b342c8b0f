import { overdueDataDocument, overdueDocument } from '../document/build-overdue.js';
import { overdueRollupDataDocument, statusRollupDataDocument } from '../document/build-rollup-data.js';
import { overdueRollupDocument, statusRollupDocument, type RollupPart } from '../document/build-rollup.js';
import { statusDataDocument } from '../document/build-status-data.js';
import { statusDocument } from '../document/build-status.js';
import { combineDocuments } from '../document/combine.js';
import type { Lang } from '../i18n/lang.js';
import type { FilterQuery } from '../report/filters.js';
import type { OverdueRollup, StatusRollup } from '../report/rollup.js';
import type { OverdueReport } from '../report/overdue-report.js';
import type { StatusReport } from '../report/status-report.js';
import type { ReportSource } from './format.js';
import { renderOverdueJson, renderStatusJson } from './status-json.js';

/**
 * The status reports of one command line (one plan, or several with or without their rollup) as a
 * source for any format. With a rollup, `part` says which of its tables to show; CSV shows the
 * plans' own rows unless one table (wards or targets) is asked for.
 */
export function statusSource(reports: readonly StatusReport[], o: { lang: Lang; rollup?: StatusRollup; part: RollupPart; overdueLimit: number; filter?: FilterQuery }): ReportSource {
  const { lang, rollup, part } = o;
  return {
    lang,
    illustrative: reports.some((r) => r.illustrative),
    document: (layout) =>
      rollup
        ? statusRollupDocument(rollup, reports, { lang, layout, part })
        : combineDocuments(reports.map((r) => statusDocument(r, { lang, layout, overdueLimit: o.overdueLimit, ...(o.filter ? { filter: o.filter } : {}) }))),
    data: () => (rollup && part !== 'all' ? statusRollupDataDocument(rollup, part, lang) : statusDataDocument(reports, lang)),
    json: () => renderStatusJson(reports, lang, rollup),
  };
}

/** The overdue reports of one command line; with a rollup, CSV shows it by ward only when `wardsCsv`. */
export function overdueSource(reports: readonly OverdueReport[], o: { lang: Lang; rollup?: OverdueRollup; wardsCsv: boolean }): ReportSource {
  const { lang, rollup } = o;
  const within = reports.some((r) => r.within !== null);
  return {
    lang,
    illustrative: reports.some((r) => r.illustrative),
    document: () => (rollup ? overdueRollupDocument(rollup, reports, { lang }) : combineDocuments(reports.map((r) => overdueDocument(r, { lang })))),
    data: () => (rollup && o.wardsCsv ? overdueRollupDataDocument(rollup, { lang, within }) : overdueDataDocument(reports, lang)),
    json: () => renderOverdueJson(reports, rollup),
  };
}
