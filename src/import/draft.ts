/**
 * A draft plan from the parts of a document: header, units, legal bases, targets, tasks. Pure. Every
 * field the document does not state is filled with a guess and marked in the item's `assumed` map;
 * whatever could not be structured is kept verbatim in the plan's `note`. `review` lists what the
 * office must confirm.
 */
import type { LegalBasis } from '../model/legal-basis.js';
import type { NamedPeriod, PlanHeader, Term } from '../model/plan-header.js';
import type { Section } from '../model/section.js';
import type { Target } from '../model/target.js';
import type { Task } from '../model/task.js';
import type { Unit } from '../model/unit.js';
import { parseTargetPhrase, type TargetPhrase } from '../parse/target-phrase.js';
import { LegalBasisCollector } from './legal-bases.js';
import { figureCount, type Fragment } from './measures.js';
import { findPlanPeriod } from './plan-period.js';
import { termSpanIn } from './term-span.js';
import { readingOf } from './reading-choice.js';
import { AMBIGUITY_VI, guessUnit, isContextFigure } from './target-guesses.js';
import { settleCommaThousands } from './comma-thousands.js';
import { qualitativeReading, trackedReading, type Unmeasured } from './unmeasured.js';
import { COUNTS_TARGETS, findTargetRun, type TargetRun } from './target-run.js';
import { guessSection } from './sections-guess.js';
import { slug, uniqueId } from './slug.js';
import type { DocumentParts } from './structure.js';

export interface ReviewItem {
  /** "plan", or the id of a target, task or legal basis. */
  subject: string;
  field: string;
  reason: string;
}

export interface Draft {
  plan: PlanHeader;
  units: Unit[];
  legalBases: LegalBasis[];
  targets: Target[];
  /** Tasks per section id, in document order. */
  tasks: { section: Section; tasks: Task[] }[];
  review: ReviewItem[];
  /** Sentences with figures the import could not read as targets (listed in the review, kept in the note). */
  unread: string[];
}

/** The one placeholder unit: the document names no lead units, so every lead points here until assigned. */
export const PLACEHOLDER_UNIT: Unit = {
  id: 'chua-giao',
  name: 'Chưa phân công',
  kind: 'don-vi-khac',
  note: 'Đơn vị tạm do plan import tạo: văn bản không nêu đơn vị chủ trì. Khai báo các đơn vị thật của phường rồi thay "chua-giao" ở từng chỉ tiêu, nhiệm vụ.',
};

const LEAD_REASON = 'Văn bản không nêu đơn vị chủ trì; gán tạm "chua-giao" (Chưa phân công) để cơ quan phân công.';
const CADENCE_REASON = 'Nhiệm vụ không ghi hạn; theo dõi qua báo cáo tháng của phường (giả định của plan import).';

/** Task id prefixes by field (docs/format.md section 2). */
const PREFIXES: [RegExp, string][] = [
  [/kinh tế/iu, 'kt'],
  [/văn hóa|văn hoá|xã hội/iu, 'vhxh'],
  [/tư pháp/iu, 'tp'],
  [/quốc phòng|quân sự/iu, 'qp'],
  [/an ninh|trật tự/iu, 'antt'],
  [/quản lý nhà nước|chính quyền|hành chính/iu, 'qlnn'],
  [/khác/iu, 'khac'],
];

const schoolYearStart = (y: number) => `${y}-09-05`;
const schoolYearEnd = (y: number) => `${y}-05-31`;

export interface DraftOptions {
  /** The year to use when the document names none: --year, else the year of --as-of. */
  fallbackYear?: { year: number; from: '--year' | '--as-of' };
}

/** The document names no year or term, and no --year or --as-of was given. */
export class NoPlanYearError extends Error {
  constructor() {
    super('no plan year');
    this.name = 'NoPlanYearError';
  }
}

