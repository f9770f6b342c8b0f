import type { Verdict } from '../report/variance.js';

/**
 * The words of the báo cáo (`plan report`). An official document is written in Vietnamese whatever
 * --lang says (Nghị định 30/2020/NĐ-CP), so there is one catalogue. Numbers and dates inside
 * sentences are typed values written by the renderer; here they arrive as strings in placeholders.
 */
export const OFFICIAL = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  docType: 'BÁO CÁO',
  number: (n: string, symbol: string) => `Số: ${n}/${symbol}`,
  /** The number is left blank for the clerks' office to fill in: room for three digits. */
  blankNumber: '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0',
  recipientsLabel: 'Nơi nhận:',
  subject: (field: string, period: string, next: string) =>
    `Kết quả thực hiện nhiệm vụ ${field} ${period}; phương hướng, nhiệm vụ ${next}`,
  subjectOfPlan: (symbol: string, period: string, next: string) =>
    `Kết quả thực hiện Kế hoạch số ${symbol} ${period}; phương hướng, nhiệm vụ ${next}`,
  intro: (symbol: string, issued: string, issuer: string, title: string, period: string) =>
    `Thực hiện Kế hoạch số ${symbol} ${issued} của ${issuer} về ${title}, ${issuer} báo cáo kết quả thực hiện ${period} như sau:`,
  parts: {
    results: 'I. KẾT QUẢ THỰC HIỆN',
    shortcomings: 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
    next: (period: string) => `III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${period.toLocaleUpperCase('vi')}`,
    proposals: 'IV. KIẾN NGHỊ, ĐỀ XUẤT',
  },
  /** Plan words for "đạt 50,9% ..." by what the figure is judged against (domain.md §4). */
  against: { budget: 'dự toán', assigned: 'chỉ tiêu giao', plan: 'kế hoạch' },
  reached: 'đạt',
  remains: 'còn',
  /** "giảm được 1 hộ": a change made the planned way. */
  achieved: 'được',
  /** "ước đạt", "ước còn": only when the figure that counts is an estimate. */
  estimate: 'ước',
  /** "; vượt tiến độ." while a sum target is judged pro rata; else the verdict on the plan. */
  pace: { met: 'đạt tiến độ', exceeded: 'vượt tiến độ', 'not-yet': 'chậm tiến độ', missed: 'không đạt kế hoạch' } as Partial<Record<Verdict, string>>,
  verdict: {
    met: 'đạt kế hoạch',
    exceeded: 'vượt kế hoạch',
    'not-yet': 'chưa đạt kế hoạch',
    missed: 'không đạt kế hoạch',
    'no-data': 'chưa có số liệu',
    'no-target': 'chưa có chỉ tiêu giao',
    tracked: 'số liệu theo dõi, không đánh giá',
  } satisfies Record<Verdict, string>,
  /** A state or a level due by the term's end, not reached yet: "chưa đạt kế hoạch, đang thực hiện, hạn năm 2025". */
  underWay: (end: number) => `đang thực hiện, hạn năm ${end}`,
  planIs: 'kế hoạch',
  /** A yearly target over the whole term: "(kế hoạch từ 90% trở lên hằng năm)", each year's word, "đạt 2/3 năm". */
  everyYear: 'hằng năm',
  year: (y: number) => `năm ${y}`,
  yearVerdict: {
    met: 'đạt',
    exceeded: 'vượt',
    'not-yet': 'chưa đạt',
    missed: 'không đạt',
    'no-data': 'chưa có số liệu',
    'no-target': 'chưa có chỉ tiêu giao',
    tracked: 'theo dõi',
  } satisfies Record<Verdict, string>,
  yearsAchieved: (a: number, n: number) => `đạt ${a}/${n} năm`,
  noData: 'chưa có số liệu',
  changeOnPrevious: { up: 'tăng', down: 'giảm', same: 'bằng cùng kỳ' },
  percentPoints: 'điểm phần trăm',
  onPrevious: 'so với cùng kỳ',
  taskDone: 'Đã hoàn thành',
  taskBlocked: 'Vướng mắc',
  shortTargets: (n: number) => `Có ${n} chỉ tiêu chưa đạt hoặc chậm tiến độ:`,
  noShortTargets: 'Các chỉ tiêu có số liệu đều đạt hoặc vượt tiến độ.',
  /** Tasks past their due date; ongoing tasks that missed their periodic reports are counted apart (issue 11). */
  late: (n: number) => `Có ${n} nhiệm vụ quá hạn:`,
  missedReports: (n: number) => `Có ${n} nhiệm vụ thường xuyên chưa báo cáo tiến độ định kỳ đúng hạn:`,
  more: (n: number) => `Và ${n} nhiệm vụ khác (xem plan overdue).`,
  noLate: 'Không có nhiệm vụ quá hạn.',
  continueTargets: 'Tiếp tục thực hiện các chỉ tiêu chưa đạt, tập trung vào:',
  dueNext: (n: number) => `Các nhiệm vụ đến hạn trong kỳ tới (${n}):`,
  ongoing: (n: number) => `Tiếp tục thực hiện ${n} nhiệm vụ thường xuyên và báo cáo tiến độ theo định kỳ.`,
  writeHere: (file: string, heading: string) => `(Phần này do cơ quan viết: ghi vào tệp ${file} của thư mục kế hoạch, dưới tiêu đề "${heading}".)`,
  appendixTitle: 'Biểu: TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU',
  /** The district's report over several wards (`--combined`). */
  combined: {
    subject: (n: number, period: string, next: string) =>
      `Tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu của ${n} phường, xã ${period}; phương hướng, nhiệm vụ ${next}`,
    intro: (n: number, wards: string, period: string) => `Tổng hợp từ kế hoạch và số liệu của ${n} phường, xã: ${wards}, kết quả thực hiện ${period} như sau:`,
    byWard: 'Kết quả của từng phường, xã',
    shared: 'Các chỉ tiêu chung của các phường, xã',
    total: (targets: number, wards: number, achieved: number, exceeded: number) =>
      `Tổng cộng ${targets} chỉ tiêu của ${wards} phường, xã: đạt và vượt ${achieved} chỉ tiêu${exceeded > 0 ? ` (vượt ${exceeded})` : ''}.`,
    behind: 'Các phường, xã còn nhiều chỉ tiêu chưa đạt:',
    unmet: 'Các chỉ tiêu chung chưa đạt ở một số phường, xã:',
    wardsTitle: 'Biểu 1: TỔNG HỢP KẾT QUẢ THEO PHƯỜNG, XÃ',
    sharedTitle: 'Biểu 2: TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHUNG THEO PHƯỜNG, XÃ',
    /** Left for the office when the wards name no common parent body (or no place can be read from it). */
    blankIssuer: '………………………………',
    blankPlace: '…………',
    recipients: ['…………;', 'Lưu: VT.'],
    authority: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  },
  appendixOf: (symbol: string) => `(Kèm theo Báo cáo số ${symbol})`,
  periodWords: {
    month: (m: number, y: number) => `tháng ${m} năm ${y}`,
    quarter: (q: string, y: number) => `quý ${q} năm ${y}`,
    half: (h: number, y: number) => `6 tháng ${h === 1 ? 'đầu' : 'cuối'} năm ${y}`,
    nine: (y: number) => `9 tháng năm ${y}`,
    year: (y: number) => `năm ${y}`,
    asOf: (d: string) => `đến ngày ${d}`,
    after: 'thời gian tới',
    /** A term without a name in the plan ("giai đoạn 2021-2025"). */
    term: (start: number, end: number) => `giai đoạn ${start}-${end}`,
    /** The report of a whole term before its end (sơ kết giữa nhiệm kỳ), and what part III looks ahead to. */
    termSoFar: (term: string, d: string) => `từ đầu ${term} đến ngày ${d}`,
    termRest: (term: string) => `những năm còn lại của ${term}`,
  },
} as const;

export type OfficialLabels = typeof OFFICIAL;
