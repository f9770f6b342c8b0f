/** The draft's sections of part II and their tasks, ids prefixed by field; apart from the targets, which come from part I. */
import type { Section } from '../model/section.js';
import type { Task } from '../model/task.js';
import type { ReviewItem } from './draft.js';
import type { LegalBasisCollector } from './legal-bases.js';
import { LEAD_REASON, PLACEHOLDER_UNIT } from './placeholder-unit.js';
import { uniqueId } from './slug.js';
import type { DocumentParts } from './structure.js';

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

/** Every section, and for each that has tasks its tasks (citing legal bases through `bases`, in document order). */
export function draftTasks(parts: DocumentParts, bases: LegalBasisCollector, review: ReviewItem[]): { sections: Section[]; sectionTasks: { section: Section; tasks: Task[] }[] } {
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
  return { sections, sectionTasks };
}
