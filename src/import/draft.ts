/**
 * A draft plan from the parts of a document: header, units, legal bases, targets, tasks. Pure. Every
 * field the document does not state is filled with a guess and marked in the item's `assumed` map;
 * whatever could not be structured is kept verbatim in the plan's `note`. `review` lists what the
 * office must confirm.
 */
import type { LegalBasis } from '../model/legal-basis.js';
import type { NamedPeriod, PlanHeader } from '../model/plan-header.js';
import type { Section } from '../model/section.js';
import type { Target } from '../model/target.js';
import type { Task } from '../model/task.js';
import type { Unit } from '../model/unit.js';
import { parseTargetPhrase, type TargetPhrase } from '../parse/target-phrase.js';
import { LegalBasisCollector } from './legal-bases.js';
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

const AMBIGUITY_VI: Record<string, string> = {
  'no-operator': 'câu chỉ ghi con số, không nói "đạt", "trên", "dưới"',
  'hundred-percent': '"đạt 100%": hiểu là đúng 100%',
  approximate: 'con số ước ("khoảng")',
  'stretch-only': 'chỉ có mục tiêu "phấn đấu", lấy làm chỉ tiêu bắt buộc',
  'change-reference': 'mức tăng/giảm không nói so với gì; hiểu là so với chỉ tiêu giao',
  'points-or-percent': 'tăng/giảm "%" của một tỷ lệ: điểm phần trăm hay phần trăm?',
  'rate-of-change': 'giới hạn đặt trên mức tăng/giảm',
  'several-figures': 'câu có nhiều con số; chỉ lấy con số đầu',
  'parenthetical-figure': 'con số trong ngoặc không được dùng',
  'comma-thousands': 'dấu phẩy trước 3 chữ số: số thập phân hay phân cách hàng nghìn?',
  'two-measures': 'một câu đo hai đại lượng; tách thành hai chỉ tiêu',
};

function guessUnit(measure: string): { unit: string; reason: string } {
  const m = measure.toLowerCase();
  if (/ngân sách|thu nhập|giá trị|vốn|doanh thu|thu chi/u.test(m)) return { unit: 'triệu đồng', reason: 'Văn bản không ghi đơn vị tính; số tiền cấp phường thường tính bằng triệu đồng.' };
  if (/công dân|nhập ngũ|giao quân|lao động|người|học sinh|thanh niên/u.test(m)) return { unit: 'người', reason: 'Văn bản không ghi đơn vị tính; chỉ tiêu đếm số người.' };
  if (/(?:^|\s)hộ(?:\s|$)/u.test(m)) return { unit: 'hộ', reason: 'Văn bản không ghi đơn vị tính; chỉ tiêu đếm số hộ.' };
  if (/tỷ lệ|tỉ lệ/u.test(m)) return { unit: '%', reason: 'Văn bản không ghi đơn vị tính; chỉ tiêu là một tỷ lệ.' };
  return { unit: 'chưa xác định', reason: 'Văn bản không ghi đơn vị tính; cơ quan điền đơn vị đúng.' };
}

const schoolYearStart = (y: number) => `${y}-09-05`;
const schoolYearEnd = (y: number) => `${y}-05-31`;

export function buildDraft(parts: DocumentParts): Draft {
  const review: ReviewItem[] = [];
  const bases = new LegalBasisCollector();
  const noteParts: string[] = [];

  // Header
  const issued = parts.issued;
  const titleYear = /năm\s+((?:19|20)\d{2})/u.exec(parts.title ?? '')?.[1];
  const year = Number(titleYear ?? issued?.slice(0, 4) ?? new Date(0).getUTCFullYear());
  if (!issued) review.push({ subject: 'plan', field: 'issued', reason: `Không đọc được ngày ban hành ("..., ngày ... tháng ... năm ..."); tạm ghi ${year}-01-01.` });
  if (!parts.symbol) review.push({ subject: 'plan', field: 'symbol', reason: 'Không đọc được số, ký hiệu ("Số: .../KH-UBND").' });
  if (!parts.title) review.push({ subject: 'plan', field: 'title', reason: 'Không tìm thấy trích yếu sau chữ "KẾ HOẠCH".' });
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
      if (s.unbulleted.includes(text)) review.push({ subject: id, field: 'text', reason: 'Đoạn văn không có gạch đầu dòng, được coi là một nhiệm vụ riêng; kiểm tra có phải tiếp nối nhiệm vụ trước không.' });
      return task;
    });
    sectionTasks.push({ section, tasks });
  }

  // Targets
  const targets: Target[] = [];
  const targetIds = new Set<string>();
  const periods: NamedPeriod[] = [];
  const unparsed: string[] = [];
  for (const line of parts.targetLines) {
    const p = parseTargetPhrase(line);
    if (!p.comparison) {
      unparsed.push(line);
      review.push({ subject: 'plan', field: 'note', reason: `Chỉ tiêu không có con số so sánh được, giữ nguyên văn trong "note": "${line}".` });
      continue;
    }
    const measures = p.measures ?? [p.measure ?? line];
    for (const measure of measures) targets.push(makeTarget(line, measure, p));
  }
  if (unparsed.length) noteParts.push(`Chỉ tiêu chưa mã hóa được (nguyên văn): ${unparsed.map((u) => `"${u}"`).join('; ')}.`);

  function makeTarget(wording: string, measure: string, p: TargetPhrase): Target {
    const id = uniqueId(slug(measure.replace(/^(?:Tỷ lệ|Tỉ lệ|Số)\s+/iu, ''), 5), targetIds);
    const assumed: NonNullable<Target['assumed']> = {};
    let unit = p.unit;
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
    const target: Target = {
      id,
      name: measure,
      wording,
      unit,
      ...(section ? { section } : {}),
      comparison: p.comparison!,
      ...(p.stretch ? { stretch: p.stretch } : {}),
      direction: p.direction!,
      accrual,
      ...(p.baseline !== undefined ? { baseline: { value: p.baseline } } : {}),
      ...(period ? { period } : {}),
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
    id: uniqueId(`${slug(parts.symbol ?? 'ke-hoach')}-${year}`, new Set()),
    symbol: parts.symbol ?? '(chưa rõ)',
    title: parts.title ?? '(chưa rõ)',
    issuer,
    place,
    issued: issued ?? `${year}-01-01`,
    year,
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
    assumed: { reporting: 'Văn bản không quy định chế độ báo cáo; giả định báo cáo hằng tháng, chốt số liệu theo Nghị định 09/2019/NĐ-CP.' },
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

  return { plan, units: [PLACEHOLDER_UNIT], legalBases, targets, tasks: sectionTasks, review };
}
