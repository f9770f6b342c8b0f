import type { Lang } from '../i18n/lang.js';
import { plannedText } from '../document/plan-text.js';
import type { SharedTarget, StatusRollup, OverdueRollup, WardRef } from '../report/rollup.js';
import { round } from '../report/round.js';
import { countsJson } from './verdict-counts-json.js';

/** JSON: the `rollup` object beside `plans` (docs/json.md). */
const wardRefJson = (w: WardRef) => ({
  ward: w.ward,
  place: w.place,
  issuer: w.issuer,
  plan: { id: w.plan.id, symbol: w.plan.symbol, title: w.plan.title, folder: w.plan.dir },
});

function sharedTargetJson(t: SharedTarget, lang: Lang) {
  return {
    ids: t.ids,
    name: t.name,
    unit: t.unit,
    wards: t.figures.length,
    achieved: t.achieved,
    counts: countsJson(t.counts),
    figures: t.figures.map((f) => ({
      ward: f.ward,
      folder: f.folder,
      id: f.row.id,
      planned: round(f.row.planned.reference),
      planText: plannedText(f.row, lang),
      actual: f.row.actual,
      estimate: f.row.estimate,
      figureDate: f.row.figureDate,
      ratio: round(f.row.ratio),
      verdict: f.row.verdict,
    })),
    worst: t.worst.map((f) => f.ward),
  };
}

export function statusRollupJson(rollup: StatusRollup, lang: Lang) {
  return {
    asOf: rollup.asOf,
    wards: rollup.wards.map((w) => ({ ...wardRefJson(w), targets: w.targets, achieved: w.achieved, counts: countsJson(w.counts), late: w.late })),
    targets: rollup.targets.map((t) => sharedTargetJson(t, lang)),
  };
}

export function overdueRollupJson(rollup: OverdueRollup) {
  return {
    asOf: rollup.asOf,
    wards: rollup.wards.map((w) => ({ ...wardRefJson(w), late: w.late, upcoming: w.upcoming, byKind: w.byKind, maxDaysLate: w.maxDaysLate })),
  };
}

