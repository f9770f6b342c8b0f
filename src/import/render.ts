/**
 * The draft as files, in the layout of plans/2024: plan.yaml, units.yaml, legal-bases.yaml,
 * targets.yaml, tasks/<section>-<slug>.yaml, each opening with the editor schema line. Pure.
 */
import { stringify } from 'yaml';
import type { Draft } from './draft.js';
import { slug } from './slug.js';

export interface RenderOptions {
  /** Path of plan.schema.json relative to the plan folder ("../plan.schema.json", "plan.schema.json"). */
  schemaFromFolder: string;
  /** What the draft was made from, for the header comments. */
  source: string;
  /** Header comments of `plan init`, which is not an import (its drafts said "do plan import tạo"). */
  comments?: { draft?: string; units?: string };
}

const yaml = (value: unknown) => stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', indentSeq: true, aliasDuplicateObjects: false });

function file(schema: string, comment: string[], body: unknown): string {
  return `# yaml-language-server: $schema=${schema}\n${comment.map((c) => `# ${c}`).join('\n')}\n${yaml(body)}`;
}

export function taskFileName(sectionId: string, title: string): string {
  return `tasks/${sectionId}-${slug(title, 5)}.yaml`;
}

export function renderDraft(d: Draft, o: RenderOptions): Record<string, string> {
  const top = o.schemaFromFolder;
  const sub = top.startsWith('../') || !top.startsWith('/') ? `../${top}` : top;
  const out: Record<string, string> = {};
  const draft = o.comments?.draft ?? `BẢN NHÁP do "plan import" tạo từ ${o.source}: các trường ghi trong "assumed" là suy đoán, cần cơ quan xác nhận.`;
  out['plan.yaml'] = file(top, [`Phần đầu và phần cuối của Kế hoạch ${d.plan.symbol}.`, draft], { plan: d.plan });
  out['units.yaml'] = file(top, [o.comments?.units ?? 'Đơn vị chịu trách nhiệm. Văn bản không nêu đơn vị: khai báo các đơn vị của phường, xã rồi thay "chua-giao".'], { units: d.units });
  out['legal-bases.yaml'] = file(top, ['Các căn cứ pháp lý mà kế hoạch viện dẫn; "citation" là cụm từ nguyên văn trong kế hoạch.'], { legalBases: d.legalBases });
  out['targets.yaml'] = file(top, ['Các chỉ tiêu chủ yếu; "wording" giữ nguyên văn câu chỉ tiêu.', draft], { targets: d.targets });
  for (const { section, tasks } of d.tasks) {
    out[taskFileName(section.id, section.title)] = file(sub, [`Nhiệm vụ, giải pháp mục ${section.id} "${section.title}": ${tasks.length} nhiệm vụ, nội dung nguyên văn.`], { tasks });
  }
  return out;
}
