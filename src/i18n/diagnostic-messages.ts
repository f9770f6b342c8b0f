import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic, Params } from '../diagnostics/diagnostic.js';
import type { Lang } from './lang.js';
import { yamlDetailVi } from './yaml-messages.js';
import { formatVnNumber } from '../parse/vn-number.js';

type Text = (p: Params) => string;
interface Entry {
  message: Text;
  hint?: Text;
}

const KIND_VI: Record<string, string> = { unit: 'đơn vị', legalBasis: 'căn cứ', target: 'chỉ tiêu', task: 'nhiệm vụ', section: 'mục', period: 'kỳ' };
const KIND_EN: Record<string, string> = { unit: 'unit', legalBasis: 'legal basis', target: 'target', task: 'task', section: 'section', period: 'period' };
const DECLARED_IN: Record<string, string> = { unit: 'units', legalBasis: 'legalBases', target: 'targets', task: 'tasks', section: 'plan.sections', period: 'plan.periods' };
const TYPE_VI: Record<string, string> = { string: 'chuỗi chữ', number: 'số', boolean: 'true/false', array: 'danh sách', map: 'bảng khóa-giá trị', object: 'bảng khóa-giá trị', null: 'giá trị rỗng', int: 'số nguyên', 'non-finite': 'số không hữu hạn (NaN hoặc vô cực)' };

/** Dates and figures in Vietnamese messages as the office writes them: 14/06/2024, 111,6. */
const dmy = (v: unknown) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v ?? ''));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(v ?? '');
};
const vnNum = (v: unknown) => (typeof v === 'number' ? formatVnNumber(v, { maxFractionDigits: 6 }) : String(v ?? ''));

/** The section of the format guide (docs/format.md, `plan help format N`) for the keys above a field. */
const GUIDE_SECTION: Record<string, number> = { plan: 5, units: 6, legalBases: 7, targets: 8, tasks: 10, entries: 11 };
const guideFor = (p: Params): string => {
  const keys = String(p.within ?? '').split('.');
  const n = keys.includes('comparison') || keys.includes('stretch') ? 9 : GUIDE_SECTION[keys[0] ?? ''];
  return n === undefined ? 'plan help format' : `plan help format ${n}`;
};

const didYouMeanVi = (p: Params) => (p.suggestion !== undefined ? `Có phải ý bạn là "${p.suggestion}"? ` : '');
const didYouMeanEn = (p: Params) => (p.suggestion !== undefined ? `Did you mean "${p.suggestion}"? ` : '');

/** A comparison as the wording check quotes it: kind (as in comparison.ts) and figure. */
function wordingVi(kind: unknown, figure: unknown): string {
  const f = String(figure ?? '');
  const words: Record<string, string> = {
    'at-least': `từ ${f} trở lên (at-least)`,
    above: `trên ${f} (above)`,
    'at-most': `không quá ${f} (at-most)`,
    below: `dưới ${f} (below)`,
    exactly: `đúng ${f} (exactly)`,
    maintain: `duy trì ${f} (maintain)`,
    range: `trong khoảng ${f} (range)`,
    'change-increase': `tăng ${f} (change increase)`,
    'change-decrease': `giảm ${f} (change decrease)`,
    assigned: 'chỉ tiêu cấp trên giao (assigned)',
    unit: `đơn vị tính "${f}"`,
    figures: f ? `các con số ${f}` : 'không có con số nào',
    direction: `hướng "${f}" (${f === 'lower' ? 'càng thấp càng tốt' : 'càng cao càng tốt'})`,
  };
  return words[String(kind)] ?? `${kind} ${f}`.trim();
}

function wordingEn(kind: unknown, figure: unknown): string {
  const f = String(figure ?? '');
  const words: Record<string, string> = {
    'at-least': `at least ${f}`,
    above: `above ${f}`,
    'at-most': `at most ${f}`,
    below: `below ${f}`,
    exactly: `exactly ${f}`,
    maintain: `maintain ${f}`,
    range: `the range ${f}`,
    'change-increase': `an increase of ${f}`,
    'change-decrease': `a decrease of ${f}`,
    assigned: 'a figure assigned by the level above',
    unit: `the unit "${f}"`,
    figures: f ? `the figures ${f}` : 'no figure at all',
    direction: `direction "${f}" (${f === 'lower' ? 'lower is better' : 'higher is better'})`,
  };
  return words[String(kind)] ?? `${kind} ${f}`.trim();
}

