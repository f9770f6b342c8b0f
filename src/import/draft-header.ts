/** The draft's plan header: its year or term, issuer, place and signer, with what the office must confirm of them; apart from the targets and tasks it heads. */
import type { NamedPeriod, PlanHeader, Term } from '../model/plan-header.js';
import type { Section } from '../model/section.js';
import type { DraftOptions, ReviewItem } from './draft.js';
import { findPlanPeriod } from './plan-period.js';
import { slug, uniqueId } from './slug.js';
import type { DocumentParts } from './structure.js';
import type { TargetRun } from './target-run.js';

/** The document names no year or term, and no --year or --as-of was given. */
export class NoPlanYearError extends Error {
  constructor() {
    super('no plan year');
    this.name = 'NoPlanYearError';
  }
}

/** What the document says of the plan's time and of who issues it. */
export interface DraftHead {
  /** The plan year; of a term plan, the term's first year. */
  year: number;
  term: Term | undefined;
  /** Why the term starts the year after the one written, when it does. */
  termAssumed: string | undefined;
  title: string | undefined;
  issued: string | undefined;
  place: string;
  issuer: string;
}

/** The year or term (the document's, else --year or --as-of), and the header fields, each one not read put on `review`. */
export function draftHead(parts: DocumentParts, run: TargetRun, options: DraftOptions, review: ReviewItem[]): DraftHead {
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
  return { year, term, termAssumed, title, issued, place, issuer };
}

/** The plan header of the draft, from its head and what the rest of the draft found. */
export function planHeader(parts: DocumentParts, head: DraftHead, found: { sections: Section[]; headerBases: string[]; periods: NamedPeriod[]; noteParts: string[] }): PlanHeader {
  const { year, term, termAssumed, title, issued, place, issuer } = head;
  const { sections, headerBases, periods, noteParts } = found;
  return {
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
}