export function buildDraft(parts: DocumentParts, run: TargetRun = findTargetRun([], parts), options: DraftOptions = {}): Draft {
  const review: ReviewItem[] = [];
  const bases = new LegalBasisCollector();
  const noteParts: string[] = [];

  // Header
  const issued = parts.issued;
  const title = parts.title ?? run.title;
  const found = findPlanPeriod({ leads: run.leads, ...(title ? { title } : {}), targets: run.fragments.map((f) => f.text), header: [...run.header, ...(parts.placeDateLine ? [parts.placeDateLine] : [])] });
  let year: number;
  // A term ("nhiệm kỳ 2020-2025"): a term plan (plan.term in place of year); `year` below is its first year.
  let term: Term | undefined;
  let termAssumed: string | undefined;
  if (found?.kind === 'year') year = found.year;
  else if (found?.kind === 'term') {
    // A congress's term 2020-2025 sets the targets of the five years 2021-2025 (2020 is its base year).
    const shifted = found.word === 'nhiệm kỳ';
    term = { start: shifted ? found.start + 1 : found.start, end: found.end, name: `${found.word} ${found.start}-${found.end}` };
    if (shifted) termAssumed = `Văn bản ghi "${term.name}": chỉ tiêu là của 5 năm ${term.start}-${term.end}, năm ${found.start} (năm đại hội) là năm gốc (giả định của plan import).`;
    year = term.start;
    review.push({
      subject: 'plan',
      field: 'term',
      reason: `Văn bản đặt chỉ tiêu cho ${term.name} ("${found.from.slice(0, 80)}"): bản nháp là kế hoạch nhiệm kỳ (term ${term.start}-${term.end}). Mỗi chỉ tiêu ghi over: year (từng năm) hoặc term (cả nhiệm kỳ); kiểm tra.`,
    });
  } else if (issued) year = Number(issued.slice(0, 4));
  else if (options.fallbackYear) {
    year = options.fallbackYear.year;
    review.push({ subject: 'plan', field: 'year', reason: `Văn bản không ghi năm kế hoạch; lấy năm ${year} theo ${options.fallbackYear.from}.` });
  } else throw new NoPlanYearError();
  if (!issued) review.push({ subject: 'plan', field: 'issued', reason: `Không đọc được ngày ban hành ("..., ngày ... tháng ... năm ..."); tạm ghi ${year}-01-01.` });
  if (!parts.symbol) review.push({ subject: 'plan', field: 'symbol', reason: 'Không đọc được số, ký hiệu ("Số: .../KH-UBND").' });
  if (!parts.title && run.title) review.push({ subject: 'plan', field: 'title', reason: `Không tìm thấy trích yếu sau chữ "KẾ HOẠCH"; lấy dòng đầu văn bản: "${run.title}".` });
  else if (!parts.title) review.push({ subject: 'plan', field: 'title', reason: 'Không tìm thấy trích yếu sau chữ "KẾ HOẠCH".' });
  const place = parts.place ?? '(chưa rõ)';
  if (!parts.place) review.push({ subject: 'plan', field: 'place', reason: 'Không đọc được địa danh ở đầu văn bản.' });
  const issuerCode = /-(UBND|HĐND)\b/u.exec(parts.symbol ?? '')?.[1];
  const issuer = issuerCode === 'HĐND' ? `Hội đồng nhân dân ${place}` : `Ủy ban nhân dân ${place}`;
  review.push({ subject: 'plan', field: 'issuer', reason: `Suy từ ký hiệu và địa danh: "${issuer}"; kiểm tra tên cơ quan ban hành.` });

  const headerBases = parts.bases.flatMap((line) => bases.collect(line.replace(/^Căn cứ\s+/u, '').replace(/[.;]\s*$/u, ''), 'header'));
  for (const line of parts.bases) if (bases.collect(line, 'header').length === 0) noteParts.push(`Căn cứ chưa nhận dạng được: "${line}"`);
  if (parts.objective.length) bases.collect(parts.objective.join(' '), 'objective');

  // Sections and tasks
  const sections: Section[] = [];
  const sectionTasks: { section: Section; tasks: Task[] }[] = [];
  const taskIds = new Set<string>();
  const usedPrefixes = new Set<string>();
  for (const s of parts.sections) {
    const section: Section = { id: s.id, title: s.title };
    sections.push(section);
    if (s.tasks.length === 0) continue;
    let prefix = PREFIXES.find(([re]) => re.test(s.title))?.[1] ?? `nv-${s.id.toLowerCase()}`;
    if (usedPrefixes.has(prefix)) prefix = `${prefix}-${s.id.toLowerCase()}`;
    usedPrefixes.add(prefix);
    const unbulleted = new Set(s.unbulleted);
    const tasks = s.tasks.map((text, i) => {
      const id = uniqueId(`${prefix}-${String(i + 1).padStart(2, '0')}`, taskIds);
      const cited = bases.collect(text, id);
      const task: Task = {
        id,
        section: s.id,
        text,
        lead: PLACEHOLDER_UNIT.id,
        cadence: 'monthly',
        ...(cited.length ? { bases: cited } : {}),
        assumed: { lead: LEAD_REASON, cadence: CADENCE_REASON },
      };
      if (unbulleted.has(text)) review.push({ subject: id, field: 'text', reason: 'Đoạn văn không có gạch đầu dòng, được coi là một nhiệm vụ riêng; kiểm tra có phải tiếp nối nhiệm vụ trước không.' });
      return task;
    });
    sectionTasks.push({ section, tasks });
  }

  // Targets
  const targets: Target[] = [];
  const targetIds = new Set<string>();
  const periods: NamedPeriod[] = [];
  const unparsed: string[] = [];
  const unread: string[] = [...run.unreadAbove];
  const leadCounts: { n: number; text: string }[] = [];
  let previous: Target | undefined;
  // The total parts belong to: the last target not itself a part; parts follow "trong đó" in its sentence,
  // or stand on "+" lines after a sentence ending "trong đó:" ("772 ha, trong đó:" / "+ Lúa 507 ha").
  let total: Target | undefined;
  let partLines = false;
  // The sentence is copied beside each of its targets only while the copies stay small: one bullet of
  // 25,000 measures would otherwise repeat itself 25,000 times (a draft growing with the square).
  const perSentence = new Map<string, number>();
  for (const f of run.fragments) perSentence.set(f.sentence, (perSentence.get(f.sentence) ?? 0) + 1);
  const besideLimit = 20_000;
  for (const [sentence, n] of perSentence) {
    if (sentence.length * n > besideLimit) review.push({ subject: 'plan', field: 'targets', reason: `Một câu rất dài đặt ${n} chỉ tiêu ("${sentence.slice(0, 80)}…"): mỗi chỉ tiêu giữ phần của mình trong "wording", không chép lại cả câu.` });
  }
  // Each sentence without its final stop, once: a bullet of 25,000 measures is one sentence.
  const trimmed = new Map<string, string>();
  for (const f of run.fragments) {
    if (f.heading) continue;
    const p = parseTargetPhrase(f.text);
    // A fragment that is its whole sentence keeps the sentence as written, final stop included.
    let bare = trimmed.get(f.sentence);
    if (bare === undefined) trimmed.set(f.sentence, (bare = trimEndStops(f.sentence)));
    const verbatim = bare === f.text ? f.sentence : f.text;
    const counted = COUNTS_TARGETS.exec(f.text);
    if (counted) {
      // "đề ra 18 chỉ tiêu": the lead of the list, checked against what was found; "12/15 chỉ tiêu đạt": a result.
      if (/\//u.test(counted[0])) unread.push(verbatim);
      else leadCounts.push({ n: parseInt(counted[0], 10), text: verbatim });
      continue;
    }
    const unmeasured = p.comparison && (f.tracked || isContextFigure(f.text)) ? trackedReading(p) : !p.comparison && figureCount(f.text) === 0 ? qualitativeReading(p) : undefined;
    if (unmeasured) {
      const measure = p.measure ?? f.text;
      const made = makeTarget(verbatim, measure, unmeasured.phrase, f, unmeasured);
      targets.push(made);
      previous = made;
      continue;
    }
    if (!p.comparison) {
      if (figureCount(f.text) > 0) {
        unread.push(verbatim);
        continue;
      }
      unparsed.push(verbatim);
      review.push({ subject: 'plan', field: 'note', reason: `Chỉ tiêu không có con số so sánh được, giữ nguyên văn trong "note": "${verbatim}".` });
      continue;
    }
    const wording = verbatim;
    const measures = f.follows && previous ? [previous.name] : (p.measures ?? [p.measure ?? f.text]);
    const made = measures.map((measure) => makeTarget(wording, measure, readingOf(f, p, previous), f));
    const isPart = total !== undefined && !f.follows && (f.part === true || (partLines && (f.plus === true || /^\s*\+/u.test(f.sentence))));
    if (isPart) {
      for (const t of made) {
        t.partOf = total!.id;
        t.assumed = { ...t.assumed, partOf: `Phần của chỉ tiêu "${total!.name}" (văn bản ghi "trong đó"); kiểm tra.` };
      }
    } else if (!f.follows) {
      total = made[made.length - 1];
      partLines = /trong đó\s*:?\s*$/iu.test(f.sentence);
    }
    targets.push(...made);
    previous = made[made.length - 1];
  }
  targets.splice(0, targets.length, ...settleCommaThousands(targets, [...perSentence.keys()]));
  for (const c of leadCounts) {
    if (c.n > targets.length) review.push({ subject: 'plan', field: 'targets', reason: `Văn bản nêu ${c.n} chỉ tiêu ("${c.text.slice(0, 100)}"), bản nháp có ${targets.length}: phần còn lại có thể nằm ở đoạn chưa có trong văn bản, hoặc là chỉ tiêu không có con số (xem các mục "note").` });
  }
  for (const u of unread) review.push({ subject: 'plan', field: 'note', reason: `Câu có số liệu chưa đọc được thành chỉ tiêu; giữ nguyên văn trong "note": "${u}".` });
  if (unparsed.length) noteParts.push(`Chỉ tiêu chưa mã hóa được (nguyên văn): ${unparsed.map((u) => `"${u}"`).join('; ')}.`);
  if (unread.length) noteParts.push(`Câu có số liệu chưa đọc được (nguyên văn): ${unread.map((u) => `"${u}"`).join('; ')}.`);

  function makeTarget(wording: string, measure: string, p: TargetPhrase, f: Fragment, unmeasured?: Unmeasured): Target {
    const id = uniqueId(slug(measure.replace(/^(?:Tỷ lệ|Tỉ lệ|Số)\s+/iu, ''), 5), targetIds);
    const assumed: NonNullable<Target['assumed']> = {};
    let unit = unmeasured?.unit || p.unit;
    if (!unit) {
      const g = guessUnit(measure);
      unit = g.unit;
      assumed.unit = g.reason;
    }
    if (!wording.includes(measure)) assumed.name = 'Tên chỉ tiêu rút từ câu chỉ tiêu; sửa cho đúng cột "Chỉ tiêu" của báo cáo.';
    const section = guessSection(wording, parts.sections);
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

  // Everything else, verbatim
  if (parts.placeDateLine) noteParts.unshift(`Ghi ở đầu văn bản: "${parts.placeDateLine}".`);
  if (parts.masthead.length) noteParts.push(`Phần đầu văn bản: ${parts.masthead.map((m) => `"${m}"`).join(', ')}.`);
  if (parts.preamble.length) noteParts.push(`Câu dẫn: ${parts.preamble.map((m) => `"${m}"`).join(' ')}.`);
  if (parts.headings.length) noteParts.push(`Tiêu đề các phần nguyên văn: ${parts.headings.map((m) => `"${m}"`).join(', ')}.`);
  if (parts.leftovers.length) {
    noteParts.push(`Đoạn chưa xếp vào mục nào (nguyên văn): ${parts.leftovers.map((m) => `"${m}"`).join(' ')}`);
    review.push({ subject: 'plan', field: 'note', reason: `${parts.leftovers.length} đoạn văn bản chưa xếp được vào phần nào; giữ nguyên văn trong "note".` });
  }
  if (parts.recipients.length === 0) review.push({ subject: 'plan', field: 'recipients', reason: 'Không tìm thấy "Nơi nhận".' });
  if (!parts.signer.name || !parts.signer.title) review.push({ subject: 'plan', field: 'signer', reason: 'Không đọc được chức vụ hoặc tên người ký.' });

  const plan: PlanHeader = {
    id: uniqueId(`${slug(parts.symbol ?? 'ke-hoach')}-${term ? `${term.start}-${term.end}` : year}`, new Set()),
    symbol: parts.symbol ?? '(chưa rõ)',
    title: title ?? '(chưa rõ)',
    issuer,
    place,
    issued: issued ?? `${year}-01-01`,
    ...(term ? { term } : { year }),
    ...(periods.length ? { periods } : {}),
    ...(parts.objective.length ? { objective: parts.objective.join(' ') } : {}),
    bases: headerBases,
    sections,
    ...(parts.implementation.length ? { implementation: parts.implementation } : {}),
    recipients: parts.recipients,
    signer: {
      ...(parts.signer.onBehalfOf ? { onBehalfOf: parts.signer.onBehalfOf } : {}),
      title: parts.signer.title ?? '(chưa rõ)',
      name: parts.signer.name ?? '(chưa rõ)',
    },
    reporting: { convention: 'nd-09-2019', cadence: 'monthly' },
    ...(noteParts.length ? { note: noteParts.join(' ') } : {}),
    assumed: {
      ...(termAssumed ? { term: termAssumed } : {}),
      reporting: 'Văn bản không quy định chế độ báo cáo; giả định báo cáo hằng tháng, chốt số liệu theo Nghị định 09/2019/NĐ-CP.',
    },
  };

  const legalBases = bases.all().map((c) => c.basis);
  for (const b of legalBases) {
    if (!b.date) review.push({ subject: b.id, field: 'date', reason: 'Văn bản kế hoạch không ghi ngày ban hành của căn cứ này.' });
    if (!b.issuer) review.push({ subject: b.id, field: 'issuer', reason: 'Văn bản kế hoạch không ghi cơ quan ban hành căn cứ này.' });
    if (b.assumed?.issuer) review.push({ subject: b.id, field: 'issuer', reason: b.assumed.issuer });
  }
  // Guesses marked in `assumed`: the office confirms each.
  for (const t of targets) for (const [field, reason] of Object.entries(t.assumed ?? {})) review.push({ subject: t.id, field, reason });
  for (const { tasks } of sectionTasks) for (const t of tasks) for (const [field, reason] of Object.entries(t.assumed ?? {})) review.push({ subject: t.id, field, reason });
  for (const p of periods) for (const [field, reason] of Object.entries(p.assumed ?? {})) review.push({ subject: p.id, field, reason });
  review.push({ subject: 'plan', field: 'reporting', reason: plan.assumed!.reporting! });

  return { plan, units: [PLACEHOLDER_UNIT], legalBases, targets, tasks: sectionTasks, review, unread };
}

/** The text without its final spaces and stops (. ; : , …), in one pass from the end. */
function trimEndStops(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s.;:,…]/u.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
