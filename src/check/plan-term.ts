import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { kindOf } from '../kinds/comparison-kinds.js';
import { overOf } from '../model/term.js';
import type { Check } from './context.js';

/**
 * A plan has a year or a term (plan.term, "nhiệm kỳ 2020-2025"), not both; a term's targets say
 * whether they are yearly or for the whole term (over), and their per-year figures (years) name years
 * of the term, once each, on a comparison with one figure. One code, `term-plan`, with a reason.
 */
export const planTerm: Check = ({ plan, origins }) => {
  const out: Diagnostic[] = [];
  const { header } = plan;
  const term = header.term;
  if (term === undefined && header.year === undefined) out.push(diagnostic('term-plan', origins.at(header, []), { reason: 'no-year' }));
  if (term !== undefined && header.year !== undefined) out.push(diagnostic('term-plan', origins.at(header, ['year']), { reason: 'year-and-term', year: header.year, start: term.start, end: term.end }));
  if (term !== undefined && term.end < term.start) out.push(diagnostic('term-plan', origins.at(header, ['term', 'end']), { reason: 'term-reversed', start: term.start, end: term.end }));
  for (const t of plan.targets) {
    if (t.over !== undefined && term === undefined) out.push(diagnostic('term-plan', origins.at(t, ['over']), { reason: 'over-without-term', id: t.id }));
    else if (t.over !== undefined && t.period !== undefined) out.push(diagnostic('term-plan', origins.at(t, ['over']), { reason: 'over-with-period', id: t.id, period: t.period }));
    if (t.years === undefined) continue;
    if (term === undefined || overOf(header, t) !== 'year') {
      out.push(diagnostic('term-plan', origins.at(t, ['years']), { reason: 'years-not-yearly', id: t.id }));
      continue;
    }
    if (kindOf(t.comparison).withFigure(t.comparison, 0) === null) {
      out.push(diagnostic('term-plan', origins.at(t, ['years']), { reason: 'years-no-figure', id: t.id, kind: t.comparison.kind }));
    }
    const seen = new Set<number>();
    t.years.forEach((y, i) => {
      if (y.year < term.start || y.year > term.end) out.push(diagnostic('term-plan', origins.at(t, ['years', i, 'year']), { reason: 'year-outside-term', id: t.id, year: y.year, start: term.start, end: term.end }));
      else if (seen.has(y.year)) out.push(diagnostic('term-plan', origins.at(t, ['years', i, 'year']), { reason: 'year-duplicate', id: t.id, year: y.year }));
      seen.add(y.year);
    });
  }
  return out;
};
