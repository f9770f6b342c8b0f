import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { WardRef } from '../report/rollup.js';
import type { StatusReport } from '../report/status-report.js';
import { termLineText } from './heading-blocks.js';

/**
 * What the plans of a rollup are judged over, in words, for the window line. Every plan is reported
 * in its own window (docs/format.md, "Kế hoạch nhiệm kỳ"): a yearly plan in its year; a term plan's
 * yearly targets in the year of --period or --as-of, kept inside its term, and its term targets over
 * the term. Several term plans of one term and year: that term's line, as for one plan. Plans of
 * different spans (a term plan beside a yearly plan, two terms, two years): a sentence for each span,
 * naming its wards in the rollup's order. null when every plan is a yearly plan of one year (nothing
 * to add to "Số liệu đến ngày ...").
 */
export function planSpans(reports: readonly Pick<StatusReport, 'plan' | 'term'>[], wards: readonly WardRef[], lang: Lang): string | null {
  const L = REPORT_LABELS[lang];
  const wardOf = (r: Pick<StatusReport, 'plan'>) => wards.findIndex((w) => w.plan.dir === r.plan.dir && w.plan.id === r.plan.id);
  const ordered = [...reports].sort((a, b) => wardOf(a) - wardOf(b));
  const groups = new Map<string, { report: (typeof reports)[number]; wards: string[] }>();
  for (const r of ordered) {
    const t = r.term;
    const key = t === null ? `year:${r.plan.year}` : `term:${t.name}:${t.start}:${t.end}:${t.year}:${t.whole}`;
    const ward = wards[wardOf(r)]?.ward ?? r.plan.place;
    const group = groups.get(key);
    if (group) group.wards.push(ward);
    else groups.set(key, { report: r, wards: [ward] });
  }
  const list = [...groups.values()];
  if (list.length === 1) {
    const t = list[0]!.report.term;
    return t === null ? null : termLineText(t, lang);
  }
  return list
    .map(({ report, wards: names }) => {
      const t = report.term;
      const who = names.join(', ');
      // A plan without a term has a year (plan validate requires one or the other).
      if (t === null) return L.yearLineOf(report.plan.year!, who);
      return (t.whole ? L.termLineWholeOf : L.termLineOf)(t.name, t.start, t.end, t.year, who);
    })
    .join(' ');
}
