/**
 * A draft plan from the parts of a document: header, units, legal bases, targets, tasks. Pure. Every
 * field the document does not state is filled with a guess and marked in the item's `assumed` map;
 * whatever could not be structured is kept verbatim in the plan's `note`. `review` lists what the
 * office must confirm.
 *
 * Each part is drafted in its own file: the header in draft-header.ts, the tasks in draft-tasks.ts, the
 * targets in draft-targets.ts (one target in draft-target.ts); this one orders them and gathers the
 * review and the note.
 */
import type { LegalBasis } from '../model/legal-basis.js';
import type { PlanHeader } from '../model/plan-header.js';
import type { Section } from '../model/section.js';
import type { Target } from '../model/target.js';
import type { Task } from '../model/task.js';
import type { Unit } from '../model/unit.js';
import { draftHead, planHeader } from './draft-header.js';
import { draftTargets } from './draft-targets.js';
import { draftTasks } from './draft-tasks.js';
import { LegalBasisCollector } from './legal-bases.js';
import { PLACEHOLDER_UNIT } from './placeholder-unit.js';
import type { DocumentParts } from './structure.js';
import { findTargetRun, type TargetRun } from './target-run.js';

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

export interface DraftOptions {
  /** The year to use when the document names none: --year, else the year of --as-of. */
  fallbackYear?: { year: number; from: '--year' | '--as-of' };
}

export function buildDraft(parts: DocumentParts, run: TargetRun = findTargetRun([], parts), options: DraftOptions = {}): Draft {
  const review: ReviewItem[] = [];
  const bases = new LegalBasisCollector();
  const noteParts: string[] = [];

  const head = draftHead(parts, run, options, review);

  const headerBases = parts.bases.flatMap((line) => bases.collect(line.replace(/^Căn cứ\s+/u, '').replace(/[.;]\s*$/u, ''), 'header'));
  for (const line of parts.bases) if (bases.collect(line, 'header').length === 0) noteParts.push(`Căn cứ chưa nhận dạng được: "${line}"`);
  if (parts.objective.length) bases.collect(parts.objective.join(' '), 'objective');

  const { sections, sectionTasks } = draftTasks(parts, bases, review);

  const { targets, periods, unparsed, unread } = draftTargets(parts, run, head.term, headerBases, review);
  if (unparsed.length) noteParts.push(`Chỉ tiêu chưa mã hóa được (nguyên văn): ${unparsed.map((u) => `"${u}"`).join('; ')}.`);
  if (unread.length) noteParts.push(`Câu có số liệu chưa đọc được (nguyên văn): ${unread.map((u) => `"${u}"`).join('; ')}.`);

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

  const plan = planHeader(parts, head, { sections, headerBases, periods, noteParts });

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
