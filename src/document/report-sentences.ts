import { OFFICIAL } from '../i18n/official-report-labels.js';
import { formatNumber } from '../i18n/number-format.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { kindOf } from '../kinds/comparison-kinds.js';
import type { Comparison } from '../model/comparison.js';
import { PLAN_SOURCE } from '../report/sources.js';
import type { StatusRow } from '../report/status-report.js';
import type { YearRow } from '../report/term-years.js';
import { actualWords } from './plan-text.js';
import type { Run } from './run.js';
import type { Value } from './value.js';

/**
 * One target as a sentence in the style of ward reports (domain.md §4):
 * "Thu ngân sách Nhà nước đạt 3.310 triệu đồng, đạt 50,9% dự toán, tăng 11,1% so với cùng kỳ; chưa đạt kế hoạch, đạt tiến độ."
 * "Tỷ lệ người tham gia bảo hiểm y tế toàn dân đạt 93,4% (kế hoạch trên 95%), tăng 1,3 điểm phần
 * trăm so với cùng kỳ; chưa đạt kế hoạch."
 * "Số hộ cận nghèo còn 13 hộ, giảm được 1 hộ (kế hoạch giảm 2 hộ), đạt 50% kế hoạch; chưa đạt kế hoạch."
 * Figures are typed values from the report row; this file only chooses the words.
 */

const t = (text: string): Run => ({ kind: 'text', text });
const v = (value: Value): Run => ({ kind: 'value', value });
const num = (value: number, decimals = 2): Run => v({ kind: 'number', value, decimals });
const pct = (value: number, decimals = 1): Run => v({ kind: 'percent', value, decimals });

/** A unit after a figure: "%" sticks to it ("93,4%"), any other unit is spaced ("3.310 triệu đồng"). */
const unitAfter = (unit: string): Run => t(unit === '%' ? '%' : ` ${unit}`);

/** What "đạt 50,9% ..." is a share of: the budget estimate for budget revenue and spending, else the figure given or the plan. */
export function againstWord(row: Pick<StatusRow, 'name' | 'planned'>): string {
  if (/ngân sách/iu.test(row.name)) return OFFICIAL.against.budget;
  if (row.planned.comparison.kind === 'assigned') return OFFICIAL.against.assigned;
  return OFFICIAL.against.plan;
}

/**
 * The plan a share is of: the source judged against (`--against hdnd`: its label, "dự toán phường
 * giao"), else the plan's own figure named as wards name it ("dự toán", "kế hoạch").
 */
export function primaryWord(row: Pick<StatusRow, 'name' | 'planned'> & Partial<Pick<StatusRow, 'sources'>>): string {
  const primary = row.sources?.find((s) => s.primary);
  return primary !== undefined && primary.source !== PLAN_SOURCE && primary.label !== null ? primary.label : againstWord(row);
}

/** The same figure against the other sources' plans: ", 97% dự toán phường giao" (domain.md §4, "121% dự toán tỉnh giao, 111% dự toán phường giao"). */
export function otherSources(row: Pick<StatusRow, 'name' | 'planned' | 'sources'>): Run[] {
  return row.sources
    .filter((s) => !s.primary && s.ratio !== null)
    .flatMap((s) => [t(', '), pct(s.ratio!, s.ratioDigits), t(`% ${s.label ?? (s.source === PLAN_SOURCE ? againstWord(row) : s.source)}`)]);
}

