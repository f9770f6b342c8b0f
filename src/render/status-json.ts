import type { Lang } from '../i18n/lang.js';
import type { ProgressEntry } from '../model/progress-entry.js';
import type { OverdueItem } from '../report/overdue.js';
import type { OverdueRollup, StatusRollup } from '../report/rollup.js';
import type { OverdueReport } from '../report/overdue-report.js';
import type { StatusReport, StatusRow } from '../report/status-report.js';
import type { PaceJudgement } from '../report/pace.js';
import type { YearRow } from '../report/term-years.js';
import type { Judgement, SourceJudgement } from '../report/variance.js';
import { countsJson } from './verdict-counts-json.js';
import { kindOf } from '../kinds/comparison-kinds.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { comparisonText, plannedText } from '../document/plan-text.js';
import { round } from '../report/round.js';
import { overdueRollupJson, statusRollupJson } from './rollup-json.js';

/**
 * The `plan status --format json` and `plan overdue --format json` contracts (docs/json.md): keep
 * field names stable. Numbers are JSON numbers (derived ones rounded to 4 decimals), verdicts the
 * stable codes, null where unknown; only `planText` is in the chosen language.
 */

/**
 * The JSON contract's version (docs/json.md, "Changes"): 2 since the report semantics of issue 11;
 * 3 since one plan's `plan overdue` is an object carrying it, as every other output does (issue 14).
 */
export const SCHEMA_VERSION = 3;

export function overdueItemJson(item: OverdueItem, unitNames: Record<string, string>) {
  return {
    id: item.id,
    section: item.section,
    text: item.text,
    kind: item.kind,
    due: item.due,
    daysLate: item.daysLate,
    upcoming: item.upcoming,
    missed: item.missed,
    since: item.since,
    period: item.period,
    leadUnit: item.leadUnit,
    leadUnitName: unitNames[item.leadUnit] ?? null,
    lastCheckIn: item.lastCheckIn,
    status: item.status,
  };
}

function entryJson(e: ProgressEntry) {
  return {
    date: e.date,
    value: e.value ?? null,
    estimate: e.estimate === true,
    period: e.period ?? null,
    recorded: e.recorded ?? null,
    source: e.source ?? null,
    note: e.note ?? null,
    // Only on corrections, so that the JSON of plans without any stays as it was (docs/json.md).
    ...(e.correction === true ? { correction: true } : {}),
  };
}

function stretchJson(j: Judgement, lang: Lang) {
  return {
    planned: round(j.planned.reference),
    planText: comparisonText(j.planned.comparison, lang),
    span: j.planned.span === null ? null : { low: round(j.planned.span.low), high: round(j.planned.span.high) },
    expected: round(j.expected),
    variance: round(j.variance),
    ratio: round(j.ratio),
    verdict: j.verdict,
    final: j.final,
  };
}

function sourceJson(s: SourceJudgement) {
  return {
    source: s.source,
    label: s.label,
    primary: s.primary,
    planned: round(s.planned.reference),
    original: s.original,
    document: s.document,
    date: s.date,
    variance: round(s.variance),
    ratio: round(s.ratio),
    verdict: s.verdict,
  };
}

function paceJson(p: PaceJudgement | null) {
  return p === null ? null : { date: p.date, share: round(p.share), expected: round(p.expected), status: p.status };
}

/** One year of a yearly target in the report of a whole term (docs/json.md, `byYear`): that year's judgement. */
function yearJson(y: YearRow, lang: Lang) {
  return {
    year: y.year,
    window: y.window,
    closed: y.closed,
    planned: round(y.planned.reference),
    planText: plannedText(y, lang),
    yearFigure: y.yearFigure,
    missing: y.planned.missing,
    actual: y.actual,
    ...actualTextJson(y, lang),
    estimate: y.estimate,
    figureDate: y.figureDate,
    note: y.note,
    variance: round(y.variance),
    plannedChange: y.plannedChange,
    achievedChange: round(y.achievedChange),
    ratio: round(y.ratio),
    ratioDigits: y.ratioDigits,
    verdict: y.verdict,
    final: y.final,
    pace: paceJson(y.pace),
    baseline: y.baseline,
    stretch: y.stretch === null ? null : stretchJson(y.stretch, lang),
    previous: y.previous,
    ratioToPrevious: round(y.ratioToPrevious),
  };
}

function actualTextJson(r: Pick<StatusRow, 'actual' | 'planned'>, lang: Lang): { actualText?: string } {
  const c = r.planned.comparison;
  const t = r.actual === null ? null : kindOf(c).actualText(c, r.actual, REPORT_LABELS[lang]);
  return t === null ? {} : { actualText: t };
}

