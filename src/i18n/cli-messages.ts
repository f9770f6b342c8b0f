import type { Lang } from './lang.js';
import type { PlanGaps } from '../model/plan.js';

type PlanGapsText = Pick<PlanGaps, 'targets' | 'tasks' | 'incomplete' | 'files'>;

/** Argument names as commander reports them missing ("dir"), said in Vietnamese. */
const VI_ARGUMENTS: Record<string, string> = { dir: 'thư mục (vd. plan init plans/2025)', file: 'tệp văn bản kế hoạch', target: 'mã chỉ tiêu', value: 'số liệu' };

/** Help and usage texts of the command line, in both languages. */
const VI = {
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
  import: {
    description: 'tạo bản nháp thư mục kế hoạch từ văn bản kế hoạch (.md, .txt, .docx, .pdf); không ghi đè thư mục có sẵn',
    file: 'tệp văn bản kế hoạch: .md, .txt, .docx (Word) hoặc .pdf có lớp chữ',
    out: 'thư mục kế hoạch sẽ tạo (chưa được tồn tại)',
    dryRun: 'không ghi gì, in bản nháp ra màn hình',
    format: 'định dạng: text (mặc định) hoặc json',
    examples: `
Ví dụ:
  plan import "KH 05-KH-UBND.docx" --out plans/2024
  plan import ke-hoach.md --dry-run --format json`,
    needOut: 'Cần --out <thư mục> (hoặc --dry-run để chỉ xem bản nháp).',
    needOutHint: 'Vd. plan import ke-hoach.docx --out plans/2025',
    cannotRead: (file: string, reason: string, detail: string) =>
      reason === 'unsupported'
          ? `Không đọc được loại tệp "${detail}" (${file}).`
          : reason === 'not-docx'
            ? `${file} không phải tệp Word .docx đọc được (${detail}).`
            : reason === 'not-pdf'
              ? `${file} không phải tệp PDF đọc được (tệp hỏng hoặc không đúng định dạng: ${detail}).`
              : `Không đọc được ${file} (${detail}).`,
    formatsHint: 'plan import đọc .md, .txt, .docx và .pdf có lớp chữ. Với tệp .doc cũ, mở bằng Word và lưu lại dạng .docx.',
    legacyMixed: (file: string, encoding: string, sample: string) =>
      `${file} trộn chữ Unicode với chữ gõ bảng mã cũ ${encoding} trong cùng một đoạn ("${sample}"): plan không chuyển mã tự động được mà không làm hỏng một trong hai.`,
    legacyMixedHint: (encoding: string) => `Chuyển cả văn bản sang Unicode trước (Unikey: Công cụ chuyển mã, từ ${encoding} sang Unicode), sau đó chạy lại plan import.`,
    pdfNoText: (file: string) =>
      `${file} là tệp PDF không có lớp chữ (bản chụp hoặc ảnh quét): plan chỉ đọc được chữ có sẵn trong tệp, không nhận dạng chữ trong ảnh.`,
    pdfNoTextHint: 'Dùng tệp gốc .docx của văn bản (hỏi nơi soạn thảo), hoặc nhận dạng chữ (OCR) để có tệp PDF có lớp chữ rồi chạy lại plan import.',
    pdfEncrypted: (file: string) => `${file} là tệp PDF được khóa bằng mật khẩu: plan không mở được.`,
    pdfEncryptedHint: 'Dùng tệp gốc .docx của văn bản, hoặc mở tệp bằng mật khẩu rồi in lại ra PDF không khóa, sau đó chạy lại plan import.',
    pdfTooManyPages: (file: string, pages: number, limit: number) => `${file} có ${pages} trang; plan import đọc tệp PDF tới ${limit} trang.`,
    outExists: (dir: string) => `Thư mục ${dir} đã có; plan không ghi đè kế hoạch có sẵn.`,
    outExistsHint: 'Chọn một thư mục mới cho --out, hoặc đổi tên thư mục cũ.',
    written: (dir: string, files: number, targets: number, tasks: number, bases: number) =>
      `Đã tạo bản nháp ${dir}: ${files} tệp, ${targets} chỉ tiêu, ${tasks} nhiệm vụ, ${bases} căn cứ.`,
    reviewHeading: 'Những điều cơ quan cần xác nhận (các trường "assumed" và phần chưa mã hóa):',
    more: (n: number) => `và ${n} mục khác`,
    year: 'năm kế hoạch, khi văn bản không ghi (mặc định: năm của --as-of)',
    strict: 'thoát với mã 1 khi còn câu có số liệu chưa đọc được thành chỉ tiêu',
    noYear: 'Văn bản không ghi năm kế hoạch (không thấy "năm 2024", "nhiệm kỳ 2020-2025" ở tiêu đề hay đầu danh sách chỉ tiêu).',
    noYearHint: 'Ghi rõ năm: plan import <tệp> --year 2025 (hoặc --as-of 2025-01-01).',
    askYear: 'Văn bản không ghi năm kế hoạch. Năm kế hoạch (vd. 2025): ',
    badYear: (y: string) => `Năm không hợp lệ: ${y}.`,
    noTargets: (n: number) => `⚠ Không tìm thấy chỉ tiêu nào, dù văn bản có ${n} câu có số liệu: xem danh sách cần xác nhận ở cuối.`,
    unread: (n: number) => `⚠ ${n} câu có số liệu chưa đọc được thành chỉ tiêu (giữ nguyên văn trong plan.note, liệt kê ở cuối):`,
    strictFailed: 'Dừng với mã 1 (--strict): còn câu có số liệu chưa đọc được.',
    tooLarge: (file: string, size: string, limit: string) => `${file} quá lớn (${size}); plan import đọc văn bản tới ${limit}.`,
    tooLargeHint: 'Tách văn bản thành các phần nhỏ hơn (vd. phần chỉ tiêu và từng lĩnh vực nhiệm vụ) rồi nhập từng phần.',
    bomb: (file: string, limit: string) => `${file} giải nén ra quá ${limit}: không phải văn bản kế hoạch thông thường (có thể là tệp nén độc hại); plan không đọc.`,
    draftTooLarge: (limit: string) => `Bản nháp vượt giới hạn một tệp kế hoạch (${limit}); plan không ghi tệp mà plan validate sẽ từ chối.`,
  },
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

type Messages = typeof VI;

const EN: Messages = {
  description: "A ward or commune's socio-economic plan as YAML: validate it, record progress figures, report variance.",
  placeholders: {},
  titles: {},
  help: 'display help',
  helpCommand: 'display help for a command',
  version: 'display the version',
  lang: 'language: vi (default) or en; or set PLAN_LANG',
  color: 'always use colours',
  noColor: 'no colours (as does NO_COLOR)',
  asOf: 'the date to look from, YYYY-MM-DD (default: today)',
  paths: 'a plan folder, a folder of plans, or a file (default: plans/ found from here upward)',
  validate: {
    description: 'check plans: syntax, format, references, dates, targets (exit 0 valid, 1 errors, 2 usage)',
    format: 'output: text (default), json, github (GitHub Actions annotations)',
  },
  schema: { description: 'print the JSON Schema (draft-07) of plan files, for editors' },
  record: {
    description: 'record a figure for a target, or progress for a task (appends one entry, leaves the rest of the file as it was)',
    target: 'target id (e.g. bhyt)',
    value: 'the figure: "93,5", "93.5", "93,5%", "1.234.567", "6.021.447.000 đồng"; a yes/no state: "yes"/"đạt", "no"/"chưa đạt" (1, 0); a level: its name on the scale (or its first words) or its rank',
    task: 'record progress for this task instead of a target; several: --task kt-02,kt-03 or --task repeated',
    correct: 'a correction: replaces the figure recorded for the same target and date (the old one stays in the history)',
    yes: 'record a figure far from the plan without asking',
    due: 'walk every task whose report is due, one key per task',
    status: 'task status: done, in-progress, not-started, blocked, cancelled (or "hoàn thành", "đang thực hiện", "chưa thực hiện", "tạm dừng")',
    date: "the figure's date, dd/mm/yyyy or YYYY-MM-DD (default: --as-of, i.e. today)",
    period: 'report period: 2024, 2024-06, 2024-Q2, 2024-H1, 2024-9M',
    estimate: 'the figure is an estimate (ước thực hiện), to be replaced by an actual',
    source: 'where the figure comes from, e.g. "BHXH thành phố"',
    by: 'who records it (person or unit)',
    note: 'a note',
    plan: "the plan folder (default: the plan in plans/ whose year holds the figure's date)",
    dryRun: 'check and print, write nothing',
    format: 'output: text (default) or json',
    examples: `
Examples:
  plan record bhyt 93,5 --date 2024-06-14 --source "BHXH thành phố" --by "Văn hóa - Xã hội"
  plan record thu-ngan-sach "6.021.447.000 đồng" --estimate --period 2024-9M
  plan record --task vhxh-10 --status done --date 2024-07-27 --note "Meeting held"
  plan record xa-chuan-y-te yes                       (a yes/no state: yes, no, đạt, chưa đạt)
  plan record xep-loai-dang-bo "hoàn thành tốt"       (a level: its name, its first words, or its rank 1-4)
  plan record            (on a terminal: asks for each missing field in turn)`,
    planHasErrors: 'The plan has errors; fix them (plan validate) and record again. Nothing written.',
    nothingWritten: 'Nothing written.',
    confirmFar: 'Record this figure anyway? (y/N): ',
    dueNeedsTerminal: '--due asks about one task after another, so it needs a terminal.',
    dueNeedsTerminalHint: 'Outside a terminal (CI, scripts), record the tasks: plan record --task kt-02,kt-03 --status in-progress.',
    dueNone: 'No task has a report due.',
    dueKeys: '[x] done  [đ/d] in progress  [c] not started  [t] paused  [Enter] skip  [q] stop',
    staleLock: (p: string) => `Removed a stale lock ${p} (an earlier writer stopped midway).`,
    whichPlan: (date: string, plans: string[]) => `Which plan should hold a figure dated ${date}? (found: ${plans.join(', ')})`,
    whichPlanHint: 'Name it with --plan <plan folder>.',
    done: (what: string, date: string, estimate: boolean, file: string, created: boolean, dryRun: boolean) =>
      `${dryRun ? 'Would record' : 'Recorded'} ${what}${estimate ? ' (estimate)' : ''} dated ${date} ${created ? 'in new file' : 'in'} ${file}`,
  },
  import: {
    description: "draft a plan folder from a plan document (.md, .txt, .docx, .pdf); never overwrites an existing folder",
    file: 'the plan document: .md, .txt, .docx (Word) or a .pdf with a text layer',
    out: 'the plan folder to create (must not exist)',
    dryRun: 'write nothing, print the draft',
    format: 'output: text (default) or json',
    examples: `
Examples:
  plan import "KH 05-KH-UBND.docx" --out plans/2024
  plan import plan.md --dry-run --format json`,
    needOut: 'Give --out <folder> (or --dry-run to only see the draft).',
    needOutHint: 'E.g. plan import plan.docx --out plans/2025',
    cannotRead: (file, reason, detail) =>
      reason === 'unsupported'
          ? `Cannot read files of type "${detail}" (${file}).`
          : reason === 'not-docx'
            ? `${file} is not a readable Word .docx file (${detail}).`
            : reason === 'not-pdf'
              ? `${file} is not a readable PDF file (damaged or not a PDF: ${detail}).`
              : `Cannot read ${file} (${detail}).`,
    formatsHint: 'plan import reads .md, .txt, .docx and .pdf with a text layer. Save an old .doc file as .docx in Word first.',
    legacyMixed: (file, encoding, sample) =>
      `${file} mixes Unicode text with text in the legacy ${encoding} encoding within one paragraph ("${sample}"): plan cannot convert it without garbling one or the other.`,
    legacyMixedHint: (encoding) => `Convert the whole document to Unicode first (Unikey's converter, from ${encoding} to Unicode), then run plan import again.`,
    pdfNoText: (file) => `${file} is a PDF without a text layer (a scan or a photo): plan reads only the text a file holds, it does not recognise text in pictures.`,
    pdfNoTextHint: "Use the document's original .docx (ask whoever drafted it), or run text recognition (OCR) to get a PDF with a text layer, then run plan import again.",
    pdfEncrypted: (file) => `${file} is a password-protected PDF: plan cannot open it.`,
    pdfEncryptedHint: "Use the document's original .docx, or open the file with its password and print it again to an unlocked PDF, then run plan import again.",
    pdfTooManyPages: (file, pages, limit) => `${file} has ${pages} pages; plan import reads PDFs of up to ${limit} pages.`,
    outExists: (dir) => `${dir} already exists; plan does not overwrite an existing plan.`,
    outExistsHint: 'Choose a new folder for --out, or rename the old one.',
    written: (dir, files, targets, tasks, bases) => `Drafted ${dir}: ${files} files, ${targets} targets, ${tasks} tasks, ${bases} legal bases.`,
    reviewHeading: 'What the office must confirm (the "assumed" fields and what could not be structured):',
    more: (n) => `and ${n} more`,
    year: 'the plan year, when the document names none (default: the year of --as-of)',
    strict: 'exit 1 while sentences with figures are left unread as targets',
    noYear: 'The document names no plan year (no "năm 2024" or "nhiệm kỳ 2020-2025" in its title or above its targets).',
    noYearHint: 'Give the year: plan import <file> --year 2025 (or --as-of 2025-01-01).',
    askYear: 'The document names no plan year. Plan year (e.g. 2025): ',
    badYear: (y) => `Invalid year: ${y}.`,
    noTargets: (n) => `⚠ No target found, though the document has ${n} sentences with figures: see the list to confirm at the end.`,
    unread: (n) => `⚠ ${n} sentences with figures were not read as targets (kept verbatim in plan.note, listed at the end):`,
    strictFailed: 'Exit 1 (--strict): sentences with figures are left unread.',
    tooLarge: (file, size, limit) => `${file} is too large (${size}); plan import reads documents up to ${limit}.`,
    tooLargeHint: 'Split the document into smaller parts (e.g. the targets and each field of tasks) and import each.',
    bomb: (file, limit) => `${file} inflates past ${limit}: not an ordinary plan document (possibly a malicious archive); plan does not read it.`,
    draftTooLarge: (limit) => `The draft exceeds the limit of one plan file (${limit}); plan does not write a file that plan validate would refuse.`,
  },
  init: {
    description: "create an empty, valid plan folder for a ward or commune and a year (or from last year's plan: --from), with a README for the ward's repository",
    dir: 'the plan folder to create (must not exist), e.g. plans/2025',
    year: 'the plan year (default: the year of --as-of, i.e. this year; with --from: the year after that plan)',
    from: "start from last year's plan (e.g. plans/2024): its units, legal bases, sections and targets, as a draft to confirm",
    place: 'the place name, e.g. "Phường 1"',
    symbol: 'the plan\'s number and symbol, e.g. "05/KH-UBND"',
    examples: `
Examples:
  plan init plans/2025 --year 2025 --place "Phường 1"
  plan init plans/2025 --from plans/2024`,
    badYear: (y) => `Invalid year: ${y}.`,
    existsHint: 'Choose a new folder, or edit the existing plan.',
    done: (dir, files, year) => `Created the ${year} plan in ${dir} (${files} files).`,
    toFill: (n, dir) => `${n} "(chưa điền)" places left: fill them in from the plan document; plan validate ${dir} shows each. How to write them: plan help format.`,
    wardWritten: (path) => `Created ${path} (${path.endsWith('.md') ? 'installing and using plan in this repository' : 'a check on every push to GitHub'}).`,
    wardKept: (path) => `${path} exists: kept as it is.`,
    draftComment: 'BẢN NHÁP do "plan init" tạo: điền các chỗ "(chưa điền)" theo văn bản kế hoạch; các trường ghi trong "assumed" là giả định, cần cơ quan xác nhận.',
    draftFromComment: (from, year) => `BẢN NHÁP do "plan init --from ${from}" chép từ kế hoạch năm ${year}: sửa theo văn bản kế hoạch mới; các trường ghi trong "assumed" cần cơ quan xác nhận.`,
    unitsFromComment: (from) => `Đơn vị chịu trách nhiệm, chép từ ${from}: sửa nếu năm nay đơn vị thay đổi.`,
    fromInvalid: (path) => `The plan "${path}" has errors (or is not a plan folder): plan init --from carries its ids as they are.`,
    fromInvalidHint: (path) => `Fix them first: plan validate ${path}`,
    fromYear: (year, old) => `The year ${year} is not after the source plan's year ${old}.`,
    reviewHeading: "What the office must confirm (carried from last year's plan):",
  },
  periodOutside: (period, symbol, years, likely) =>
    years.includes('-')
      ? `⚠ The period ${period} lies outside the plan ${symbol} for the term ${years}: the table judges the years of the term only. Did you mean --period ${likely}${period.slice(4)}?`
      : `⚠ The period ${period} lies outside the plan ${symbol} of ${years}: the table judges the plan year's targets only. Did you mean --period ${likely}${period.slice(4)}?`,
  partial: {
    summary: (n, left) => `Incomplete report: the plan has ${n} error${n === 1 ? '' : 's'} (above); the table counts only what has none${left ? `, leaving out ${left}` : ''}. Fix them (plan validate) and run again.`,
    leftOut: (g) =>
      [
        g.targets.length ? `targets ${g.targets.join(', ')}` : '',
        g.tasks.length ? `tasks ${g.tasks.join(', ')}` : '',
        g.incomplete.targets.length + g.incomplete.tasks.length ? `the bad entries of ${[...g.incomplete.targets, ...g.incomplete.tasks].join(', ')}` : '',
        g.files.length ? `files ${g.files.join(', ')}` : '',
      ]
        .filter((s) => s !== '')
        .join('; '),
  },
  formatGuide: {
    pointer: `
How to write plan files (in Vietnamese): plan help format, or one section: plan help format targets\n`,
    note: 'The format guide is written for the ward clerk, in Vietnamese.',
    unknownTopic: (topic) => `The format guide has no section "${topic}".`,
    topics: (list) => `Type a section number or name: ${list.join('; ')}. The whole guide: plan help format`,
  },
  errors: {
    unknownOption: (o) => `Unknown option: ${o}`,
    unknownCommand: (c) => `Unknown command: ${c}`,
    missingArgument: (a) => `Missing argument: ${a}`,
    unknownLang: (l: string) => `No language "${l}".`,
    unknownLangHint: '--lang vi (Vietnamese, the default) or --lang en.',
    optionMissingArgument: (o) => `Option ${o} needs a value`,
    excessArguments: () => 'Too many arguments',
    invalidArgument: (d) => `Invalid value: ${d}`,
    other: (d) => d,
    seeHelp: (cmd) => `See: ${cmd} --help`,
    didYouMean: (s) => `Did you mean ${s}?`,
    badFormat: (f, allowed) => `Format "${f}" is not supported; use one of: ${allowed}.`,
    error: 'error',
    hint: 'hint',
    internal: 'Internal error in plan (not a problem with your plan). Please report it with the command you ran:',
  },
};

export const CLI_MESSAGES: Record<Lang, Messages> = { vi: VI, en: EN };
export type CliMessages = Messages;