/** The plan figure in words for a sentence: "trên 95%", "dưới 11,16%", "từ 90% trở lên", "giảm 2 hộ". */
export function planWords(c: Comparison, unit: string): Run[] {
  const out = (value: number, outOf?: number): Run[] =>
    outOf === undefined ? [num(value), unitAfter(unit)] : [num(value), t('/'), num(outOf), unitAfter(unit)];
  switch (c.kind) {
    case 'at-least':
      return [t('từ '), ...out(c.value, c.outOf), t(' trở lên')];
    case 'above':
      return [t('trên '), ...out(c.value, c.outOf)];
    case 'at-most':
      return [t('không quá '), ...out(c.value, c.outOf)];
    case 'below':
      return [t('dưới '), ...out(c.value, c.outOf)];
    case 'exactly':
      return out(c.value, c.outOf);
    case 'maintain':
      return [t('duy trì '), ...out(c.value, c.outOf)];
    case 'range':
      return [num(Math.min(c.min, c.max)), t('–'), num(Math.max(c.min, c.max)), unitAfter(unit)];
    case 'change': {
      const amount = c.amountMax === undefined ? [num(c.amount)] : [num(c.amount), t('–'), num(c.amountMax)];
      const verb = `${c.direction === 'increase' ? 'tăng' : 'giảm'}${c.yearly ? ' bình quân' : ''} `;
      return [t(verb), ...amount, c.as === 'percent' ? t('%') : c.as === 'points' ? t(` ${OFFICIAL.percentPoints}`) : unitAfter(unit), ...(c.yearly ? [t('/năm')] : [])];
    }
    case 'assigned':
      return c.value === undefined ? [t('chỉ tiêu trên giao')] : out(c.value);
    default:
      // Kinds without a sentence form of their own (state, level, tracked): the table's plan text.
      return [t(kindOf(c).text(c, REPORT_LABELS.vi, (v) => formatNumber(v, 'vi')))];
  }
}

/**
 * "tăng 11,1% so với cùng kỳ" for amounts (relative change); for a rate (unit "%") the change in
 * percentage points, "tăng 1,3 điểm phần trăm", as reports write rates (domain.md §3).
 */
export function changeOnPrevious(row: Pick<StatusRow, 'actual' | 'previous' | 'ratioToPrevious' | 'unit'>): Run[] {
  if (row.actual === null || row.previous === null) return [];
  const points = row.unit === '%';
  if (!points && row.ratioToPrevious === null) return [];
  const change = points ? row.actual - row.previous : row.ratioToPrevious! - 100;
  const W = OFFICIAL.changeOnPrevious;
  // Below half the last shown digit, the change reads as none.
  if (Math.abs(change) < (points ? 0.005 : 0.05)) return [t(`, ${W.same}`)];
  const word = change > 0 ? W.up : W.down;
  const amount = points ? [num(Math.abs(change)), t(` ${OFFICIAL.percentPoints}`)] : [pct(Math.abs(change)), t('%')];
  return [t(`, ${word} `), ...amount, t(` ${OFFICIAL.onPrevious}`)];
}

/**
 * The verdict after the figures, against the plan; while the window is open, a sum with a pace adds
 * it on its own ("chưa đạt kế hoạch, đạt tiến độ"): the pace is never mixed into the verdict (issue 11).
 */
export function verdictWords(row: Pick<StatusRow, 'verdict' | 'pace' | 'final'> & { term?: StatusRow['term'] }): string {
  const verdict = OFFICIAL.verdict[row.verdict];
  if (row.term?.underWay) return `${verdict}, ${OFFICIAL.underWay(row.term.end)}`;
  if (row.pace === null || row.final) return verdict;
  return `${verdict}, ${OFFICIAL.pace[row.pace.status === 'on-track' ? 'met' : 'not-yet']}`;
}

/**
 * A yearly target over the whole term, year by year as term reviews write it ("hằng năm đều vượt
 * chỉ tiêu"): "Tỷ lệ ... (kế hoạch từ 90% trở lên hằng năm): năm 2021: 88,5%, không đạt; năm 2022:
 * 91,2%, vượt; năm 2023: 92%, vượt; đạt 2/3 năm; không đạt kế hoạch."
 */
