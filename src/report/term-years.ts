import type { Verdict } from './judge.js';
import type { DateRange } from './periods.js';
import type { TargetEvaluation } from './variance.js';

/**
 * A yearly target ("hàng năm", over: year) in the report of a whole term (`--period 2021-2025`):
 * each year of the term so far judged as that year's own report judges it (its window, its figure,
 * its planned value of `years`), and one verdict over the years. Real term reviews say it so:
 * "Thu ngân sách hằng năm đều vượt chỉ tiêu" (Đại hội Đảng bộ xã Nghĩa Hành, 2025), "hằng năm số chi
 * bộ hoàn thành tốt nhiệm vụ trở lên đạt từ 83%" (sơ kết giữa nhiệm kỳ, xã Dương Phong, 2023).
 * Pure; the rule is in docs/quy-tac-danh-gia.md and its table of cases in test/term/whole-term.test.ts.
 */

/** One year of a yearly target over the term. */
export interface YearRow extends TargetEvaluation {
  year: number;
  /** That year's window under the convention (15/12 of the year before to 14/12). */
  window: DateRange;
  closed: boolean;
  /** The figure of this year written in `years` replaced the comparison's ("năm 2023: 13"). */
  yearFigure: boolean;
  progress: number | null;
}

/** How the years of a yearly target came out. */
export interface YearCounts {
  /** Years shown: from the term's first year to the year of the as-of date. */
  years: number;
  /** Years met or exceeded ("đạt 3/5 năm"). */
  achieved: number;
  exceeded: number;
  missed: number;
  notYet: number;
  noData: number;
  noTarget: number;
}

/**
 * The verdict over the years: a year missed is final ("hằng năm" was not kept: no later year undoes
 * it); else a year not yet reached (the current one) keeps it "Chưa đạt"; else met, and exceeded
 * only once the term has closed with every year judged exceeded. Years without a figure (or a plan
 * figure) are left out of the judgement and counted; none judged: no data (no target when no year
 * has a plan figure). A tracked figure stays tracked.
 */
export function overYears(years: readonly Pick<YearRow, 'verdict'>[], termClosed: boolean): { verdict: Verdict; final: boolean; counts: YearCounts } {
  const n = (v: Verdict) => years.filter((y) => y.verdict === v).length;
  const counts: YearCounts = {
    years: years.length,
    achieved: n('met') + n('exceeded'),
    exceeded: n('exceeded'),
    missed: n('missed'),
    notYet: n('not-yet'),
    noData: n('no-data'),
    noTarget: n('no-target'),
  };
  const judged = counts.achieved + counts.missed + counts.notYet;
  const verdict: Verdict =
    years.length > 0 && n('tracked') === years.length
      ? 'tracked'
      : judged === 0
        ? counts.noTarget === years.length && years.length > 0
          ? 'no-target'
          : 'no-data'
        : counts.missed > 0
          ? 'missed'
          : counts.notYet > 0
            ? 'not-yet'
            : termClosed && counts.exceeded === judged
              ? 'exceeded'
              : 'met';
  const final = verdict === 'missed' || (termClosed && (verdict === 'met' || verdict === 'exceeded'));
  return { verdict, final, counts };
}
