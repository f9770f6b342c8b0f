import type { Verdict } from '../report/variance.js';

/** The Vietnamese words of the status and overdue reports (report-labels.ts). */
export const VI = {
  columns: {
    no: 'TT',
    target: 'Chỉ tiêu',
    unit: 'ĐVT',
    plan: 'Kế hoạch',
    actual: 'Thực hiện',
    variance: 'Chênh lệch',
    ratio: 'Tỷ lệ KH (%)',
    previous: 'Cùng kỳ (%)',
    verdict: 'Đánh giá',
  },
  csv: {
    /** The first column when several plans share one CSV table. */
    plan: 'Kế hoạch',
    no: 'TT',
    section: 'Lĩnh vực',
    id: 'Mã',
    target: 'Chỉ tiêu',
    unit: 'ĐVT',
    planText: 'Kế hoạch',
    planned: 'Kế hoạch (số)',
    expected: 'Kế hoạch đến nay',
    actual: 'Thực hiện',
    estimate: 'Ước',
    figureDate: 'Ngày số liệu',
    variance: 'Chênh lệch',
    ratio: 'Tỷ lệ KH (%)',
    previous: 'Cùng kỳ',
    ratioToPrevious: 'Cùng kỳ (%)',
    verdict: 'Đánh giá',
    stretchVerdict: 'Phấn đấu',
    verdictCode: 'Mã đánh giá',
    /** Only in the report of a whole term: the year of a yearly target's row (empty on the target's own row). */
    year: 'Năm',
  },
  verdict: {
    met: 'Đạt',
    exceeded: 'Vượt',
    'not-yet': 'Chưa đạt',
    missed: 'Không đạt',
    'no-data': 'Chưa có số liệu',
    'no-target': 'Chưa có chỉ tiêu',
    tracked: 'Theo dõi',
  } satisfies Record<Verdict, string>,
  /** The stretch goal's verdict after the binding one: "Đạt; phấn đấu: chưa". */
  stretchVerdict: {
    met: 'đạt',
    exceeded: 'vượt',
    'not-yet': 'chưa',
    missed: 'không đạt',
    'no-data': 'chưa có số liệu',
    'no-target': 'chưa có chỉ tiêu',
    tracked: 'theo dõi',
  } satisfies Record<Verdict, string>,
  stretch: 'phấn đấu',
  estimate: 'ước',
  toDate: 'đến nay',
  increase: 'tăng',
  decrease: 'giảm',
  maintain: 'duy trì',
  assigned: 'trên giao',
  achieve: 'đạt',
  stateYes: 'đạt',
  stateNo: 'chưa đạt',
  orAbove: 'trở lên',
  tracked: 'theo dõi',
  points: 'điểm %',
  average: 'bình quân',
  perYear: '/năm',
  /** The span of a term plan's target, after its plan text: "≥ 90 (năm 2023)", "60 (đến năm 2025)", "5.000 (cả kỳ 2021-2025)". */
  termSpan: {
    year: (y: number) => `năm ${y}`,
    everyYear: 'hằng năm',
    level: (end: number) => `đến năm ${end}`,
    sum: (start: number, end: number) => `cả kỳ ${start}-${end}`,
  },
  /**
   * A state or a level due by the term's end, not reached while the term is open: no figure is
   * expected by now, so it is under way, not behind (mid-term reviews: "đang trong lộ trình thực hiện").
   */
  underWay: (end: number) => `Đang thực hiện, hạn năm ${end}`,
  /** A year's row under a yearly target in the report of a whole term. */
  yearRow: (y: number) => `Năm ${y}`,
  /** The note of a yearly target over the whole term: "Đạt 2/3 năm; không đạt năm 2021". */
  yearsNote: {
    achieved: (a: number, n: number) => `Đạt ${a}/${n} năm`,
    missed: (years: string) => `không đạt năm ${years}`,
    notYet: (years: string) => `chưa đạt năm ${years}`,
    noData: (years: string) => `chưa có số liệu năm ${years}`,
  },
  otherSection: 'Khác',
  /** "8/12 đạt (3 vượt), 2 chưa đạt, 2 chưa có số liệu". */
  summary: (achieved: number, total: number, exceeded: number) =>
    `${achieved}/${total} chỉ tiêu đạt${exceeded > 0 ? ` (${exceeded} vượt)` : ''}`,
  summaryPart: {
    'not-yet': (n: number) => `${n} chưa đạt`,
    missed: (n: number) => `${n} không đạt`,
    'no-data': (n: number) => `${n} chưa có số liệu`,
    'no-target': (n: number) => `${n} chưa có chỉ tiêu`,
  },
  banner: 'Số liệu minh họa, không phải số liệu thật',
  title: (symbol: string) => `Kế hoạch ${symbol}: tình hình thực hiện chỉ tiêu`,
  asOf: (date: string) => `Số liệu đến ngày ${date}`,
  /** A term plan's line under the window: the term and the year its yearly targets are judged in. */
  termLine: (name: string | null, start: number, end: number, year: number) =>
    `Kế hoạch ${name ?? 'nhiệm kỳ'} (${start}-${end}): chỉ tiêu hằng năm tính cho năm ${year}, chỉ tiêu cả nhiệm kỳ tính đến năm ${end}.`,
  /** The report of a whole term (--period 2021-2025): its yearly targets year by year, up to `year`. */
  termLineWhole: (name: string | null, start: number, end: number, year: number) =>
    `Báo cáo cả ${name ?? 'nhiệm kỳ'} (${start}-${end}): chỉ tiêu cả nhiệm kỳ tính đến năm ${end}, chỉ tiêu hằng năm tính từng năm${year > start ? ` ${start}-${year}` : ` ${start}`}.`,
  /** Several plans judged over different spans (a rollup): each kind of plan, and the wards that have it. */
  termLineOf: (name: string | null, start: number, end: number, year: number, wards: string) =>
    `Kế hoạch ${name ?? 'nhiệm kỳ'} (${start}-${end}) của ${wards}: chỉ tiêu hằng năm tính cho năm ${year}, chỉ tiêu cả nhiệm kỳ tính đến năm ${end}.`,
  termLineWholeOf: (name: string | null, start: number, end: number, year: number, wards: string) =>
    `Báo cáo cả ${name ?? 'nhiệm kỳ'} (${start}-${end}) của ${wards}: chỉ tiêu cả nhiệm kỳ tính đến năm ${end}, chỉ tiêu hằng năm tính từng năm${year > start ? ` ${start}-${year}` : ` ${start}`}.`,
  yearLineOf: (year: number, wards: string) => `Kế hoạch năm ${year} của ${wards}.`,
  period: (code: string, start: string, end: string, convention: string) => `Kỳ báo cáo ${code} (${start} - ${end}, ${convention})`,
  convention: { 'nd-09-2019': 'chốt số liệu theo Nghị định 09/2019/NĐ-CP', calendar: 'theo lịch' },
  noTargets: 'Không có chỉ tiêu nào khớp bộ lọc.',
  /** An empty plan, no filter given: say what to do, not "no match". */
  planHasNoTargets: 'Kế hoạch chưa có chỉ tiêu nào: thêm chỉ tiêu vào targets.yaml (cách viết: plan help format 8).',
  /** Under a table a narrow terminal could not show whole. */
  narrowNote: (columns: string) => `Màn hình hẹp: không in cột ${columns}. Xem đủ các cột: --format markdown hoặc csv.`,
  overdue: {
    title: (n: number) => `Nhiệm vụ quá hạn (${n})`,
    titleWithin: (late: number, soon: number, days: number) => `Nhiệm vụ quá hạn (${late}) và sắp đến hạn trong ${days} ngày (${soon})`,
    none: 'Không có nhiệm vụ quá hạn.',
    /** `command`: the overdue command for the same date and filters ("plan overdue --as-of 2024-06-14"). */
    more: (n: number, command: string) => `... và ${n} nhiệm vụ khác: ${command}`,
    late: (days: number) => `trễ ${days} ngày`,
    upcoming: (days: number) => (days === 0 ? 'đến hạn hôm nay' : `còn ${days} ngày`),
    deadline: 'hạn',
    checkIn: 'báo cáo',
    columns: {
      id: 'Mã',
      task: 'Nhiệm vụ',
      due: 'Hạn',
      late: 'Trễ (ngày)',
      kind: 'Loại',
      lastCheckIn: 'Báo cáo gần nhất',
    },
    kind: { deadline: 'Hạn hoàn thành', 'check-in': 'Báo cáo định kỳ' },
    kindShort: { deadline: 'hạn', 'check-in': 'báo cáo định kỳ' },
    upcomingMark: 'sắp đến hạn',
    never: 'chưa có',
    heading: (symbol: string, date: string) => `Kế hoạch ${symbol}: nhiệm vụ quá hạn đến ngày ${date}`,
    csv: {
      lead: 'Đơn vị chủ trì',
      leadName: 'Tên đơn vị',
      id: 'Mã',
      section: 'Mục',
      task: 'Nhiệm vụ',
      kind: 'Loại',
      due: 'Hạn',
      daysLate: 'Số ngày trễ',
      upcoming: 'Sắp đến hạn',
      lastCheckIn: 'Báo cáo gần nhất',
      status: 'Trạng thái',
    },
  },
  rollup: {
    title: (n: number) => `Tổng hợp ${n} kế hoạch: tình hình thực hiện chỉ tiêu`,
    overdueTitle: (n: number, date: string) => `Tổng hợp ${n} kế hoạch: nhiệm vụ quá hạn đến ngày ${date}`,
    wardsTitle: 'Theo phường, xã',
    targetsTitle: (n: number) => `Chỉ tiêu chung của nhiều phường, xã (${n})`,
    noShared: 'Không có chỉ tiêu nào được nhiều phường, xã cùng theo dõi.',
    total: 'Cộng',
    columns: {
      no: 'TT',
      ward: 'Phường, xã',
      symbol: 'Kế hoạch',
      targets: 'Số chỉ tiêu',
      achieved: 'Đạt',
      exceeded: 'trong đó vượt',
      notYet: 'Chưa đạt',
      missed: 'Không đạt',
      noData: 'Chưa có số liệu',
      noTarget: 'Chưa có chỉ tiêu',
      late: 'Nhiệm vụ quá hạn',
      upcoming: 'Sắp đến hạn',
      lateDeadline: 'Quá hạn hoàn thành',
      lateCheckIn: 'Chậm báo cáo định kỳ',
      maxLate: 'Trễ nhất (ngày)',
      target: 'Chỉ tiêu',
      unit: 'ĐVT',
      plan: 'Kế hoạch',
      wards: 'Số nơi',
      notMet: 'Chưa đạt, không đạt',
      withoutFigures: 'Chưa có số liệu',
      worst: 'Kém nhất',
      ids: 'Mã',
      folder: 'Thư mục',
    },
    byWard: 'theo từng nơi',
    absent: '—',
    absentNote: '"—": phường, xã không có chỉ tiêu này. "KH": kế hoạch của phường, xã khi các nơi giao khác nhau.',
    planShort: 'KH',
    more: (n: number) => `và ${n} nơi khác`,
  },
  help: {
    status: {
      description: 'bảng đánh giá thực hiện chỉ tiêu đến một ngày hoặc cho một kỳ báo cáo (mã thoát 0 in được báo cáo, 1 kế hoạch có lỗi, 2 lỗi cách dùng)',
      period:
        'kỳ báo cáo: 2024-06, 2024-Q2, 2024-H1, 2024-9M, 2024 (chốt số liệu theo Nghị định 09/2019 trừ khi có --calendar); kế hoạch nhiệm kỳ: cả nhiệm kỳ 2021-2025 (hoặc theo tên, nhiệm kỳ 2020-2025: 2020-2025), thêm --as-of để sơ kết giữa nhiệm kỳ',
      calendar: 'tính kỳ báo cáo theo lịch (tháng, quý dương lịch) thay vì chốt số liệu ngày 14',
      field: 'chỉ lấy một lĩnh vực: mã mục (II.1, II.3 gồm cả II.3.1...) hoặc tên; lặp lại được',
      unit: 'chỉ lấy chỉ tiêu và nhiệm vụ mà đơn vị (mã) chủ trì hoặc phối hợp; lặp lại được',
      target: 'chỉ lấy các chỉ tiêu này (mã); lặp lại hoặc viết cách nhau bằng dấu phẩy',
      format: 'định dạng: table (mặc định), json, csv, markdown',
      overdue: 'số nhiệm vụ quá hạn in dưới bảng (mặc định 5; 0: không in)',
      bom: 'CSV: thêm BOM UTF-8 ở đầu (để Excel đọc đúng tiếng Việt)',
      out: 'ghi báo cáo vào tệp này thay vì in ra (bắt buộc với định dạng nhị phân)',
      force: 'ghi đè tệp --out đã có',
      rollup: 'khi có nhiều kế hoạch: auto (mặc định: bảng theo phường, xã và bảng chỉ tiêu chung; CSV: từng chỉ tiêu của từng kế hoạch), wards, targets, off (báo cáo riêng từng kế hoạch)',
    },
    overdue: {
      description: 'nhiệm vụ quá hạn và nhiệm vụ thường xuyên chậm báo cáo, theo đơn vị chủ trì (mã thoát 0; 1 với --fail-if-overdue khi có việc quá hạn)',
      within: 'liệt kê thêm nhiệm vụ đến hạn trong N ngày tới',
      failIfOverdue: 'thoát với mã 1 khi có nhiệm vụ quá hạn (cho CI)',
      unit: 'chỉ lấy nhiệm vụ mà đơn vị (mã) chủ trì hoặc phối hợp; lặp lại được',
      rollup: 'khi có nhiều kế hoạch: auto (mặc định: bảng theo phường, xã; CSV: từng nhiệm vụ), wards, off (báo cáo riêng từng kế hoạch)',
    },
  },
  errors: {
    unknownTarget: (id: string) => `Không có chỉ tiêu "${id}".`,
    unknownUnit: (id: string) => `Không có đơn vị "${id}".`,
    unknownField: (f: string) => `Không có lĩnh vực "${f}".`,
    didYouMean: (s: string) => `Có phải ý là "${s}"?`,
    known: (list: string) => `Có: ${list}`,
    badPeriod: (p: string) => `Kỳ báo cáo "${p}" không hợp lệ.`,
    periodForms: 'Viết như 2024, 2024-06, 2024-Q2, 2024-H1, 2024-9M; cả nhiệm kỳ của kế hoạch nhiệm kỳ: 2021-2025.',
    /** A whole-term --period on a plan of one year. */
    termOfYearlyPlan: (code: string, symbol: string, year: number | null) =>
      `--period ${code} là cả một nhiệm kỳ, nhưng kế hoạch ${symbol} là kế hoạch năm${year === null ? '' : ` ${year}`}, không phải kế hoạch nhiệm kỳ (không có "term" trong plan.yaml).`,
    termOfYearlyPlanHint: (year: number | null) => `Kế hoạch năm: dùng --period ${year ?? 'YYYY'} (hoặc một kỳ trong năm: ${year ?? 'YYYY'}-H1, ${year ?? 'YYYY'}-9M).`,
    /** A whole-term --period naming another term than the plan's. */
    otherTerm: (code: string, symbol: string, name: string | null, start: number, end: number) =>
      `--period ${code} không phải nhiệm kỳ của kế hoạch ${symbol}: kế hoạch là ${name ?? 'nhiệm kỳ'} (các năm ${start}-${end}).`,
    otherTermHint: (start: number, end: number) => `Cả nhiệm kỳ: --period ${start}-${end}; một năm của nhiệm kỳ: --period ${end}; sơ kết giữa nhiệm kỳ: --period ${start}-${end} --as-of ${start + 2}-06-14.`,
    badCount: (opt: string, v: string) => `${opt} "${v}" phải là số nguyên không âm.`,
    needsOut: (format: string) => `Định dạng ${format} là tệp nhị phân, không in ra màn hình được.`,
    needsOutHint: (format: string) => `Thêm --out tên-tệp.${format}`,
    outExists: (file: string) => `Tệp "${file}" đã có.`,
    outExistsHint: 'Thêm --force để ghi đè, hoặc chọn tên khác.',
    hasErrors: (n: number) => `Kế hoạch có ${n} lỗi; sửa lỗi (plan validate) rồi lập báo cáo.`,
    badRollup: (v: string, allowed: string) => `--rollup "${v}" không hợp lệ; dùng một trong: ${allowed}.`,
  },
};

export type Labels = typeof VI;