const VI: Record<DiagnosticCode, Entry> = {
  'io-error': { message: (p) => `Không đọc được tệp (${p.detail}).`, hint: () => 'Kiểm tra tệp còn tồn tại và bạn có quyền đọc.' },
  'not-text': {
    message: (p) => (p.reason === 'nul' ? 'Tệp không phải văn bản (có byte NUL).' : 'Tệp không phải văn bản UTF-8.'),
    hint: () => 'Tệp kế hoạch phải là văn bản YAML mã hóa UTF-8. Nếu chép từ Word, hãy dán dạng văn bản thuần.',
  },
  'too-many-items': {
    message: (p) => `Tệp có quá nhiều dòng và mục (hơn ${p.limit}); một tệp kế hoạch chỉ có vài nghìn.`,
    hint: () => 'Tách dữ liệu thành nhiều tệp, hoặc bỏ tệp không phải kế hoạch ra khỏi thư mục.',
  },
  'file-too-large': { message: (p) => `Tệp quá lớn (${p.size} byte; tối đa ${p.limit}).`, hint: () => 'Tách dữ liệu thành nhiều tệp, hoặc bỏ tệp không phải kế hoạch ra khỏi thư mục.' },
  'linked-folder': {
    message: (p) => `Thư mục này là liên kết (symlink) tới "${p.target}", nằm ngoài thư mục kế hoạch; plan không đọc tệp ở đó, nên số liệu trong đó không được tính.`,
    hint: () => 'Chép thư mục vào trong thư mục kế hoạch (thay cho liên kết), để số liệu đi cùng kế hoạch trong git.',
  },
  'merge-conflict': {
    message: (p) => `Xung đột khi gộp (merge) chưa được giải quyết, ở dòng ${p.lines}.`,
    hint: () => 'Mở tệp, giữ lại nội dung đúng, xóa các dòng <<<<<<<, ======= và >>>>>>>, rồi commit.',
  },
  'yaml-syntax': {
    message: (p) =>
      p.expected !== undefined
        ? `Thụt lề sai: dòng này lùi vào ${p.found} dấu cách, không thẳng cột với dòng nào cùng cấp phía trên.`
        : `Lỗi cú pháp YAML: ${yamlDetailVi(String(p.detail))}`,
    hint: (p) =>
      p.expected !== undefined
        ? `Lùi dòng này vào ${p.expected} dấu cách (chỉ dùng dấu cách, không dùng tab), thẳng cột với các khóa cùng cấp.`
        : 'Kiểm tra thụt lề (dùng dấu cách), dấu hai chấm sau tên khóa, và dấu nháy đóng mở.',
  },
  'yaml-duplicate-key': { message: (p) => `Khóa "${p.key}" xuất hiện hai lần trong cùng một bảng.`, hint: () => 'Xóa hoặc đổi tên một trong hai khóa; YAML chỉ giữ được một.' },
  'yaml-alias': { message: (p) => `Không dùng alias YAML (*${p.name}) trong tệp kế hoạch.`, hint: () => 'Viết đầy đủ giá trị thay cho alias; tệp kế hoạch phải đọc được từng dòng.' },
  'yaml-tab': { message: () => 'Có ký tự tab.', hint: () => 'Thay tab bằng dấu cách (YAML không cho thụt lề bằng tab; tab thường lẫn vào khi chép từ Word).' },
  'yaml-lone-cr': {
    message: () => 'Ký tự xuống dòng CR đứng một mình (kiểu máy Mac cũ): các trình đọc YAML hiểu khác nhau về dòng của tệp.',
    hint: () => 'Lưu lại tệp với kiểu xuống dòng LF hoặc CRLF (trong trình soạn thảo: "End of Line").',
  },
  'yaml-proto-key': { message: () => 'Khóa "__proto__" không được phép.', hint: () => 'Xóa khóa này; nó không có nghĩa trong tệp kế hoạch.' },
  'yaml-too-deep': { message: () => 'Cấu trúc lồng nhau quá sâu, không đọc được.', hint: () => 'Tệp kế hoạch chỉ lồng vài cấp; kiểm tra tệp có bị sinh tự động sai không.' },
  'missing-field': { message: (p) => `Thiếu trường bắt buộc "${p.field}".`, hint: (p) => `Thêm "${p.field}: ..." vào mục này (xem ${guideFor(p)}).` },
  'unknown-field': {
    message: (p) => (p.renamed ? `Trường "${p.field}" không có trong định dạng, và mục này thiếu trường bắt buộc "${p.suggestion}".` : `Trường "${p.field}" không có trong định dạng.`),
    hint: (p) => `${didYouMeanVi(p)}${p.allowed ? `Các trường hợp lệ: ${p.allowed}.` : ''}`,
  },
  'wrong-type': {
    message: (p) => `"${p.field}" phải là ${TYPE_VI[String(p.expected)] ?? p.expected}, nhưng đang là ${TYPE_VI[String(p.received)] ?? p.received} (${p.value}).`,
    hint: (p) =>
      p.hint === 'quote'
        ? `Đặt giá trị trong dấu nháy để giữ nguyên là chữ: "${p.value}".`
        : p.hint === 'finite'
          ? 'Ghi một con số hữu hạn, ví dụ 93.5; .nan, .inf và 1e309 không phải số liệu.'
          : p.hint === 'decimal'
            ? `Viết ${p.fixed}, dấu chấm thập phân, không có dấu ngăn cách hàng nghìn (tệp YAML không đọc ${p.value} là số).`
            : 'Sửa giá trị cho đúng kiểu.',
  },
  'invalid-value': {
    message: (p) => `Giá trị "${p.value}" của "${p.field}" không hợp lệ.`,
    hint: (p) => `${didYouMeanVi(p)}Chọn một trong: ${p.allowed}.`,
  },
  'invalid-date': {
    message: (p) => `Ngày "${p.value}" không hợp lệ.`,
    hint: (p) =>
      p.suggestion !== undefined
        ? `Ngày viết YYYY-MM-DD (năm-tháng-ngày): ${p.suggestion}.`
        : 'Viết ngày có thật dạng YYYY-MM-DD, vd. 2024-07-27 (2024-02-30 và 2023-02-29 không tồn tại).',
  },
  'invalid-id': {
    message: (p) => `Mã "${p.value}" không hợp lệ.`,
    hint: () => 'Mã dùng chữ thường không dấu, số, ".", "-", "_", vd. "bhyt", "kt-01".',
  },
  'invalid-format': { message: (p) => `Giá trị "${p.value}" của "${p.field}" sai định dạng.`, hint: (p) => String(p.detail ?? '') },
  'empty-text': { message: (p) => `"${p.field}" không được để trống.`, hint: () => 'Điền nội dung, hoặc xóa trường nếu nó không bắt buộc.' },
  'out-of-range': { message: (p) => `"${p.field}" = ${p.value} ${p.bound === 'min' ? 'nhỏ hơn mức tối thiểu' : 'lớn hơn mức tối đa'} ${p.limit}.`, hint: () => 'Sửa con số.' },
  'missing-plan': {
    message: () => 'Thư mục kế hoạch không có phần đầu kế hoạch (khóa "plan:").',
    hint: () => 'Tạo plan.yaml với khóa "plan:" (số ký hiệu, trích yếu, năm, ...). Xem plan help format 5.',
  },
  'duplicate-plan': { message: (p) => `Phần đầu kế hoạch ("plan:") đã có ở ${p.first}.`, hint: () => 'Mỗi thư mục kế hoạch chỉ có một khóa "plan:"; xóa bản thừa.' },
  'duplicate-id': {
    message: (p) => `Mã ${KIND_VI[String(p.kind)] ?? p.kind} "${p.id}" bị trùng (đã khai báo ở ${p.first}).`,
    hint: () => 'Đổi một trong hai mã cho khác nhau.',
  },
  'unknown-ref': {
    message: (p) => `Không có ${KIND_VI[String(p.kind)] ?? p.kind} nào mang mã "${p.id}".`,
    hint: (p) => `${didYouMeanVi(p)}Khai báo nó trong "${DECLARED_IN[String(p.kind)] ?? p.kind}" hoặc sửa mã.`,
  },
  'date-outside-plan': {
    message: (p) => `Ngày ${dmy(p.date)} nằm ngoài kỳ kế hoạch (${dmy(p.start)} đến ${dmy(p.end)}).`,
    hint: () => 'Kiểm tra lại năm; hoặc nếu đúng là việc của kỳ khác, đưa vào kế hoạch của kỳ đó.',
  },
  'period-reversed': { message: (p) => `Kỳ bắt đầu (${dmy(p.start)}) sau ngày kết thúc (${dmy(p.end)}).`, hint: () => 'Đổi chỗ hai ngày.' },
  'percent-out-of-range': { message: (p) => `Tỷ lệ ${vnNum(p.value)}% nằm ngoài khoảng 0-100.`, hint: () => 'Tỷ lệ phần trăm phải từ 0 đến 100; kiểm tra dấu thập phân (11,16% viết là 11.16).' },
  'impossible-comparison': {
    message: (p) => {
      switch (p.reason) {
        case 'range':
          return `Chỉ tiêu "${p.id}" không thể đạt: đầu dưới (${p.min}) lớn hơn đầu trên (${p.max}).`;
        case 'change-range':
          return `Chỉ tiêu "${p.id}": mức tăng/giảm tối đa (${p.max}) nhỏ hơn mức tối thiểu (${p.min}).`;
        case 'out-of':
          return `Chỉ tiêu "${p.id}" không thể đạt: ${p.value} lớn hơn tổng số ${p.outOf}.`;
        case 'decrease-over-100':
          return `Chỉ tiêu "${p.id}" không thể đạt: không thể giảm quá 100% (${p.value}%).`;
        case 'negative-change':
          return `Chỉ tiêu "${p.id}": mức thay đổi phải là số dương (${p.value}); hướng tăng/giảm ghi ở "direction".`;
        case 'level-not-on-scale':
          return `Chỉ tiêu "${p.id}": mức phải đạt ("level") không có trong thang xếp loại ("scale", ${p.levels} mức); chép đúng một mức của thang.`;
        default:
          return `Chỉ tiêu "${p.id}" không thể đạt với giá trị ${p.value}.`;
      }
    },
    hint: () => 'Đối chiếu lại với câu chỉ tiêu trong văn bản (trường "wording").',
  },
  'direction-mismatch': {
    message: (p) => `Chỉ tiêu "${p.id}": so sánh "${p.kind}" ngược chiều với direction "${p.direction}".`,
    hint: () => '"dưới", "không quá", "giảm" là càng thấp càng tốt (direction: lower); "trên", "từ ... trở lên", "tăng" là higher.',
  },
  'basis-after-plan': { message: (p) => `Căn cứ ban hành ngày ${dmy(p.date)}, sau ngày ban hành kế hoạch (${dmy(p.issued)}).`, hint: () => 'Kiểm tra lại ngày của căn cứ hoặc của kế hoạch.' },
  'basis-symbol': {
    message: (p) => {
      switch (p.problem) {
        case 'padding':
          return `Số ký hiệu "${p.symbol}": số nhỏ hơn 10 phải viết thêm số 0 ở đầu.`;
        case 'type-case':
          return `Số ký hiệu "${p.symbol}": viết tắt loại văn bản "${p.type}" sai chữ hoa/thường.`;
        case 'unknown-type':
          return `Số ký hiệu "${p.symbol}": "${p.type}" không phải chữ viết tắt loại văn bản theo Nghị định 30/2020/NĐ-CP.`;
        case 'kind-mismatch':
          return `Số ký hiệu "${p.symbol}" mang loại "${p.type}", nhưng căn cứ khai báo là ${p.kind} (${p.expected}).`;
        default:
          return `Số ký hiệu "${p.symbol}" không theo mẫu của Nghị định 30/2020/NĐ-CP.`;
      }
    },
    hint: (p) => (p.suggestion ? `Có lẽ là "${p.suggestion}".` : 'Mẫu: "05/KH-UBND", "144/2021/NĐ-CP", "39-CT/TW", "TCVN ISO 9001:2015". Giữ nguyên văn nếu văn bản gốc viết như vậy.'),
  },
  'task-no-schedule': {
    message: (p) => `Nhiệm vụ "${p.id}" không có hạn (due) cũng không có chu kỳ báo cáo (cadence).`,
    hint: () => 'Thêm "due: YYYY-MM-DD" hoặc "cadence: monthly" (và ghi lý do trong "assumed" nếu văn bản không nêu).',
  },
  'entry-subject': {
    message: (p) => (p.both ? 'Số liệu ghi cho cả chỉ tiêu (target) lẫn nhiệm vụ (task).' : 'Số liệu không ghi cho chỉ tiêu (target) hay nhiệm vụ (task) nào.'),
    hint: () => 'Mỗi mục số liệu có đúng một trong hai: "target: <mã>" hoặc "task: <mã>".',
  },
  'entry-field': {
    message: (p) =>
      p.problem === 'missing'
        ? `Số liệu của chỉ tiêu thiếu "${p.field}".`
        : `Số liệu của ${p.subject === 'target' ? 'chỉ tiêu' : 'nhiệm vụ'} không dùng trường "${p.field}".`,
    hint: (p) => (p.subject === 'target' ? 'Chỉ tiêu ghi "value: <số>"; nhiệm vụ ghi "status: done|in-progress|blocked|cancelled".' : 'Nhiệm vụ ghi "status", không ghi "value".'),
  },
  'entry-duplicate': { message: (p) => `Số liệu này trùng với mục đã ghi ở ${p.first}.`, hint: () => 'Xóa mục trùng (thường do ghi hai lần hoặc gộp nhánh).' },
  'entry-in-future': { message: (p) => `Số liệu ghi ngày ${dmy(p.date)}, sau ngày hiện tại (${dmy(p.asOf)}).`, hint: () => 'Kiểm tra lại ngày; hoặc dùng --as-of nếu đang xem lại quá khứ.' },
  'wording-mismatch': {
    message: (p) =>
      p.hasKind === 'no-stretch'
        ? `Chỉ tiêu "${p.id}": câu chỉ tiêu có mục tiêu phấn đấu (${wordingVi(p.saidKind, p.said)}) nhưng không có "stretch".`
        : `Chỉ tiêu "${p.id}": "${p.field}" ghi ${wordingVi(p.hasKind, p.has)}, nhưng câu chỉ tiêu nói ${wordingVi(p.saidKind, p.said)}.`,
    hint: (p) => `Câu chỉ tiêu: "${p.wording}". Văn bản là chuẩn: sửa trường cho khớp, hoặc sửa "wording" nếu đã chép sai câu.`,
  },
  'declared-id-typo': {
    message: (p) => `Mã ${KIND_VI[String(p.kind)] ?? p.kind} "${p.declared}" không được dùng ở đâu, còn "${p.id}" được dùng ${p.uses} lần (đầu tiên ở ${p.first}) mà không được khai báo: có phải gõ nhầm mã ở đây?`,
    hint: (p) => `Sửa thành "id: ${p.id}" (một chỗ). Nếu "${p.declared}" mới là mã đúng thì sửa ${p.uses} chỗ dùng "${p.id}".`,
  },
  placeholder: {
    message: (p) => `"${p.field}" còn chỗ "(chưa điền)" do plan init để lại.`,
    hint: (p) => `Thay "(chưa điền)" bằng nội dung của văn bản kế hoạch (xem ${guideFor(p)}).`,
  },
};

