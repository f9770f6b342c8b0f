import type { RecordProblem } from '../record/record-input.js';
import type { Lang } from './lang.js';

type Texts = { message: string; hint?: string };

const NUMBER_REASON_VI: Record<string, string> = {
  empty: 'để trống',
  'not-a-number': 'không phải là số',
  'exponent-notation': 'không dùng dạng số mũ (1e5)',
  'bad-separators': 'dấu phân cách không đúng (dùng "93,5" hoặc "1.234.567")',
  'bad-grouping': 'nhóm hàng nghìn không đúng (mỗi nhóm sau dấu chấm có 3 chữ số: "1.234.567")',
  'not-finite': 'số quá lớn hoặc không xác định',
  'several-numbers': 'có nhiều hơn một số',
  'unit-mismatch': 'đơn vị viết kèm không khớp đơn vị của chỉ tiêu',
};
const NUMBER_REASON_EN: Record<string, string> = {
  empty: 'is empty',
  'not-a-number': 'is not a number',
  'exponent-notation': 'uses exponent notation (1e5)',
  'bad-separators': 'has misplaced separators (write "93,5" or "1.234.567")',
  'bad-grouping': 'has wrong thousands groups (3 digits after each dot: "1.234.567")',
  'not-finite': 'is too large or undefined',
  'several-numbers': 'holds more than one number',
  'unit-mismatch': "has a unit that does not match the target's",
};

function vi(p: RecordProblem): Texts {
  switch (p.code) {
    case 'no-subject':
      return { message: 'Chưa chỉ rõ ghi cho chỉ tiêu hay nhiệm vụ nào.', hint: 'plan record <mã chỉ tiêu> <số liệu>, hoặc plan record --task <mã nhiệm vụ> --status done' };
    case 'both-subjects':
      return { message: 'Chỉ ghi cho một chỉ tiêu hoặc một nhiệm vụ, không cả hai.' };
    case 'unknown-target':
      return { message: `Không có chỉ tiêu "${p.id}".`, hint: p.suggestion ? `Có phải ý bạn là "${p.suggestion}"?` : 'Xem danh sách: plan status' };
    case 'unknown-task':
      return { message: `Không có nhiệm vụ "${p.id}".`, hint: p.suggestion ? `Có phải ý bạn là "${p.suggestion}"?` : 'Xem danh sách: plan overdue --within 365' };
    case 'missing-value':
      return { message: `Thiếu số liệu cho chỉ tiêu "${p.target}".`, hint: `plan record ${p.target} <số liệu>` };
    case 'bad-number':
      return {
        message: `"${p.text}" ${NUMBER_REASON_VI[p.reason] ?? 'không đọc được'}.`,
        hint: `Chỉ tiêu tính bằng "${p.unit}". Viết như "93,5", "93.5", "1.234.567"${p.unit.includes('đồng') ? ' hoặc "6.021.447.000 đồng"' : ''}.`,
      };
    case 'implausible-value':
      return {
        message:
          p.rule === 'percent'
            ? `Tỷ lệ ${p.value}% lớn hơn 100%.`
            : p.rule === 'negative'
              ? `Số liệu âm (${p.value}) không hợp lý cho chỉ tiêu này.`
              : `Số liệu ${p.value} lớn hơn tổng số ${p.limit}.`,
        hint: 'Kiểm tra lại con số và dấu thập phân (93,5 chứ không phải 935).',
      };
    case 'value-for-task':
      return { message: 'Nhiệm vụ không ghi số liệu.', hint: 'Dùng --status done|in-progress|blocked|cancelled và --note.' };
    case 'status-for-target':
      return { message: 'Chỉ tiêu không ghi trạng thái (--status); hãy ghi số liệu.' };
    case 'bad-status':
      return { message: `Trạng thái "${p.text}" không hợp lệ.`, hint: `${p.suggestion ? `Có phải ý bạn là "${p.suggestion}"? ` : ''}Chọn một trong: ${p.allowed.join(', ')}.` };
    case 'bad-date':
      return { message: `Ngày "${p.text}" không hợp lệ.`, hint: 'Viết ngày có thật dạng YYYY-MM-DD, vd. 2024-06-14.' };
    case 'date-outside-plan':
      return { message: `Ngày ${p.date} nằm ngoài kỳ kế hoạch (${p.start} đến ${p.end}).`, hint: 'Kiểm tra lại năm, hoặc ghi vào kế hoạch của năm đó.' };
    case 'date-in-future':
      return { message: `Ngày ${p.date} ở sau ngày hiện tại (${p.asOf}).`, hint: 'Chỉ ghi số liệu đã có; nếu đang ghi bù, dùng --as-of.' };
    case 'bad-period':
      return { message: `Kỳ "${p.text}" không hợp lệ.`, hint: 'Viết như 2024, 2024-06, 2024-Q2, 2024-H1, 2024-9M.' };
    case 'date-before-period':
      return { message: `Ngày ${p.date} ở trước khi kỳ ${p.period} bắt đầu (${p.start}).`, hint: 'Số liệu của một kỳ được ghi từ ngày đầu kỳ trở đi.' };
    case 'duplicate':
      return { message: `Số liệu này đã được ghi ở ${p.file}:${p.line}.`, hint: 'Không ghi lại. Nếu con số đã đổi, ghi ngày mới hoặc sửa mục cũ.' };
  }
}

