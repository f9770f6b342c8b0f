import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Params } from '../diagnostics/diagnostic.js';
import { formatVnNumber } from '../parse/vn-number.js';
import { DECLARED_IN, guideFor, type Entry } from './diagnostic-entry.js';
import { yamlDetailVi } from './yaml-messages.js';

const KIND_VI: Record<string, string> = { unit: 'đơn vị', legalBasis: 'căn cứ', target: 'chỉ tiêu', task: 'nhiệm vụ', section: 'mục', period: 'kỳ' };
const TYPE_VI: Record<string, string> = { string: 'chuỗi chữ', number: 'số', boolean: 'true/false', array: 'danh sách', map: 'bảng khóa-giá trị', object: 'bảng khóa-giá trị', null: 'giá trị rỗng', int: 'số nguyên', 'non-finite': 'số không hữu hạn (NaN hoặc vô cực)' };

/** Dates and figures in Vietnamese messages as the office writes them: 14/06/2024, 111,6. */
const dmy = (v: unknown) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v ?? ''));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(v ?? '');
};
const vnNum = (v: unknown) => (typeof v === 'number' ? formatVnNumber(v, { maxFractionDigits: 6 }) : String(v ?? ''));

const didYouMeanVi = (p: Params) => (p.suggestion !== undefined ? `Có phải ý bạn là "${p.suggestion}"? ` : '');

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

/** Every diagnostic's text in Vietnamese. */
export const VI: Record<DiagnosticCode, Entry> = {
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
    message: (p) =>
      p.hint === 'decimal-comma'
        ? `"${p.before}: ${p.typed}" được đọc thành "${p.before}: ${String(p.typed).split(',')[0]}" và một trường "${p.field}": trong dấu { }, dấu phẩy ngăn cách các trường.`
        : p.renamed
          ? `Trường "${p.field}" không có trong định dạng, và mục này thiếu trường bắt buộc "${p.suggestion}".`
          : `Trường "${p.field}" không có trong định dạng.`,
    hint: (p) => (p.hint === 'decimal-comma' ? `Viết ${p.before}: ${p.fixed}, dấu chấm thập phân.` : `${didYouMeanVi(p)}${p.allowed ? `Các trường hợp lệ: ${p.allowed}.` : ''}`),
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
  'term-plan': {
    message: (p) => {
      switch (p.reason) {
        case 'no-year':
          return 'Phần đầu kế hoạch thiếu năm kế hoạch: ghi "year" (kế hoạch một năm) hoặc "term" (kế hoạch nhiệm kỳ, giai đoạn nhiều năm).';
        case 'year-and-term':
          return `Kế hoạch ghi cả "year: ${p.year}" và "term" (${p.start}-${p.end}): kế hoạch nhiệm kỳ không có năm kế hoạch riêng.`;
        case 'term-reversed':
          return `Nhiệm kỳ bắt đầu năm ${p.start}, sau năm cuối ${p.end}.`;
        case 'over-without-term':
          return `Chỉ tiêu "${p.id}" ghi "over" nhưng kế hoạch không phải kế hoạch nhiệm kỳ (không có "term").`;
        case 'over-with-period':
          return `Chỉ tiêu "${p.id}" ghi cả "over" và kỳ riêng "period: ${p.period}".`;
        case 'years-not-yearly':
          return `Chỉ tiêu "${p.id}" ghi số từng năm ("years") nhưng không phải chỉ tiêu hằng năm của kế hoạch nhiệm kỳ (over: year).`;
        case 'years-no-figure':
          return `Chỉ tiêu "${p.id}": cách so sánh "${p.kind}" không có một con số để thay bằng số từng năm ("years").`;
        case 'year-outside-term':
          return `Năm ${p.year} của chỉ tiêu "${p.id}" nằm ngoài nhiệm kỳ ${p.start}-${p.end}.`;
        case 'year-duplicate':
          return `Năm ${p.year} của chỉ tiêu "${p.id}" ghi hai lần trong "years".`;
        default:
          return `Kế hoạch nhiệm kỳ: ${String(p.reason)}.`;
      }
    },
    hint: (p) => {
      switch (p.reason) {
        case 'no-year':
          return 'Thêm "year: 2024", hoặc "term: { start: 2021, end: 2025, name: \"nhiệm kỳ 2020-2025\" }" (xem plan help format 5).';
        case 'year-and-term':
          return 'Xóa dòng "year"; năm báo cáo là năm của --as-of hoặc --period.';
        case 'term-reversed':
          return 'Đổi chỗ hai năm.';
        case 'over-without-term':
          return 'Xóa "over", hoặc khai "term" ở phần đầu kế hoạch.';
        case 'over-with-period':
          return 'Chỉ tiêu theo kỳ riêng (năm học) được đánh giá theo kỳ đó: xóa một trong hai.';
        case 'years-not-yearly':
          return 'Thêm "over: year", hoặc xóa "years".';
        case 'years-no-figure':
          return 'Số từng năm chỉ dùng được với cách so sánh có một con số (at-least, above, at-most, below, exactly, maintain, assigned, tracked).';
        case 'year-outside-term':
          return `Sửa năm cho nằm trong ${p.start}-${p.end}, hoặc sửa "term".`;
        default:
          return 'Xóa dòng trùng, giữ một số cho mỗi năm.';
      }
    },
  },
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
  'part-loop': {
    message: (p) =>
      Number(p.size) === 1
        ? `Chỉ tiêu "${p.id}" ghi là phần của chính nó ("partOf: ${p.total}").`
        : `Chỉ tiêu "${p.id}" ghi là phần của "${p.total}", nhưng theo "partOf" thì "${p.total}" lại là phần của "${p.id}" (vòng ${p.ring}): không chỉ tiêu nào là tổng.`,
    hint: (p) =>
      Number(p.size) === 1
        ? `"partOf" ghi mã của một chỉ tiêu tổng khác. Xóa dòng "partOf" nếu "${p.id}" là chỉ tiêu tổng hoặc chỉ tiêu đứng riêng.`
        : `Chỉ tiêu tổng (câu có "trong đó") không ghi "partOf"; mỗi phần ghi mã của tổng. Nếu "${p.id}" là tổng, xóa "partOf: ${p.total}" ở đây; nếu không, xóa "partOf" của chỉ tiêu tổng trong vòng.`,
  },
  placeholder: {
    message: (p) => `"${p.field}" còn chỗ "(chưa điền)" do plan init để lại.`,
    hint: (p) => `Thay "(chưa điền)" bằng nội dung của văn bản kế hoạch (xem ${guideFor(p)}).`,
  },
};
