/**
 * Next year's plan from this year's (`plan init plans/2025 --from plans/2024`): the units, legal
 * bases, sections and targets carried over as a draft for the office to confirm. Pure.
 *
 * What is carried and why:
 * - units, legal bases, sections, recipients, signer, reporting, wholeUnits: a ward's standing facts;
 * - targets with their comparison as last year wrote it, each marked `assumed.comparison` (this year's
 *   document sets this year's figures); an assigned figure, last year's `figures` by source and their
 *   `primary` are dropped (this year's assignment comes later); a change target gets last year's
 *   final figure as its baseline ("giảm 02 hộ" counts from the end of the previous year), marked;
 * - named periods (the school year) move on by a year, marked;
 * - not carried: tasks and the objective (this year's document words them anew), progress entries.
 */
import type { Draft, ReviewItem } from '../import/draft.js';
import type { NamedPeriod, PlanHeader } from '../model/plan-header.js';
import type { Plan } from '../model/plan.js';
import { planRange, planYears } from '../model/plan-range.js';
import { TO_FILL } from '../model/placeholder.js';
import type { Comparison } from '../model/comparison.js';
import type { Target } from '../model/target.js';

/** "2024" → "2025" in ids and names, for the years around the old plan's (a school year spans two). */
export function shiftYearText(text: string, oldYear: number, by: number): string {
  return text.replace(/\b(\d{4})\b/g, (y) => (Math.abs(Number(y) - oldYear) <= 1 ? String(Number(y) + by) : y));
}