function en(p: RecordProblem): Texts {
  switch (p.code) {
    case 'no-subject':
      return { message: 'Say which target or task to record.', hint: 'plan record <target id> <figure>, or plan record --task <task id> --status done' };
    case 'both-subjects':
      return { message: 'Record for one target or one task, not both.' };
    case 'unknown-target':
      return { message: `No target "${p.id}".`, hint: p.suggestion ? `Did you mean "${p.suggestion}"?` : 'See the list: plan status' };
    case 'unknown-task':
      return { message: `No task "${p.id}".`, hint: p.suggestion ? `Did you mean "${p.suggestion}"?` : 'See the list: plan overdue --within 365' };
    case 'missing-value':
      return { message: `No figure given for target "${p.target}".`, hint: `plan record ${p.target} <figure>` };
    case 'bad-number':
      return {
        message: `"${p.text}" ${NUMBER_REASON_EN[p.reason] ?? 'cannot be read'}.`,
        hint: `The target is measured in "${p.unit}". Write "93,5", "93.5", "1.234.567"${p.unit.includes('đồng') ? ' or "6.021.447.000 đồng"' : ''}.`,
      };
    case 'implausible-value':
      return {
        message:
          p.rule === 'percent' ? `A rate of ${p.value}% is above 100%.` : p.rule === 'negative' ? `A negative figure (${p.value}) cannot be right here.` : `${p.value} is more than the total ${p.limit}.`,
        hint: 'Check the number and its decimal mark (93,5, not 935).',
      };
    case 'value-for-task':
      return { message: 'Tasks take no figure.', hint: 'Use --status done|in-progress|blocked|cancelled and --note.' };
    case 'status-for-target':
      return { message: 'Targets take a figure, not --status.' };
    case 'bad-status':
      return { message: `Invalid status "${p.text}".`, hint: `${p.suggestion ? `Did you mean "${p.suggestion}"? ` : ''}Use one of: ${p.allowed.join(', ')}.` };
    case 'bad-date':
      return { message: `Invalid date "${p.text}".`, hint: 'Write a real date as YYYY-MM-DD, e.g. 2024-06-14.' };
    case 'date-outside-plan':
      return { message: `Date ${p.date} is outside the plan period (${p.start} to ${p.end}).`, hint: "Check the year, or record it in that year's plan." };
    case 'date-in-future':
      return { message: `Date ${p.date} is after today (${p.asOf}).`, hint: 'Record figures that exist; when catching up, pass --as-of.' };
    case 'bad-period':
      return { message: `Invalid period "${p.text}".`, hint: 'Write 2024, 2024-06, 2024-Q2, 2024-H1 or 2024-9M.' };
    case 'date-before-period':
      return { message: `Date ${p.date} is before period ${p.period} starts (${p.start}).`, hint: "A period's figure is dated on or after its first day." };
    case 'duplicate':
      return { message: `This entry is already recorded at ${p.file}:${p.line}.`, hint: 'Nothing written. If the figure changed, record it with a new date or edit the old entry.' };
  }
}

export function recordProblemText(p: RecordProblem, lang: Lang): Texts {
  return lang === 'vi' ? vi(p) : en(p);
}
