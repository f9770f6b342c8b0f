import type { Lang } from './lang.js';

/**
 * Words of the report semantics (issue 11, docs/quy-tac-danh-gia.md): the pace and note columns,
 * the plan-figure notes, the official summary line and the missed check-ins, in both languages.
 */
const VI = {
  columns: { pace: 'Tiến độ', note: 'Ghi chú', missed: 'Kỳ chưa báo cáo' },
  csv: { pace: 'Tiến độ', paceExpected: 'Kế hoạch đến ngày số liệu', note: 'Ghi chú', final: 'Chính thức', plannedChange: 'Thay đổi kế hoạch', achievedChange: 'Thay đổi đạt được', sources: 'Theo nguồn' },
  /** Under the column "Tiến độ": "Đạt" reads "đạt tiến độ", "Chậm" "chậm tiến độ". */
  pace: { 'on-track': 'Đạt', behind: 'Chậm' },
  increase: 'tăng',
  decrease: 'giảm',
  /** "(ước, 14/06)": the estimate mark and the date of a stale figure. */
  estimate: 'ước',
  atCutOff: (date: string) => `tại ${date}`,
  /** The note of a row some of whose entries have errors (a partial report). */
  incomplete: 'số liệu lỗi chưa tính',
  /** CSV for people (issue 14): yes/no and a task's status in words, as the rest of the row. */
  yes: 'có',
  no: 'không',
  taskStatus: { 'in-progress': 'đang thực hiện', done: 'hoàn thành', blocked: 'vướng mắc', cancelled: 'không thực hiện nữa', 'not-started': 'chưa thực hiện' } as Record<string, string>,
  original: 'KH đầu năm',
  /** The plan's own figure beside another source's (under --against). */
  ownPlan: 'kế hoạch',
  amended: 'KH điều chỉnh',
  baselineLastYear: (year: number | null) => (year === null ? 'gốc: số cuối năm trước' : `gốc: số cuối năm ${year}`),
  source: (label: string) => label,
  /** Closed window: "Đạt và vượt 8/12 chỉ tiêu (vượt 6); 2 không đạt; 2 chưa đánh giá được." */
  summaryClosed: (achieved: number, total: number, exceeded: number) =>
    `Đạt và vượt ${achieved}/${total} chỉ tiêu${exceeded > 0 ? ` (vượt ${exceeded})` : ''}`,
  /** Open window: "Đến nay đạt 3/12 chỉ tiêu; 6 chưa đạt; 3 chưa đánh giá được." */
  summaryOpen: (achieved: number, total: number) => `Đến nay đạt ${achieved}/${total} chỉ tiêu`,
  summaryParts: {
    missed: (n: number) => `${n} không đạt`,
    'not-yet': (n: number) => `${n} chưa đạt`,
    unknown: (n: number) => `${n} chưa đánh giá được`,
  },
  missed: (n: number) => `${n} kỳ`,
  checkInsLine: (n: number, byUnit: string, command: string) => `Chậm báo cáo định kỳ: ${n} nhiệm vụ (${byUnit}); xem ${command}.`,
  lateTitle: (n: number) => `Nhiệm vụ quá hạn (${n})`,
  help: { against: 'đánh giá theo số kế hoạch của nguồn này (vd. hdnd: dự toán phường giao), nếu chỉ tiêu có' },
};

type Labels = typeof VI;

const EN: Labels = {
  columns: { pace: 'Pace', note: 'Note', missed: 'Reports missed' },
  csv: { pace: 'Pace', paceExpected: 'Plan to the figure date', note: 'Note', final: 'Final', plannedChange: 'Planned change', achievedChange: 'Change achieved', sources: 'By source' },
  pace: { 'on-track': 'On track', behind: 'Behind' },
  increase: 'up',
  decrease: 'down',
  estimate: 'est.',
  atCutOff: (date) => `at ${date}`,
  incomplete: 'bad entries not counted',
  yes: 'yes',
  no: 'no',
  taskStatus: { 'in-progress': 'in progress', done: 'done', blocked: 'blocked', cancelled: 'cancelled', 'not-started': 'not started' },
  original: 'original plan',
  ownPlan: 'plan',
  amended: 'amended plan',
  baselineLastYear: (year) => (year === null ? 'base: end of last year' : `base: end of ${year}`),
  source: (label) => label,
  summaryClosed: (achieved, total, exceeded) => `Met or exceeded ${achieved}/${total} targets${exceeded > 0 ? ` (${exceeded} exceeded)` : ''}`,
  summaryOpen: (achieved, total) => `So far met ${achieved}/${total} targets`,
  summaryParts: {
    missed: (n) => `${n} missed`,
    'not-yet': (n) => `${n} not yet met`,
    unknown: (n) => `${n} cannot be assessed yet`,
  },
  missed: (n) => `${n} ${n === 1 ? 'period' : 'periods'}`,
  checkInsLine: (n, byUnit, command) => `Periodic reports missed: ${n} tasks (${byUnit}); see ${command}.`,
  lateTitle: (n) => `Overdue tasks (${n})`,
  help: { against: "judge against this source's plan figure (e.g. hdnd), where a target has one" },
};

export const SEMANTICS_LABELS: Record<Lang, Labels> = { vi: VI, en: EN };