/** The same day `by` years later (29/02 becomes 28/02). */
export function shiftYearDate(iso: string, by: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y + by}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Last year's final actual figure of a target: the latest non-estimate entry within its plan year. */
function finalFigure(plan: Plan, id: string, end: string): { value: number; date: string } | undefined {
  let best: { value: number; date: string; correction: boolean } | undefined;
  for (const e of plan.entries) {
    if (e.target !== id || e.value === undefined || e.estimate === true || e.date > end || e.date < planRange(plan.header).start) continue;
    const correction = e.correction === true;
    if (!best || e.date > best.date || (e.date === best.date && correction && !best.correction)) best = { value: e.value, date: e.date, correction };
  }
  return best && { value: best.value, date: best.date };
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

export interface CarryOptions {
  /** The new plan's year. */
  year: number;
  /** The old plan's folder as the user named it, for the reasons ("plans/2024"). */
  from: string;
}

export function carryDraft(old: Plan, o: CarryOptions): Draft {
  // From a term plan: its last year.
  const oldYear = planYears(old.header).last;
  const by = o.year - oldYear;
  const review: ReviewItem[] = [];
  const h = old.header;
  const periodIds = new Map<string, string>();
  const periods: NamedPeriod[] | undefined = h.periods?.map((p) => {
    const id = shiftYearText(p.id, oldYear, by);
    periodIds.set(p.id, id);
    const reason = `Kỳ "${p.name}" của kế hoạch ${oldYear} dời sang năm ${o.year}; kiểm tra lại ngày.`;
    return { id, name: shiftYearText(p.name, oldYear, by), start: shiftYearDate(p.start, by), end: shiftYearDate(p.end, by), assumed: { start: reason, end: reason } };
  });
  const assumed: NonNullable<PlanHeader['assumed']> = {
    ...(h.assumed?.reporting ? { reporting: h.assumed.reporting } : {}),
    ...(h.assumed?.parentBody ? { parentBody: h.assumed.parentBody } : {}),
    ...(h.start ? { start: `Ngày đầu kỳ của kế hoạch ${oldYear} dời sang năm ${o.year}.` } : {}),
    ...(h.end ? { end: `Ngày cuối kỳ của kế hoạch ${oldYear} dời sang năm ${o.year}.` } : {}),
  };
  const symbolTail = /^\d+(\/.+)$/.exec(h.symbol)?.[1];
  const header: PlanHeader = {
    id: h.id.includes(String(oldYear)) ? shiftYearText(h.id, oldYear, by) : `${h.id}-${o.year}`,
    symbol: symbolTail ? `${TO_FILL}${symbolTail}` : TO_FILL,
    title: `${TO_FILL} ${shiftYearText(h.title, oldYear, by)}`,
    ...(h.parentBody ? { parentBody: h.parentBody } : {}),
    issuer: h.issuer,
    place: h.place,
    issued: `${o.year}-01-01`,
    year: o.year,
    ...(h.start ? { start: shiftYearDate(h.start, by) } : {}),
    ...(h.end ? { end: shiftYearDate(h.end, by) } : {}),
    ...(periods?.length ? { periods } : {}),
    bases: [],
    sections: h.sections,
    recipients: h.recipients,
    signer: h.signer,
    ...(h.reporting ? { reporting: h.reporting } : {}),
    ...(h.wholeUnits ? { wholeUnits: h.wholeUnits } : {}),
    note: `Tạo bằng "plan init --from ${o.from}" từ kế hoạch ${h.symbol} năm ${oldYear}: điền số ký hiệu, trích yếu, ngày ban hành (issued), căn cứ ban hành (bases) của kế hoạch ${o.year}; nhiệm vụ của phần II gõ theo văn bản mới (hoặc plan import). Cách viết: plan help format 5.`,
    ...(Object.keys(assumed).length ? { assumed } : {}),
  };
  review.push({ subject: 'plan', field: 'symbol, title, issued, bases', reason: `Của văn bản kế hoạch năm ${o.year}: chưa có, cần điền.` });
  for (const b of h.bases) review.push({ subject: b, field: 'legalBases', reason: `Căn cứ ban hành kế hoạch ${oldYear}: giữ nếu kế hoạch ${o.year} còn viện dẫn, hoặc thay bằng văn bản của năm ${o.year}.` });

  const end = h.end ?? `${oldYear}-12-31`;
  const targets = old.targets.map((t) => carryTarget(old, t, { ...o, oldYear, end, periodIds, review }));
  return { plan: header, units: old.units, legalBases: old.legalBases, targets, tasks: [], review, unread: [] };
}

interface TargetContext extends CarryOptions {
  oldYear: number;
  end: string;
  periodIds: ReadonlyMap<string, string>;
  review: ReviewItem[];
}

function carryTarget(old: Plan, t: Target, c: TargetContext): Target {
  // From a term plan: the new plan is of one year, so a target's span in the term (over, years) goes.
  const { figures: _figures, primary: _primary, baseline: _baseline, over: _over, years: _years, assumed: oldAssumed, ...rest } = t;
  const comparison: Comparison =
    t.comparison.kind === 'assigned'
      ? { kind: 'assigned', ...(t.comparison.assignedBy ? { assignedBy: t.comparison.assignedBy } : {}) }
      : t.comparison;
  const assumed: NonNullable<Target['assumed']> = { ...oldAssumed };
  for (const k of ['figures', 'primary', 'baseline', 'over', 'years'] as const) delete assumed[k];
  assumed.comparison =
    t.comparison.kind === 'assigned'
      ? `Chép từ kế hoạch ${c.oldYear}; số cấp trên giao cho năm ${c.year} điền vào "value" khi có.`
      : `Chép từ kế hoạch ${c.oldYear} (${c.from}): đổi theo chỉ tiêu của kế hoạch ${c.year}, sửa cả "wording".`;
  c.review.push({ subject: t.id, field: 'comparison, wording', reason: `Chỉ tiêu và câu chỉ tiêu của năm ${c.oldYear}: sửa theo kế hoạch ${c.year}.` });
  let baseline: Target['baseline'];
  if (t.comparison.kind === 'change' || t.stretch?.kind === 'change') {
    const last = finalFigure(old, t.id, c.end);
    if (last) {
      baseline = { value: last.value, date: last.date, source: `Số cuối năm ${c.oldYear} ghi trong ${c.from}` };
      assumed.baseline = `Số ghi ngày ${dmy(last.date)} trong ${c.from}${old.illustrative ? ' (số liệu minh họa)' : ''}; thay bằng số chính thức cuối năm ${c.oldYear} nếu khác.`;
    } else {
      c.review.push({ subject: t.id, field: 'baseline', reason: `Chưa có số cuối năm ${c.oldYear}: ghi mức gốc khi có (hoặc ghi số liệu vào ${c.from}).` });
    }
  }
  const period = t.period !== undefined ? (c.periodIds.get(t.period) ?? t.period) : undefined;
  return {
    ...rest,
    comparison,
    ...(baseline ? { baseline } : {}),
    ...(period !== undefined ? { period } : {}),
    assumed,
  };
}
