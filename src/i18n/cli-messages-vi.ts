/** The Vietnamese help and usage texts of the command line (cli-messages.ts); the English ones, typed by these, are in cli-messages-en.ts. */
import type { PlanGaps } from '../model/plan.js';
import { IMPORT_COMMAND } from './import-command-messages.js';

type PlanGapsText = Pick<PlanGaps, 'targets' | 'tasks' | 'incomplete' | 'files'>;

/** Argument names as commander reports them missing ("dir"), said in Vietnamese. */
const VI_ARGUMENTS: Record<string, string> = { dir: 'thư mục (vd. plan init plans/2025)', file: 'tệp văn bản kế hoạch', target: 'mã chỉ tiêu', value: 'số liệu' };

/** Help and usage texts of the command line, in Vietnamese. */
export const VI = {
  description: 'Kế hoạch phát triển kinh tế - xã hội của phường, xã dưới dạng YAML: kiểm tra, ghi số liệu, báo cáo tiến độ.',
  placeholders: {
    options: 'tùy chọn',
    command: 'lệnh',
    paths: 'đường dẫn',
    dir: 'thư mục',
    file: 'tệp',
    target: 'mã chỉ tiêu',
    value: 'số liệu',
    lang: 'ngôn ngữ',
    format: 'định dạng',
    date: 'ngày',
    id: 'mã',
    status: 'trạng thái',
    period: 'kỳ',
    text: 'chữ',
    path: 'đường dẫn',
    year: 'năm',
    name: 'tên',
    symbol: 'số ký hiệu',
    unit: 'đơn vị',
    number: 'số',
    days: 'số ngày',
  } as Record<string, string>,
  titles: { 'Usage:': 'Cách dùng:', 'Arguments:': 'Tham số:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Global Options:': 'Tùy chọn chung:' } as Record<string, string>,
  help: 'hiển thị trợ giúp',
  helpCommand: 'hiển thị trợ giúp của một lệnh',
  version: 'hiển thị phiên bản',
  lang: 'ngôn ngữ: vi (mặc định) hoặc en; hoặc đặt biến PLAN_LANG',
  color: 'luôn tô màu',
  noColor: 'không tô màu (cũng như biến NO_COLOR)',
  asOf: 'ngày xem xét, dd/mm/yyyy hoặc YYYY-MM-DD (mặc định: hôm nay)',
  paths: 'thư mục kế hoạch, thư mục chứa nhiều kế hoạch, hoặc một tệp (mặc định: plans/ tìm từ thư mục hiện tại trở lên)',
  validate: {
    description: 'kiểm tra kế hoạch: cú pháp, định dạng, mã tham chiếu, ngày, chỉ tiêu (mã thoát 0 hợp lệ, 1 có lỗi, 2 lỗi cách dùng)',
    format: 'định dạng: text (mặc định), json, github (chú thích cho GitHub Actions)',
  },
  schema: { description: 'in JSON Schema (draft-07) của tệp kế hoạch, cho trình soạn thảo' },
  record: {
    description: 'ghi số liệu cho một chỉ tiêu, hoặc tiến độ cho một nhiệm vụ (chỉ thêm một mục, giữ nguyên phần còn lại của tệp)',
    target: 'mã chỉ tiêu (vd. bhyt)',
    value: 'số liệu: "93,5", "93.5", "93,5%", "1.234.567", "6.021.447.000 đồng"; chỉ tiêu trạng thái: "đạt", "chưa đạt" (1, 0); chỉ tiêu xếp loại: tên mức trong thang ("hoàn thành tốt nhiệm vụ", vài chữ đầu là đủ) hoặc thứ bậc',
    task: 'ghi tiến độ cho nhiệm vụ này thay vì chỉ tiêu; nhiều nhiệm vụ: --task kt-02,kt-03 hoặc lặp lại --task',
    status: 'trạng thái nhiệm vụ: "hoàn thành" (xong), "đang thực hiện", "chưa thực hiện", "tạm dừng"; hoặc done, in-progress, not-started, blocked, cancelled',
    date: 'ngày của số liệu, dd/mm/yyyy hoặc YYYY-MM-DD (mặc định: --as-of, tức hôm nay)',
    correct: 'đính chính: thay số đã ghi cho cùng chỉ tiêu, cùng ngày (số cũ vẫn giữ trong lịch sử)',
    yes: 'vẫn ghi số khác xa kế hoạch (không hỏi lại)',
    due: 'lần lượt từng nhiệm vụ đến hạn báo cáo, mỗi nhiệm vụ một phím',
    period: 'kỳ báo cáo: 2024, 2024-06, 2024-Q2, 2024-H1, 2024-9M',
    estimate: 'đây là số ước thực hiện (sẽ được số thực hiện thay thế)',
    source: 'nguồn số liệu, vd. "BHXH thành phố"',
    by: 'người hoặc đơn vị ghi',
    note: 'ghi chú',
    plan: 'thư mục kế hoạch (mặc định: kế hoạch trong plans/ có năm chứa ngày số liệu)',
    dryRun: 'chỉ kiểm tra và in ra, không ghi',
    format: 'định dạng: text (mặc định) hoặc json',
    examples: `
Ví dụ:
  plan record bhyt 93,5 --date 2024-06-14 --source "BHXH thành phố" --by "Văn hóa - Xã hội"
  plan record thu-ngan-sach "6.021.447.000 đồng" --estimate --period 2024-9M
  plan record --task vhxh-10 --status "hoàn thành" --date 27/07/2024 --note "Đã tổ chức họp mặt"
  plan record --task kt-02,kt-03 --status "đang thực hiện"
  plan record bhyt 93,6 --date 14/06/2024 --correct
  plan record xa-chuan-y-te "đạt"                     (trạng thái: "đạt", "chưa đạt", không dấu cũng được)
  plan record xep-loai-dang-bo "hoàn thành tốt"       (xếp loại: tên mức, vài chữ đầu của tên, hoặc thứ bậc 1-4)
  plan record --due      (trên terminal: từng nhiệm vụ đến hạn báo cáo, mỗi nhiệm vụ một phím)
  plan record            (trên terminal: hỏi lần lượt từng thông tin còn thiếu)`,
    planHasErrors: 'Kế hoạch đang có lỗi; sửa các lỗi trên (plan validate) rồi ghi lại. Chưa ghi gì.',
    nothingWritten: 'Chưa ghi gì.',
    confirmFar: 'Vẫn ghi số này? (c/K): ',
    dueNeedsTerminal: '--due hỏi từng nhiệm vụ một, nên cần chạy trên terminal.',
    dueNeedsTerminalHint: 'Ngoài terminal (CI, script), ghi từng nhiệm vụ: plan record --task kt-02,kt-03 --status "đang thực hiện".',
    dueNone: 'Không có nhiệm vụ nào đến hạn báo cáo.',
    dueKeys: '[x] hoàn thành  [đ/d] đang thực hiện  [c] chưa thực hiện  [t] tạm dừng  [Enter] bỏ qua  [q] dừng',
    staleLock: (p: string) => `Đã gỡ khóa cũ ${p} (tiến trình ghi trước đã dừng giữa chừng).`,
    whichPlan: (date: string, plans: string[]) => `Không rõ ghi vào kế hoạch nào cho ngày ${date} (có: ${plans.join(', ')}).`,
    whichPlanHint: 'Chỉ rõ bằng --plan <thư mục kế hoạch>.',
    done: (what: string, date: string, estimate: boolean, file: string, created: boolean, dryRun: boolean) =>
      `${dryRun ? 'Sẽ ghi' : 'Đã ghi'} ${what}${estimate ? ' (ước)' : ''} ngày ${date} ${created ? 'vào tệp mới' : 'vào'} ${file}`,
  },
  import: IMPORT_COMMAND.vi,
  init: {
    description: 'tạo thư mục kế hoạch trống, hợp lệ cho một phường, xã và một năm (hoặc từ kế hoạch năm trước: --from), kèm README cho kho của đơn vị',
    dir: 'thư mục kế hoạch sẽ tạo (chưa được tồn tại), vd. plans/2025',
    year: 'năm kế hoạch (mặc định: năm của --as-of, tức năm nay; với --from: năm sau năm của kế hoạch đó)',
    from: 'bắt đầu từ kế hoạch năm trước (vd. plans/2024): chép đơn vị, căn cứ, các mục, chỉ tiêu làm bản nháp để xác nhận',
    place: 'địa danh, vd. "Phường 1"',
    symbol: 'số, ký hiệu của kế hoạch, vd. "05/KH-UBND"',
    examples: `
Ví dụ:
  plan init plans/2025 --year 2025 --place "Phường 1"
  plan init plans/2025 --from plans/2024`,
    badYear: (y: string) => `Năm không hợp lệ: ${y}.`,
    existsHint: 'Chọn một thư mục mới, hoặc sửa trực tiếp kế hoạch có sẵn.',
    done: (dir: string, files: number, year: number) => `Đã tạo kế hoạch năm ${year} ở ${dir} (${files} tệp).`,
    toFill: (n: number, dir: string) => `Còn ${n} chỗ "(chưa điền)": điền theo văn bản kế hoạch; plan validate ${dir} chỉ ra từng chỗ. Cách viết: plan help format.`,
    wardWritten: (path: string) => `Đã tạo ${path} (${path.endsWith('.md') ? 'cách cài và dùng plan trong kho này' : 'kiểm tra tự động mỗi lần đẩy lên GitHub'}).`,
    wardKept: (path: string) => `${path} đã có: giữ nguyên.`,
    draftComment: 'BẢN NHÁP do "plan init" tạo: điền các chỗ "(chưa điền)" theo văn bản kế hoạch; các trường ghi trong "assumed" là giả định, cần cơ quan xác nhận.',
    draftFromComment: (from: string, year: number) => `BẢN NHÁP do "plan init --from ${from}" chép từ kế hoạch năm ${year}: sửa theo văn bản kế hoạch mới; các trường ghi trong "assumed" cần cơ quan xác nhận.`,
    unitsFromComment: (from: string) => `Đơn vị chịu trách nhiệm, chép từ ${from}: sửa nếu năm nay đơn vị thay đổi.`,
    fromInvalid: (path: string) => `Kế hoạch "${path}" có lỗi (hoặc không phải thư mục kế hoạch): plan init --from chép nguyên các mã của nó.`,
    fromInvalidHint: (path: string) => `Sửa lỗi trước: plan validate ${path}`,
    fromYear: (year: number, old: number) => `Năm ${year} không sau năm ${old} của kế hoạch nguồn.`,
    reviewHeading: 'Những điều cơ quan cần xác nhận (chép từ kế hoạch năm trước):',
  },
  /** `years`: "2024", or a term's "2021-2025"; `likely`: the year to suggest. */
  periodOutside: (period: string, symbol: string, years: string, likely: number) =>
    years.includes('-')
      ? `⚠ Kỳ ${period} nằm ngoài kế hoạch ${symbol} nhiệm kỳ ${years}: bảng chỉ tính các năm của nhiệm kỳ. Có phải ý bạn là --period ${likely}${period.slice(4)}?`
      : `⚠ Kỳ ${period} nằm ngoài kế hoạch ${symbol} năm ${years}: bảng chỉ tính chỉ tiêu của năm kế hoạch. Có phải ý bạn là --period ${likely}${period.slice(4)}?`,
  partial: {
    summary: (n: number, left: string) =>
      `Báo cáo chưa đủ: kế hoạch có ${n} lỗi (ở trên); bảng chỉ tính phần không lỗi${left ? `, bỏ qua ${left}` : ''}. Sửa lỗi (plan validate) rồi chạy lại.`,
    leftOut: (g: PlanGapsText) =>
      [
        g.targets.length ? `chỉ tiêu ${g.targets.join(', ')}` : '',
        g.tasks.length ? `nhiệm vụ ${g.tasks.join(', ')}` : '',
        g.incomplete.targets.length + g.incomplete.tasks.length ? `số liệu lỗi của ${[...g.incomplete.targets, ...g.incomplete.tasks].join(', ')}` : '',
        g.files.length ? `tệp ${g.files.join(', ')}` : '',
      ]
        .filter((s) => s !== '')
        .join('; '),
  },
  formatGuide: {
    pointer: `
Cách viết tệp kế hoạch (tiếng Việt): plan help format, hoặc một mục: plan help format chi-tieu\n`,
    note: '',
    unknownTopic: (topic: string) => `Hướng dẫn định dạng không có mục "${topic}".`,
    topics: (list: string[]) => `Gõ số hoặc tên mục: ${list.join('; ')}. Cả trang: plan help format`,
  },
  errors: {
    unknownOption: (o: string) => `Tùy chọn không hợp lệ: ${o}`,
    unknownCommand: (c: string) => `Lệnh không hợp lệ: ${c}`,
    missingArgument: (a: string) => `Thiếu tham số: ${VI_ARGUMENTS[a] ?? a}`,
    unknownLang: (l: string) => `Không có ngôn ngữ "${l}".`,
    unknownLangHint: '--lang vi (tiếng Việt, mặc định) hoặc --lang en.',
    optionMissingArgument: (o: string) => `Tùy chọn ${o} cần một giá trị`,
    excessArguments: () => 'Thừa tham số',
    invalidArgument: (d: string) => `Giá trị không hợp lệ: ${d}`,
    other: (d: string) => d,
    seeHelp: (cmd: string) => `Xem: ${cmd} --help`,
    didYouMean: (s: string) => `Có phải ý bạn là ${s}?`,
    badFormat: (f: string, allowed: string) => `Định dạng "${f}" không hỗ trợ; chọn một trong: ${allowed}.`,
    error: 'lỗi',
    hint: 'gợi ý',
    internal: 'Lỗi nội bộ của plan (không phải lỗi của kế hoạch). Hãy báo lỗi kèm lệnh đã chạy:',
  },
};

export type CliMessages = typeof VI;
