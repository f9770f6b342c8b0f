import { runsText } from '../render/document-value-text.js';
import type { Block } from './block.js';
import type { OfficialReport } from './official-report.js';

/**
 * The starting draft of a narrative file (`plan report --init`): every heading of the báo cáo, and
 * under each the sentences plan writes itself, inside <!-- comments --> so that they are a guide to
 * write against and never come out twice (the figures are regenerated on every run; only what people
 * write outside the comments goes into the report).
 */
export function narrativeDraft(report: OfficialReport, planSymbol: string): string {
  const lines: string[] = [
    `<!-- Lời văn cho ${report.letterhead.docType.toLowerCase()} "${report.letterhead.subject}" (Kế hoạch ${planSymbol}).`,
    '     Viết dưới từng tiêu đề; đoạn văn được đặt sau các câu số liệu của phần đó, giữ nguyên từng chữ.',
    '     Các câu trong chú thích "plan viết" là số liệu plan tự viết lại mỗi lần chạy: không cần chép.',
    '     Đoạn trước tiêu đề đầu tiên (nếu có) thay câu mở đầu. -->',
    '',
  ];
  const generated: string[] = [];
  const flush = () => {
    if (generated.length === 0) return;
    lines.push('<!-- plan viết:', ...generated.map((g) => `     ${g.replace(/--/g, '–')}`), '-->', '');
    generated.length = 0;
  };
  const visit = (b: Block) => {
    if (b.kind === 'heading') {
      flush();
      // Fields are matched by name, so their running number is left out.
      const text = b.level === 3 ? b.text.replace(/^\d+\.\s+/u, '') : b.text;
      lines.push(`${'#'.repeat(b.level)} ${text}`, '');
    } else if (b.kind === 'paragraph' || b.kind === 'note') {
      generated.push(runsText(b.runs, 'vi'));
    }
  };
  report.body.blocks.forEach(visit);
  flush();
  return `${lines.join('\n').trimEnd()}\n`;
}