function yearsSentence(row: StatusRow, years: readonly YearRow[]): Run[] {
  const c = row.planned.comparison;
  // "giảm bình quân 10%/năm" says "every year" already.
  const every = c.kind === 'change' && c.yearly === true ? '' : ` ${OFFICIAL.everyYear}`;
  const runs: Run[] = [t(`${row.name.normalize('NFC')} (${OFFICIAL.planIs} `), ...planWords(c, row.unit), t(`${every}):`)];
  const state = row.planned.comparison.kind === 'state';
  years.forEach((y, i) => {
    runs.push(t(`${i === 0 ? ' ' : '; '}${OFFICIAL.year(y.year)}: `));
    if (y.actual === null) {
      runs.push(t(OFFICIAL.yearVerdict[y.verdict === 'no-target' ? 'no-target' : 'no-data']));
      return;
    }
    const coded = actualWords(y, 'vi');
    runs.push(...(coded === null ? [num(y.actual), unitAfter(row.unit)] : [t(coded)]));
    if (y.yearFigure && y.planned.reference !== null) runs.push(t(` (${OFFICIAL.planIs} `), ...planWords(y.planned.comparison, row.unit), t(')'));
    // A state's figure is its verdict already ("năm 2023: đạt").
    if (!state) runs.push(t(`, ${OFFICIAL.yearVerdict[y.verdict]}`));
  });
  const achieved = years.filter((y) => y.verdict === 'met' || y.verdict === 'exceeded').length;
  runs.push(t(`; ${OFFICIAL.yearsAchieved(achieved, years.length)}; ${verdictWords(row)}.`));
  return runs;
}

export function targetSentence(row: StatusRow): Run[] {
  if (row.byYear !== null) return yearsSentence(row, row.byYear);
  const name = row.name.normalize('NFC');
  if (row.actual === null) return [t(`${name}: ${OFFICIAL.noData}.`)];
  // A lower-is-better figure "còn" (is down to) a level: "Số hộ cận nghèo còn 13 hộ".
  const verb = row.direction === 'lower' ? OFFICIAL.remains : OFFICIAL.reached;
  const coded = actualWords(row, 'vi');
  // A state's figure is a yes/no: "Xã đạt nông thôn mới nâng cao: chưa đạt", not "... đạt chưa đạt".
  const lead = row.planned.comparison.kind === 'state' ? `${name}: ` : `${name} ${row.estimate ? `${OFFICIAL.estimate} ${verb}` : verb} `;
  const runs: Run[] = [t(lead), ...(coded === null ? [num(row.actual), unitAfter(row.unit)] : [t(coded)])];
  const c = row.planned.comparison;
  if (c.kind === 'change' && row.achievedChange !== null) {
    // A change target is judged on the change (issue 11): "giảm được 1 hộ ..., đạt 50% kế hoạch".
    const planned = row.achievedChange >= 0;
    const word = planned === (c.direction === 'increase') ? OFFICIAL.changeOnPrevious.up : OFFICIAL.changeOnPrevious.down;
    runs.push(t(`, ${word}${planned && row.achievedChange !== 0 ? ` ${OFFICIAL.achieved}` : ''} `), num(Math.abs(row.achievedChange)), c.as === 'percent' ? t('%') : c.as === 'points' ? t(` ${OFFICIAL.percentPoints}`) : unitAfter(row.unit));
    runs.push(t(` (${OFFICIAL.planIs} `), ...planWords(c, row.unit), t(')'));
    // A change the wrong way has no share of the plan to speak of ("đạt -50%" reads as nonsense).
    if (row.ratio !== null && planned) runs.push(t(`, ${OFFICIAL.reached} `), pct(row.ratio, row.ratioDigits), t(`% ${againstWord(row)}`));
  } else if (row.accrual === 'sum' && row.ratio !== null) {
    runs.push(t(`, ${OFFICIAL.reached} `), pct(row.ratio, row.ratioDigits), t(`% ${primaryWord(row)}`), ...otherSources(row));
  } else if (row.planned.reference !== null || row.planned.comparison.kind !== 'assigned') {
    runs.push(t(` (${OFFICIAL.planIs} `), ...planWords(row.planned.comparison, row.unit), t(')'));
  }
  runs.push(...changeOnPrevious(row));
  runs.push(t(`; ${verdictWords(row)}.`));
  return runs;
}
