import type { PlanHeader } from '../model/plan-header.js';
import { parseTermCode } from './periods.js';

/**
 * Whether a whole-term report period (`--period 2021-2025`) names the plan's term. A ward names its
 * term by the congress ("nhiệm kỳ 2020-2025") while the plan's years are 2021-2025 (docs/format.md,
 * "Kế hoạch nhiệm kỳ"), so both the term's years and its name's years are the term. Pure.
 */
export type TermPeriodMatch =
  | { ok: true; code: string }
  | { ok: false; reason: 'yearly-plan'; year: number | null }
  | { ok: false; reason: 'other-term'; term: { start: number; end: number; name: string | null } };

/** The years a term's name writes ("nhiệm kỳ 2020-2025" → 2020, 2025), if any. */
function nameYears(name: string | undefined): [number, number] | null {
  const m = name === undefined ? null : /(\d{4})\s*[-–]\s*(\d{4})/u.exec(name);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** For a whole-term code: the plan's own code for it ("2021-2025"), or why it is not the plan's term; null for any other code. */
export function matchTermPeriod(header: Pick<PlanHeader, 'term' | 'year'>, code: string): TermPeriodMatch | null {
  const asked = parseTermCode(code);
  if (asked === null) return null;
  const term = header.term;
  if (term === undefined) return { ok: false, reason: 'yearly-plan', year: header.year ?? null };
  const named = nameYears(term.name);
  const same = (a: number, b: number) => asked.start === a && asked.end === b;
  if (same(term.start, term.end) || (named !== null && same(named[0], named[1]))) return { ok: true, code: `${term.start}-${term.end}` };
  return { ok: false, reason: 'other-term', term: { start: term.start, end: term.end, name: term.name ?? null } };
}