export function targetJson(r: StatusRow, lang: Lang) {
  return {
    no: r.no,
    id: r.id,
    name: r.name,
    unit: r.unit,
    section: r.section,
    planned: round(r.planned.reference),
    planText: plannedText(r, lang),
    comparison: r.planned.comparison,
    span: r.planned.span === null ? null : { low: round(r.planned.span.low), high: round(r.planned.span.high) },
    missing: r.planned.missing,
    expected: round(r.pace?.expected ?? null),
    actual: r.actual,
    // Only for a part of a total, so other targets' JSON stays as it was.
    ...(r.partOf === null ? {} : { partOf: r.partOf, depth: r.depth }),
    // Only where the figure is a code (a state's 1/0, a level's rank), so other targets' JSON stays as it was.
    ...actualTextJson(r, lang),
    estimate: r.estimate,
    figureDate: r.figureDate,
    stale: r.stale,
    atCutOff: r.atCutOff,
    note: r.note,
    variance: round(r.variance),
    plannedChange: r.plannedChange,
    achievedChange: round(r.achievedChange),
    ratio: round(r.ratio),
    ratioDigits: r.ratioDigits,
    verdict: r.verdict,
    final: r.final,
    closed: r.closed,
    pace: paceJson(r.pace),
    baseline: r.baseline,
    sources: r.sources.map(sourceJson),
    stretch: r.stretch === null ? null : stretchJson(r.stretch, lang),
    previous: r.previous,
    ratioToPrevious: round(r.ratioToPrevious),
    direction: r.direction,
    accrual: r.accrual,
    window: r.window,
    namedPeriod: r.namedPeriod,
    // Only in a term plan (plan.term), so a yearly plan's JSON stays as it was.
    ...(r.term === null ? {} : { term: r.term }),
    // Only for a yearly target in the report of a whole term (--period 2021-2025).
    ...(r.byYear === null ? {} : { byYear: r.byYear.map((y) => yearJson(y, lang)) }),
    lead: r.lead,
    support: r.support,
    entries: r.entries.map(entryJson),
    incomplete: r.incomplete,
  };
}

/** A partial report (the plan has errors): what was left out, or null. */
function gapsJson(g: StatusReport['partial'] | OverdueReport['partial']) {
  return g === null ? null : { errors: g.errors, targets: g.targets, tasks: g.tasks, incomplete: g.incomplete, files: g.files };
}

const planJson = (p: StatusReport['plan']) => ({ id: p.id, symbol: p.symbol, title: p.title, folder: p.dir });

export function statusJson(report: StatusReport, lang: Lang) {
  return {
    schemaVersion: SCHEMA_VERSION,
    plan: planJson(report.plan),
    asOf: report.asOf,
    period: report.period,
    // Only for a term plan, so a yearly plan's JSON stays as it was.
    ...(report.term === null ? {} : { term: report.term }),
    convention: report.convention,
    illustrative: report.illustrative,
    targets: report.targets.map((r) => targetJson(r, lang)),
    summary: { total: report.summary.total, achieved: report.summary.achieved, counts: countsJson(report.summary.counts) },
    overdue: report.overdue.map((i) => overdueItemJson(i, report.unitNames)),
    partial: report.partial !== null,
    gaps: gapsJson(report.partial),
  };
}

/**
 * One plan: its object; several: `{plans: [...], rollup}` (each object names its plan in `plan`;
 * `rollup` sums them up by ward and by shared target, when given).
 */
export function renderStatusJson(reports: readonly StatusReport[], lang: Lang, rollup?: StatusRollup): string {
  const objects = reports.map((r) => statusJson(r, lang));
  if (objects.length === 1) return JSON.stringify(objects[0], null, 2);
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, plans: objects, ...(rollup ? { rollup: statusRollupJson(rollup, lang) } : {}) }, null, 2);
}

/**
 * One plan: `{schemaVersion, plan, asOf, illustrative, overdue, partial, gaps}` (until version 3, the
 * bare overdue array); several: `{schemaVersion, plans: [{plan, asOf, illustrative, overdue, partial, gaps}], rollup}`.
 */
export function renderOverdueJson(reports: readonly OverdueReport[], rollup?: OverdueRollup): string {
  const objects = reports.map((r) => ({
    plan: planJson(r.plan),
    asOf: r.asOf,
    illustrative: r.illustrative,
    overdue: r.items.map((i) => overdueItemJson(i, r.unitNames)),
    partial: r.partial !== null,
    gaps: gapsJson(r.partial),
  }));
  if (objects.length === 1) return JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...objects[0] }, null, 2);
  return JSON.stringify(
    {
      schemaVersion: SCHEMA_VERSION,
      plans: objects,
      ...(rollup ? { rollup: overdueRollupJson(rollup) } : {}),
    },
    null,
    2,
  );
}
