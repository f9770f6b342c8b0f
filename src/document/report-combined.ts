import { OFFICIAL } from '../i18n/official-report-labels.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { StatusRollup, WardSummary } from '../report/rollup.js';
import type { StatusReport } from '../report/status-report.js';
import { VERDICTS } from '../report/variance.js';
import type { Block } from './block.js';
import { documentMeta } from './document-meta.js';
import type { Narrative } from './narrative-file.js';
import type { Appendix, OfficialReport } from './official-report.js';
import type { OfficialResult } from './report-build.js';
import { lateCounts } from './report-missed.js';
import { APPENDIX_COLUMNS, appendixRow } from './report-appendix.js';
import { proposalsPart, summaryPhrase, takeNarrative, ownWords } from './report-parts.js';
import { dateInWords, reportPeriodWords } from './report-period-words.js';
import { planSpans } from './plan-spans.js';
import { illustrativeNotes, ILLUSTRATIVE_NOTE, reportWindowRuns } from './report-window.js';
import type { Run } from './run.js';
import type { Column, Row, TableBlock } from './table.js';
import { actualValue } from './target-cells.js';
import type { Value } from './value.js';
import { EMPTY, num, text } from './values.js';

/**
 * The district's báo cáo over several wards' plans (`plan report PATH... --combined`): one document
 * whose figures are the rollup's (the same core as `plan status PATH...`). Part I gives each ward's
 * count of targets met and each shared target ward by ward; part II the wards furthest behind; III
 * and IV are people's words. Two appendices: a row per ward with its counts, and each shared target
 * with a row per ward (the báo cáo appendix's columns). The issuer is the wards' parent body.
 */

export interface CombinedOptions {
  number?: string;
  date?: string;
  narrative: Narrative | null;
  narrativeFile: string;
}

const t = (text: string): Run => ({ kind: 'text', text });
const para = (runs: Run[]): Block => ({ kind: 'paragraph', role: 'body', runs });
const item = (runs: Run[]): Block => para([t('- '), ...runs]);
const upper = (s: string): string => s.normalize('NFC').toLocaleUpperCase('vi');
const count = (n: number): Value => num(n, 0);

/** The body every ward names as its parent ("UBND thành phố Tây Ninh"), when they agree. */
function sharedParent(plans: readonly { header: { parentBody?: string | undefined } }[]): string | null {
  const names = new Set(plans.map((p) => p.header.parentBody?.normalize('NFC').trim() ?? ''));
  const [only] = [...names];
  return names.size === 1 && only ? only : null;
}

