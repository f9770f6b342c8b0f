import { subYears, format, parseISO } from 'date-fns';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { planRange, within } from '../model/plan-range.js';
import type { Check } from './context.js';

/**
 * Dates must fall where the plan can use them. Progress figures may reach back one year before the
 * plan starts: report periods open on 15/12 of the previous year, and last year's figures feed
 * "so với cùng kỳ".
 */
export const planDates: Check = ({ plan, origins, asOf }) => {
  const out: Diagnostic[] = [];
  const { header } = plan;
  // No year and no term, or a reversed term: that one error says it (plan-term.ts); dates have nothing to fall in.
  if ((header.year === undefined && header.term === undefined) || (header.term !== undefined && header.term.end < header.term.start)) return out;
  const range = planRange(header);
  if (range.start > range.end) out.push(diagnostic('period-reversed', origins.at(header, ['end']), { start: range.start, end: range.end }));
  for (const p of header.periods ?? []) {
    if (p.start > p.end) out.push(diagnostic('period-reversed', origins.at(p, ['end']), { start: p.start, end: p.end }));
  }
  for (const t of plan.tasks) {
    if (t.due && !within(t.due, range)) {
      out.push(diagnostic('date-outside-plan', origins.at(t, ['due']), { date: t.due, start: range.start, end: range.end }));
    }
  }
  const periodEnd = new Map((header.periods ?? []).map((p) => [p.id, p.end]));
  const targetEnd = new Map(plan.targets.map((t) => [t.id, t.period ? (periodEnd.get(t.period) ?? range.end) : range.end]));
  const earliest = format(subYears(parseISO(range.start), 1), 'yyyy-MM-dd');
  for (const e of plan.entries) {
    const end = (e.target && targetEnd.get(e.target)) || range.end;
    const latest = end > range.end ? end : range.end;
    if (!within(e.date, { start: earliest, end: latest })) {
      out.push(diagnostic('date-outside-plan', origins.at(e, ['date']), { date: e.date, start: earliest, end: latest }));
    } else if (e.date > asOf) {
      out.push(diagnostic('entry-in-future', origins.at(e, ['date']), { date: e.date, asOf }));
    }
  }
  for (const b of plan.legalBases) {
    if (b.date && b.date > header.issued) {
      out.push(diagnostic('basis-after-plan', origins.at(b, ['date']), { date: b.date, issued: header.issued }));
    }
  }
  return out;
};
