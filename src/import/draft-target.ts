/** One drafted target from a reading of its sentence: id, unit, accrual, period and term span, each guess marked in `assumed`; apart from the walk over the sentences in draft-targets.ts. */
import type { NamedPeriod, Term } from '../model/plan-header.js';
import type { Target } from '../model/target.js';
import type { TargetPhrase } from '../parse/target-phrase.js';
import type { ReviewItem } from './draft.js';
import type { Fragment } from './measures.js';
import { LEAD_REASON, PLACEHOLDER_UNIT } from './placeholder-unit.js';
import { guessSection } from './sections-guess.js';
import { slug, uniqueId } from './slug.js';
import type { DocumentParts } from './structure.js';
import { AMBIGUITY_VI, guessUnit } from './target-guesses.js';
import { termSpanIn } from './term-span.js';
import type { Unmeasured } from './unmeasured.js';

/** What every target of one draft shares: the ids taken, the periods made, the header's bases, the term. */
export interface TargetDrafting {
  sections: DocumentParts['sections'];
  review: ReviewItem[];
  targetIds: Set<string>;
  periods: NamedPeriod[];
  headerBases: string[];
  term: Term | undefined;
  /** How many targets each sentence sets: a target keeps its sentence beside it while sentence × count stays within `besideLimit`. */
  perSentence: Map<string, number>;
  besideLimit: number;
}

const schoolYearStart = (y: number) => `${y}-09-05`;
const schoolYearEnd = (y: number) => `${y}-05-31`;

/** The target `wording` sets for `measure`, read as `p` (or, with no figure to judge, as `unmeasured`); what the office must fill in goes on the review. */
export function draftTarget(ctx: TargetDrafting, wording: string, measure: string, p: TargetPhrase, f: Fragment, unmeasured?: Unmeasured): Target {
  const { review, targetIds, periods, headerBases, term, perSentence, besideLimit } = ctx;
  const id = uniqueId(slug(measure.replace(/^(?:Tỷ lệ|Tỉ lệ|Số)\s+/iu, ''), 5), targetIds);
  const assumed: NonNullable<Target['assumed']> = {};
  let unit = unmeasured?.unit || p.unit;
  if (!unit) {
    const g = guessUnit(measure);
    unit = g.unit;
    assumed.unit = g.reason;
  }
  if (!wording.includes(measure)) assumed.name = 'Tên chỉ tiêu rút từ câu chỉ tiêu; sửa cho đúng cột "Chỉ tiêu" của báo cáo.';
  const section = guessSection(wording, ctx.sections);
  if (section) assumed.section = 'Lĩnh vực đoán theo nhiệm vụ phần II có nội dung gần nhất; văn bản không ghi.';
  const comparisonNotes = p.ambiguities.filter((a) => a.code !== 'change-reference' && a.code !== 'two-measures').map((a) => `${AMBIGUITY_VI[a.code]} ("${a.text}")`);
  if (comparisonNotes.length) assumed.comparison = `Câu chỉ tiêu đọc được nhiều cách: ${comparisonNotes.join('; ')}.`;
  if (unmeasured) assumed.comparison = unmeasured.reason;
  if (p.stretch && p.ambiguities.some((a) => a.code === 'change-reference')) assumed.stretch = `${AMBIGUITY_VI['change-reference']}.`;
  const accrual: Target['accrual'] = unit === '%' ? 'level' : p.comparison!.kind === 'assigned' || /đồng|người|lao động/u.test(unit) ? 'sum' : 'level';
  if (unit !== '%') assumed.accrual = accrual === 'sum' ? 'Số cộng dồn trong năm (giả định của plan import).' : 'Mức đo tại thời điểm báo cáo (giả định của plan import).';
  assumed.lead = LEAD_REASON;
  if (headerBases.length) assumed.bases = 'Chỉ tiêu của kế hoạch lấy theo văn bản làm căn cứ ban hành (giả định của plan import).';

  let period: string | undefined;
  if (p.period?.kind === 'school-year' && p.period.start !== undefined && p.period.end !== undefined) {
    period = slug(p.period.text, 8);
    if (!periods.some((x) => x.id === period)) {
      periods.push({
        id: period,
        name: p.period.text,
        start: schoolYearStart(p.period.start),
        end: schoolYearEnd(p.period.end),
        assumed: {
          start: `Văn bản chỉ ghi "${p.period.text}"; lấy ngày khai giảng 05/9/${p.period.start} theo khung thời gian năm học.`,
          end: `Văn bản không ghi; lấy ngày kết thúc năm học 31/5/${p.period.end}.`,
        },
      });
    }
  }
  // A term plan's target: of each year, or of the whole term (a total of the term is a sum).
  const span = term === undefined ? undefined : termSpanIn(wording, f.sentence, p.comparison!, term.end);
  if (span?.assumed) assumed.over = span.assumed;
  const summed = span?.total === true && unit !== '%';
  if (summed) assumed.accrual = `Tổng cộng dồn cả ${term!.name} (giả định của plan import).`;
  // A term target that is not a total is the level reached by the term's end ("thu nhập ... đến năm 2025").
  const termLevel = span?.over === 'term' && !summed;
  if (termLevel && accrual === 'sum') assumed.accrual = 'Mức phải đạt vào cuối nhiệm kỳ, không cộng dồn (giả định của plan import).';
  if (p.directionFromMeaning) assumed.direction = `Câu không nói "trên", "dưới"; chỉ tiêu "${measure}" càng thấp càng tốt nên hiểu là mức tối đa (giả định của plan import).`;
  const target: Target = {
    id,
    name: measure,
    wording,
    ...(wording !== f.sentence && f.sentence.length * (perSentence.get(f.sentence) ?? 1) <= besideLimit ? { sentence: f.sentence } : {}),
    unit,
    ...(section ? { section } : {}),
    comparison: p.comparison!,
    ...(p.stretch ? { stretch: p.stretch } : {}),
    direction: p.direction!,
    accrual: summed ? 'sum' : termLevel ? 'level' : accrual,
    ...(p.baseline !== undefined ? { baseline: { value: p.baseline } } : {}),
    ...(period ? { period } : {}),
    ...(span && !period ? { over: span.over } : {}),
    lead: PLACEHOLDER_UNIT.id,
    ...(headerBases.length ? { bases: headerBases } : {}),
    ...(p.comparison!.kind === 'assigned' ? { note: 'Điền số cấp trên giao (value, assignedBy, document) khi có.' } : {}),
    assumed,
  };
  if (p.comparison!.kind === 'assigned') review.push({ subject: id, field: 'comparison', reason: 'Chỉ tiêu do cấp trên giao: điền số được giao và văn bản giao khi có.' });
  if (p.comparison!.kind === 'change' && p.comparison!.relativeTo !== 'binding' && p.baseline === undefined) {
    review.push({ subject: id, field: 'baseline', reason: 'Chỉ tiêu tăng/giảm so với mức gốc: điền số gốc (baseline) của năm trước.' });
  }
  return target;
}