/** "UBND thành phố Tây Ninh" → "Tây Ninh": where the district signs; null when the name has no such form. */
export function placeOfBody(body: string): string | null {
  const m = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:thành phố|thị xã|quận|huyện|tỉnh|thị trấn)\s+(.+)$/iu.exec(body.normalize('NFC').trim());
  if (!m) return null;
  const place = m[1]!.trim();
  // Written in capitals in the header ("UBND THÀNH PHỐ TÂY NINH"): the place as a name, "Tây Ninh".
  return place === place.toLocaleUpperCase('vi') ? place.toLocaleLowerCase('vi').replace(/(^|\s|')(\p{L})/gu, (_m, s: string, c: string) => s + c.toLocaleUpperCase('vi')) : place;
}

/** "Phường 2: trong 12 chỉ tiêu chủ yếu, có 3 chỉ tiêu đạt, ...; 1 nhiệm vụ quá hạn, 4 nhiệm vụ chậm báo cáo định kỳ." */
function wardLine(w: WardSummary, r: StatusReport): Run[] {
  const { late, missed } = lateCounts(r);
  const tasks = [`${late} nhiệm vụ quá hạn`, ...(missed > 0 ? [`${missed} nhiệm vụ chậm báo cáo định kỳ`] : [])];
  return [t(`${w.ward}: ${summaryPhrase(r)}; ${tasks.join(', ')}.`)];
}

/** "Tỷ lệ ... (%): đạt, vượt 1/2 phường, xã: Phường 2 (95,1); chưa đạt: Phường 10 (93,4)." */
function sharedTargetLine(s: StatusRollup['targets'][number]): Run[] {
  const L = REPORT_LABELS.vi;
  const runs: Run[] = [t(`${s.name} (${s.unit}): đạt, vượt ${s.achieved}/${s.figures.length} phường, xã`)];
  for (const v of VERDICTS) {
    const wards = s.figures.filter((f) => f.row.verdict === v);
    if (wards.length === 0) continue;
    runs.push(t(`; ${L.verdict[v].toLocaleLowerCase('vi')}: `));
    wards.forEach((f, i) => {
      runs.push(t(`${i > 0 ? ', ' : ''}${f.ward}`));
      if (f.row.actual !== null) runs.push(t(' ('), { kind: 'value', value: actualValue(f.row, 'vi') }, t(')'));
    });
  }
  runs.push(t('.'));
  return runs;
}

const col = (id: string, label: string, role: Column['role'], align: Column['align'], wrap = false): Column => ({ id, label, role, align, wrap });

/** Biểu 1: a row per ward, its counts; the total. */
function wardsTable(rollup: StatusRollup, reportOf: (w: WardSummary) => StatusReport): TableBlock {
  const columns = [
    col('no', 'TT', 'index', 'center'),
    col('ward', 'Phường, xã', 'name', 'left', true),
    col('symbol', 'Kế hoạch số', 'code', 'center', true),
    col('targets', 'Số chỉ tiêu', 'figure', 'right'),
    col('achieved', 'Đạt, vượt', 'figure', 'right'),
    col('not-yet', 'Chưa đạt', 'figure', 'right'),
    col('missed', 'Không đạt', 'figure', 'right'),
    col('without', 'Chưa có số liệu, chỉ tiêu', 'figure', 'right', true),
    col('late', 'Nhiệm vụ quá hạn', 'figure', 'right', true),
    col('reports', 'Chậm báo cáo định kỳ', 'figure', 'right', true),
  ];
  const totals = { late: 0, missed: 0 };
  const rows: Row[] = rollup.wards.map((w, i) => {
    const c = lateCounts(reportOf(w));
    totals.late += c.late;
    totals.missed += c.missed;
    return {
      kind: 'data',
      key: w.plan.dir,
      indent: 0,
      cells: [count(i + 1), text(w.ward), text(w.plan.symbol), count(w.targets), count(w.achieved), count(w.counts['not-yet']), count(w.counts.missed), count(w.withoutFigures), count(c.late), count(c.missed)],
    };
  });
  const s = rollup.total;
  rows.push({ kind: 'total', indent: 0, cells: [EMPTY, text('Tổng cộng'), EMPTY, count(s.targets), count(s.achieved), count(s.counts['not-yet']), count(s.counts.missed), count(s.withoutFigures), count(totals.late), count(totals.missed)] });
  return { kind: 'table', id: 'wards', columns, rows };
}

/** Biểu 2: each target several wards measure, a row per ward, with the báo cáo appendix's columns. */
function sharedTable(rollup: StatusRollup, reports: readonly StatusReport[]): TableBlock {
  // A term plan's rows are of a year or of the whole term (the plan cell says which): "Kế hoạch", as in its own appendix.
  const plan = reports.some((r) => r.term !== null) ? 'Kế hoạch' : null;
  const columns = APPENDIX_COLUMNS.map((c) => (c.id === 'target' ? { ...c, id: 'ward', label: 'Phường, xã' } : c.id === 'plan' && plan !== null ? { ...c, label: plan } : c));
  const rows: Row[] = [];
  for (const [i, s] of rollup.targets.entries()) {
    rows.push({ kind: 'group', label: `${i + 1}. ${s.name}`, indent: 0 });
    s.figures.forEach((f, j) => {
      const cells = appendixRow(f.row);
      cells[0] = count(j + 1);
      cells[1] = text(f.ward);
      rows.push({ kind: 'data', key: `${s.ids.join(' ')}:${f.folder}`, indent: 0, cells });
    });
  }
  return { kind: 'table', id: 'shared-targets', columns, rows };
}

export function buildCombinedReport(reports: readonly StatusReport[], plans: readonly { dir: string; header: { parentBody?: string | undefined; place: string } }[], rollup: StatusRollup, o: CombinedOptions): OfficialResult {
  const first = reports[0]!;
  const reportOf = (w: WardSummary) => reports.find((r) => r.plan.dir === w.plan.dir && r.plan.id === w.plan.id)!;
  const { now, next } = reportPeriodWords(first);
  const parent = sharedParent(plans);
  const C = OFFICIAL.combined;
  const n = rollup.wards.length;
  const illustrative = reports.some((r) => r.illustrative);
  const pool = [...(o.narrative?.sections ?? [])];

  const blocks: Block[] = [];
  if (illustrative) blocks.push({ kind: 'note', tone: 'warning', runs: [t(ILLUSTRATIVE_NOTE)] });
  if (o.narrative !== null && o.narrative.intro.length > 0) blocks.push(...o.narrative.intro.map(ownWords));
  else blocks.push(para([t(C.intro(n, rollup.wards.map((w) => `${w.ward} (Kế hoạch số ${w.plan.symbol})`).join(', '), now))]));

  blocks.push({ kind: 'heading', level: 2, text: OFFICIAL.parts.results }, ...takeNarrative(pool, (s) => s.key === 'I'));
  blocks.push({ kind: 'heading', level: 3, text: `1. ${C.byWard}` }, ...rollup.wards.map((w) => item(wardLine(w, reportOf(w)))));
  if (rollup.targets.length > 0) blocks.push({ kind: 'heading', level: 3, text: `2. ${C.shared}` }, ...rollup.targets.map((s) => item(sharedTargetLine(s))));
  const sr = rollup.total;
  blocks.push(para([t(C.total(sr.targets, n, sr.achieved, sr.counts.exceeded))]));

  blocks.push({ kind: 'heading', level: 2, text: OFFICIAL.parts.shortcomings });
  const share = (w: WardSummary) => (w.targets === 0 ? 1 : w.achieved / w.targets);
  const behind = [...rollup.wards].filter((w) => w.achieved < w.targets).sort((a, b) => share(a) - share(b) || b.late - a.late).slice(0, 5);
  if (behind.length > 0) blocks.push(para([t(C.behind)]), ...behind.map((w) => item([t(`${w.ward}: đạt, vượt ${w.achieved}/${w.targets} chỉ tiêu; ${w.counts['not-yet']} chưa đạt, ${w.counts.missed} không đạt, ${w.withoutFigures} chưa có số liệu.`)])));
  const unmet = rollup.targets.filter((s) => s.worst.length > 0);
  if (unmet.length > 0) blocks.push(para([t(C.unmet)]), ...unmet.map((s) => item([t(`${s.name}: ${s.worst.map((f) => f.ward).join(', ')}.`)])));
  blocks.push(...takeNarrative(pool, (s) => s.key === 'II'));

  blocks.push({ kind: 'heading', level: 2, text: OFFICIAL.parts.next(next) });
  const words = takeNarrative(pool, (s) => s.key === 'III');
  blocks.push(...(words.length > 0 ? words : [{ kind: 'note' as const, tone: 'info' as const, runs: [t(OFFICIAL.writeHere(o.narrativeFile, OFFICIAL.parts.next(next)))] }]));
  blocks.push(...proposalsPart({ narrativeFile: o.narrativeFile }, pool));
  const unplaced = [...pool];
  for (const s of pool) blocks.push({ kind: 'heading', level: 3, text: s.heading }, ...s.paragraphs.map(ownWords));

  const subject = C.subject(n, now, next);
  const window = reportWindowRuns(first, planSpans(reports, rollup.wards, 'vi'));
  const notes = illustrativeNotes(illustrative);
  const appendices: Appendix[] = [
    { title: C.wardsTitle, subtitle: window, table: wardsTable(rollup, reportOf), notes },
    ...(rollup.targets.length > 0 ? [{ title: C.sharedTitle, subtitle: window, table: sharedTable(rollup, reports), notes }] : []),
  ];
  const issuer = parent === null ? C.blankIssuer : upper(parent);
  const report: OfficialReport = {
    letterhead: {
      parentBody: null,
      issuer,
      number: OFFICIAL.number(o.number ?? OFFICIAL.blankNumber, 'BC-UBND'),
      nation: OFFICIAL.nation,
      motto: OFFICIAL.motto,
      placeDate: `${(parent === null ? null : placeOfBody(parent)) ?? C.blankPlace}, ${dateInWords(o.date ?? first.asOf)}`,
      docType: OFFICIAL.docType,
      subject,
    },
    body: {
      title: `${OFFICIAL.docType} ${subject}`,
      meta: documentMeta('bao-cao', reports, 'vi'),
      blocks,
    },
    closing: { recipientsLabel: OFFICIAL.recipientsLabel, recipients: [...C.recipients], authority: [...C.authority], name: '' },
    appendices,
  };
  return { report, unplaced };
}