const EN: Record<DiagnosticCode, Entry> = {
  'io-error': { message: (p) => `Cannot read the file (${p.detail}).`, hint: () => 'Check that the file exists and that you may read it.' },
  'not-text': {
    message: (p) => (p.reason === 'nul' ? 'Not a text file (it contains NUL bytes).' : 'Not a UTF-8 text file.'),
    hint: () => 'Plan files are UTF-8 YAML text. When copying from Word, paste as plain text.',
  },
  'too-many-items': {
    message: (p) => `Too many lines and items in one file (over ${p.limit}); a plan file has a few thousand.`,
    hint: () => 'Split the data into several files, or move non-plan files out of the folder.',
  },
  'file-too-large': { message: (p) => `File too large (${p.size} bytes; at most ${p.limit}).`, hint: () => 'Split the data into several files, or move non-plan files out of the folder.' },
  'linked-folder': {
    message: (p) => `This folder is a link (symlink) to "${p.target}", outside the plan folder; plan does not read files there, so their figures are not counted.`,
    hint: () => 'Copy the folder into the plan folder (instead of the link), so that its figures travel with the plan in git.',
  },
  'merge-conflict': {
    message: (p) => `Unresolved merge conflict at line${String(p.lines).includes(',') ? 's' : ''} ${p.lines}.`,
    hint: () => 'Open the file, keep the right content, delete the <<<<<<<, ======= and >>>>>>> lines, then commit.',
  },
  'yaml-syntax': {
    message: (p) => (p.expected !== undefined ? `Bad indentation: this line is indented by ${p.found} spaces and lines up with no line of its level above.` : `YAML syntax error: ${p.detail}`),
    hint: (p) => (p.expected !== undefined ? `Indent this line by ${p.expected} spaces (spaces only, no tabs), in line with the keys of its level.` : 'Check indentation (spaces only), the colon after each key, and matching quotes.'),
  },
  'yaml-duplicate-key': { message: (p) => `Key "${p.key}" appears twice in the same map.`, hint: () => 'Delete or rename one of them; YAML keeps only one.' },
  'yaml-alias': { message: (p) => `YAML aliases (*${p.name}) are not allowed in plan files.`, hint: () => 'Write the value out in full; plan files must read line by line.' },
  'yaml-tab': { message: () => 'Tab character.', hint: () => 'Replace tabs with spaces (YAML forbids tab indentation; tabs often come in with text pasted from Word).' },
  'yaml-lone-cr': { message: () => 'A lone CR line break (old Mac style): YAML readers disagree on where its lines are.', hint: () => 'Save the file with LF or CRLF line endings (your editor\'s "End of Line").' },
  'yaml-proto-key': { message: () => 'The key "__proto__" is not allowed.', hint: () => 'Delete it; it means nothing in a plan file.' },
  'yaml-too-deep': { message: () => 'Nesting too deep to read.', hint: () => 'Plan files nest only a few levels; check whether the file was generated by mistake.' },
  'missing-field': { message: (p) => `Missing required field "${p.field}".`, hint: (p) => `Add "${p.field}: ..." here (see ${guideFor(p)}).` },
  'unknown-field': { message: (p) => (p.renamed ? `Unknown field "${p.field}", and this item lacks the required field "${p.suggestion}".` : `Unknown field "${p.field}".`), hint: (p) => `${didYouMeanEn(p)}${p.allowed ? `Valid fields: ${p.allowed}.` : ''}` },
  'wrong-type': {
    message: (p) => `"${p.field}" must be a ${p.expected}, but is a ${p.received === 'non-finite' ? 'non-finite number' : p.received} (${p.value}).`,
    hint: (p) =>
      p.hint === 'quote'
        ? `Quote the value to keep it text: "${p.value}".`
        : p.hint === 'finite'
          ? 'Write a finite figure, e.g. 93.5; .nan, .inf and 1e309 are not figures.'
          : p.hint === 'decimal'
            ? `Write ${p.fixed}: a decimal point and no thousands separator (YAML does not read ${p.value} as a number).`
            : 'Correct the value.',
  },
  'invalid-value': { message: (p) => `Invalid value "${p.value}" for "${p.field}".`, hint: (p) => `${didYouMeanEn(p)}Use one of: ${p.allowed}.` },
  'invalid-date': {
    message: (p) => `Invalid date "${p.value}".`,
    hint: (p) => (p.suggestion !== undefined ? `Dates are written YYYY-MM-DD: ${p.suggestion}.` : 'Write a real date as YYYY-MM-DD, e.g. 2024-07-27 (2024-02-30 and 2023-02-29 do not exist).'),
  },
  'invalid-id': { message: (p) => `Invalid id "${p.value}".`, hint: () => 'Ids use lowercase ASCII letters, digits, ".", "-", "_", e.g. "bhyt", "kt-01".' },
  'invalid-format': { message: (p) => `Value "${p.value}" of "${p.field}" has the wrong format.`, hint: (p) => String(p.detail ?? '') },
  'empty-text': { message: (p) => `"${p.field}" must not be empty.`, hint: () => 'Fill it in, or remove the field if it is optional.' },
  'out-of-range': { message: (p) => `"${p.field}" = ${p.value} is ${p.bound === 'min' ? 'below the minimum' : 'above the maximum'} ${p.limit}.`, hint: () => 'Correct the number.' },
  'missing-plan': { message: () => 'The plan folder has no plan header (key "plan:").', hint: () => 'Create plan.yaml with a "plan:" key (symbol, title, year, ...). See plan help format 5.' },
  'duplicate-plan': { message: (p) => `A plan header ("plan:") already exists in ${p.first}.`, hint: () => 'A plan folder has exactly one "plan:" key; delete the extra one.' },
  'duplicate-id': { message: (p) => `Duplicate ${KIND_EN[String(p.kind)] ?? p.kind} id "${p.id}" (first declared at ${p.first}).`, hint: () => 'Give one of them another id.' },
  'unknown-ref': {
    message: (p) => `No ${KIND_EN[String(p.kind)] ?? p.kind} has the id "${p.id}".`,
    hint: (p) => `${didYouMeanEn(p)}Declare it in "${DECLARED_IN[String(p.kind)] ?? p.kind}" or correct the id.`,
  },
  'date-outside-plan': { message: (p) => `Date ${p.date} is outside the plan period (${p.start} to ${p.end}).`, hint: () => 'Check the year; if it really belongs to another period, put it in that plan.' },
  'period-reversed': { message: (p) => `The period starts (${p.start}) after it ends (${p.end}).`, hint: () => 'Swap the two dates.' },
  'percent-out-of-range': { message: (p) => `Percentage ${p.value}% is outside 0-100.`, hint: () => 'Percentages run from 0 to 100; check the decimal mark (11,16% is written 11.16).' },
  'impossible-comparison': {
    message: (p) => {
      switch (p.reason) {
        case 'range':
          return `Target "${p.id}" cannot be met: the low end (${p.min}) is above the high end (${p.max}).`;
        case 'change-range':
          return `Target "${p.id}": the largest change (${p.max}) is below the smallest (${p.min}).`;
        case 'out-of':
          return `Target "${p.id}" cannot be met: ${p.value} is more than the total ${p.outOf}.`;
        case 'decrease-over-100':
          return `Target "${p.id}" cannot be met: nothing decreases by more than 100% (${p.value}%).`;
        case 'negative-change':
          return `Target "${p.id}": the change must be positive (${p.value}); "direction" says increase or decrease.`;
        case 'level-not-on-scale':
          return `Target "${p.id}": the level to reach ("level") is not on the scale ("scale", ${p.levels} levels); copy one level of the scale exactly.`;
        default:
          return `Target "${p.id}" cannot be met with the value ${p.value}.`;
      }
    },
    hint: () => 'Compare with the target sentence of the document ("wording").',
  },
  'direction-mismatch': {
    message: (p) => `Target "${p.id}": comparison "${p.kind}" runs against direction "${p.direction}".`,
    hint: () => '"dưới", "không quá", "giảm" mean lower is better (direction: lower); "trên", "từ ... trở lên", "tăng" mean higher.',
  },
  'basis-after-plan': { message: (p) => `The legal basis is dated ${p.date}, after the plan was issued (${p.issued}).`, hint: () => 'Check the date of the basis or of the plan.' },
  'basis-symbol': {
    message: (p) => {
      switch (p.problem) {
        case 'padding':
          return `Symbol "${p.symbol}": numbers below 10 are written with a leading zero.`;
        case 'type-case':
          return `Symbol "${p.symbol}": the type abbreviation "${p.type}" has the wrong case.`;
        case 'unknown-type':
          return `Symbol "${p.symbol}": "${p.type}" is not a document type abbreviation of Nghị định 30/2020/NĐ-CP.`;
        case 'kind-mismatch':
          return `Symbol "${p.symbol}" has type "${p.type}", but the basis is declared as ${p.kind} (${p.expected}).`;
        default:
          return `Symbol "${p.symbol}" does not follow the pattern of Nghị định 30/2020/NĐ-CP.`;
      }
    },
    hint: (p) => (p.suggestion ? `Perhaps "${p.suggestion}".` : 'Patterns: "05/KH-UBND", "144/2021/NĐ-CP", "39-CT/TW", "TCVN ISO 9001:2015". Keep it verbatim if the source says so.'),
  },
  'task-no-schedule': {
    message: (p) => `Task "${p.id}" has neither a deadline (due) nor a reporting cadence.`,
    hint: () => 'Add "due: YYYY-MM-DD" or "cadence: monthly" (and say why in "assumed" if the document does not).',
  },
  'entry-subject': {
    message: (p) => (p.both ? 'The entry names both a target and a task.' : 'The entry names neither a target nor a task.'),
    hint: () => 'Each entry has exactly one of "target: <id>" or "task: <id>".',
  },
  'entry-field': {
    message: (p) => (p.problem === 'missing' ? `A target entry needs "${p.field}".` : `A ${p.subject} entry does not take "${p.field}".`),
    hint: (p) => (p.subject === 'target' ? 'Targets take "value: <number>"; tasks take "status: done|in-progress|blocked|cancelled".' : 'Tasks take "status", not "value".'),
  },
  'entry-duplicate': { message: (p) => `This entry repeats the one at ${p.first}.`, hint: () => 'Delete the duplicate (usually recorded twice, or a merge).' },
  'entry-in-future': { message: (p) => `The entry is dated ${p.date}, after today (${p.asOf}).`, hint: () => 'Check the date, or pass --as-of when looking back.' },
  'wording-mismatch': {
    message: (p) =>
      p.hasKind === 'no-stretch'
        ? `Target "${p.id}": the wording sets a stretch goal (${wordingEn(p.saidKind, p.said)}) but there is no "stretch".`
        : `Target "${p.id}": "${p.field}" says ${wordingEn(p.hasKind, p.has)}, but the wording says ${wordingEn(p.saidKind, p.said)}.`,
    hint: (p) => `Wording: "${p.wording}". The document rules: correct the field, or "wording" if the sentence was copied wrong.`,
  },
  'declared-id-typo': {
    message: (p) => `The ${KIND_EN[String(p.kind)] ?? p.kind} id "${p.declared}" is used nowhere, while "${p.id}" is used ${p.uses} times (first at ${p.first}) and never declared: is this id mistyped?`,
    hint: (p) => `Write "id: ${p.id}" here (one place). If "${p.declared}" is the right id, change the ${p.uses} uses of "${p.id}".`,
  },
  placeholder: {
    message: (p) => `"${p.field}" still holds the "(chưa điền)" that plan init left.`,
    hint: (p) => `Replace "(chưa điền)" with what the plan document says (see ${guideFor(p)}).`,
  },
};

const CATALOG: Record<Lang, Record<DiagnosticCode, Entry>> = { vi: VI, en: EN };

export function diagnosticMessage(d: Diagnostic, lang: Lang): { message: string; hint: string } {
  const entry = CATALOG[lang][d.code];
  return { message: entry.message(d.params), hint: entry.hint?.(d.params) ?? '' };
}
