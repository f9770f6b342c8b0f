import type { RecordProblem } from '../record/record-input.js';
import { formatVnNumber } from '../parse/vn-number.js';
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

const BASIS_VI = { pace: 'mức kế hoạch tính theo thời gian đã qua trong năm', plan: 'chỉ tiêu kế hoạch', last: 'số đã ghi lần trước' } as const;
const BASIS_EN = { pace: 'the plan prorated to the share of the year elapsed', plan: 'the plan figure', last: 'the last figure recorded' } as const;
/** A scale with each level's rank, as record takes it: 1 "Không hoàn thành nhiệm vụ", 2 "Hoàn thành nhiệm vụ". */
const levelList = (levels: readonly string[]) => levels.map((l, i) => `${i + 1} "${l}"`).join(', ');
const vn = (n: number) => formatVnNumber(n, { maxFractionDigits: 3 });
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

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
    case 'bad-ordinal':
      return p.kind === 'state'
        ? {
            message: p.reason === 'rank' ? `Chỉ tiêu "${p.target}" là trạng thái có/không: số liệu là 1 (đạt) hoặc 0 (chưa đạt), không phải ${p.text}.` : `"${p.text}" không phải số liệu của chỉ tiêu trạng thái "${p.target}".`,
            hint: 'Ghi "đạt" (hoặc 1) hay "chưa đạt" (hoặc 0); không dấu cũng được: "dat", "chua dat".',
          }
        : {
            message:
              p.reason === 'rank'
                ? `Thang xếp loại của chỉ tiêu "${p.target}" có ${p.levels.length} mức; ${p.text} không phải thứ bậc của mức nào.`
                : p.reason === 'ambiguous'
                  ? `"${p.text}" khớp nhiều mức của thang xếp loại: ${p.matches.map((l) => `"${l}"`).join(', ')}.`
                  : `"${p.text}" không phải một mức của thang xếp loại của chỉ tiêu "${p.target}".`,
            hint: `Ghi tên mức hoặc thứ bậc của nó: ${levelList(p.levels)}. Không phân biệt chữ hoa, chữ thường; không dấu cũng được; vài chữ đầu là đủ nếu không mức nào khác bắt đầu như vậy.`,
          };
    case 'implausible-value':
      return {
        message:
          p.rule === 'percent'
            ? `Tỷ lệ ${vn(p.value)}% lớn hơn 100%.`
            : p.rule === 'negative'
              ? `Số liệu âm (${p.value}) không hợp lý cho chỉ tiêu này.`
              : `Số liệu ${p.value} lớn hơn tổng số ${p.limit}.`,
        // Each refusal its own fix: "935 for 93,5" helps a rate, not a household count.
        hint:
          p.rule === 'percent'
            ? 'Kiểm tra lại con số và dấu thập phân (93,5 chứ không phải 935).'
            : p.rule === 'negative'
              ? `Ghi số ${p.unit} tại ngày đó (vd. còn 11), không ghi số tăng, giảm (-3); số giảm được tính từ mức gốc.`
              : `Ghi số không quá ${p.limit} (mẫu số của chỉ tiêu).`,
      };
    case 'value-for-task':
      return { message: 'Nhiệm vụ không ghi số liệu.', hint: 'Dùng --status done|in-progress|blocked|cancelled và --note.' };
    case 'status-for-target':
      return { message: 'Chỉ tiêu không ghi trạng thái (--status); hãy ghi số liệu.' };
    case 'bad-status':
      return { message: `Trạng thái "${p.text}" không hợp lệ.`, hint: `${p.suggestion ? `Có phải ý bạn là "${p.suggestion}"? ` : ''}Chọn một trong: ${p.allowed.join(', ')}.` };
    case 'bad-date':
      return { message: `Ngày "${p.text}" không hợp lệ.`, hint: 'Viết ngày có thật dạng dd/mm/yyyy hoặc YYYY-MM-DD, vd. 14/06/2024.' };
    case 'date-outside-plan':
      return { message: `Ngày ${vnDate(p.date)} nằm ngoài kỳ kế hoạch (${vnDate(p.start)} đến ${vnDate(p.end)}).`, hint: 'Kiểm tra lại năm, hoặc ghi vào kế hoạch của năm đó.' };
    case 'date-in-future':
      return { message: `Ngày ${vnDate(p.date)} ở sau ngày hiện tại (${vnDate(p.asOf)}).`, hint: 'Chỉ ghi số liệu đã có; nếu đang ghi bù, dùng --as-of.' };
    case 'bad-period':
      return { message: `Kỳ "${p.text}" không hợp lệ.`, hint: 'Viết như 2024, 2024-06, 2024-Q2, 2024-H1, 2024-9M.' };
    case 'date-before-period':
      return { message: `Ngày ${vnDate(p.date)} ở trước khi kỳ ${p.period} bắt đầu (${vnDate(p.start)}).`, hint: 'Số liệu của một kỳ được ghi từ ngày đầu kỳ trở đi.' };
    case 'duplicate':
      return { message: `Số liệu này đã được ghi ở ${p.file}:${p.line}.`, hint: 'Không ghi lại. Nếu con số đã đổi, ghi ngày mới hoặc sửa mục cũ.' };
    case 'missing-status':
      return {
        message: `Chưa ghi trạng thái cho nhiệm vụ "${p.task}".`,
        hint: 'Thêm --status, vd. --status "đang thực hiện" (hoặc "hoàn thành", "chưa thực hiện", "tạm dừng").',
      };
    case 'not-whole':
      return {
        message: `${vn(p.value)} ${p.unit}: "${p.unit}" đếm bằng số nguyên, không có phần lẻ.`,
        hint: `Ghi ${vn(p.lower)} hoặc ${vn(p.upper)} (kế hoạch khai báo "${p.unit}" trong wholeUnits).`,
      };
    case 'money-unit':
      return {
        message: `${vn(p.value)} ${p.unit} lớn gấp hàng nghìn lần kế hoạch; có lẽ con số tính bằng ${p.other}.`,
        hint: `${vn(p.value)} ${p.other} = ${vn(p.read)} ${p.unit}? Nếu đúng, ghi kèm đơn vị: "${vn(p.value)} ${p.other}".`,
      };
    case 'far-from-plan':
      return {
        message: `${vn(p.value)} ${p.unit} khác xa ${BASIS_VI[p.basis]} (${vn(p.expected)} ${p.unit}), lệch hơn ${p.factor} lần.`,
        hint: 'Kiểm tra lại con số, dấu thập phân và đơn vị. Nếu đúng là vậy, ghi lại với --yes.',
      };
    case 'conflict':
      return {
        message: `Ngày ${vnDate(p.date)} đã có số ${vn(p.value)} ở ${p.file}:${p.line}; số mới khác số đó.`,
        hint: 'Nếu đây là số đính chính, ghi lại với --correct (số cũ vẫn giữ trong lịch sử). Nếu là số của ngày khác, dùng --date.',
      };
    case 'nothing-to-correct':
      return { message: `Không có số nào đã ghi cho ngày ${vnDate(p.date)} để đính chính.`, hint: 'Bỏ --correct, hoặc ghi đúng ngày (--date) của số cần đính chính.' };
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
    case 'bad-ordinal':
      return p.kind === 'state'
        ? {
            message: p.reason === 'rank' ? `Target "${p.target}" is a yes/no state: its figure is 1 (achieved) or 0 (not achieved), not ${p.text}.` : `"${p.text}" is no figure of the yes/no target "${p.target}".`,
            hint: 'Write "yes" or "đạt" (or 1), "no" or "chưa đạt" (or 0); "dat", "chua dat" without diacritics will do.',
          }
        : {
            message:
              p.reason === 'rank'
                ? `The scale of target "${p.target}" has ${p.levels.length} levels; ${p.text} is the rank of none.`
                : p.reason === 'ambiguous'
                  ? `"${p.text}" matches several levels of the scale: ${p.matches.map((l) => `"${l}"`).join(', ')}.`
                  : `"${p.text}" is no level of the scale of target "${p.target}".`,
            hint: `Write a level's name or its rank: ${levelList(p.levels)}. Case and diacritics do not matter; the first words will do when no other level starts with them.`,
          };
    case 'implausible-value':
      return {
        message:
          p.rule === 'percent' ? `A rate of ${p.value}% is above 100%.` : p.rule === 'negative' ? `A negative figure (${p.value}) cannot be right here.` : `${p.value} is more than the total ${p.limit}.`,
        hint:
          p.rule === 'percent'
            ? 'Check the number and its decimal mark (93,5, not 935).'
            : p.rule === 'negative'
              ? `Record the count in ${p.unit} on that day (e.g. 11 left), not the change (-3); the change is worked out from the baseline.`
              : `Record at most ${p.limit} (the target's total).`,
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
    case 'missing-status':
      return { message: `No status given for task "${p.task}".`, hint: 'Add --status, e.g. --status in-progress (or done, not-started, blocked).' };
    case 'not-whole':
      return { message: `${p.value} ${p.unit}: "${p.unit}" is counted in whole numbers.`, hint: `Record ${p.lower} or ${p.upper} (the plan lists "${p.unit}" in wholeUnits).` };
    case 'money-unit':
      return { message: `${p.value} ${p.unit} is thousands of times the plan; the figure is probably in ${p.other}.`, hint: `${p.value} ${p.other} = ${p.read} ${p.unit}? If so, write the unit: "${p.value} ${p.other}".` };
    case 'far-from-plan':
      return {
        message: `${p.value} ${p.unit} is far from ${BASIS_EN[p.basis]} (${Math.round(p.expected * 100) / 100} ${p.unit}), more than ${p.factor} times off.`,
        hint: 'Check the number, its decimal mark and its unit. If it is right, record it again with --yes.',
      };
    case 'conflict':
      return { message: `${p.date} already has the figure ${p.value} at ${p.file}:${p.line}; the new one differs.`, hint: 'If it corrects that figure, record it with --correct (the old one stays in the history). If it is for another day, pass --date.' };
    case 'nothing-to-correct':
      return { message: `No figure is recorded for ${p.date} to correct.`, hint: 'Drop --correct, or pass the --date of the figure to correct.' };
  }
}

export function recordProblemText(p: RecordProblem, lang: Lang): Texts {
  return lang === 'vi' ? vi(p) : en(p);
}
