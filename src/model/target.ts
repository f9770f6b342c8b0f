import { z } from 'zod';
import { Comparison } from './comparison.js';
import { assumedFor, Id, IdList, IsoDate, Text } from './primitives.js';
import { SectionId } from './section.js';

export const Direction = z
  .enum(['higher', 'lower'])
  .meta({ description: 'higher: càng cao càng tốt; lower: càng thấp càng tốt ("dưới", "giảm").' });

export const Accrual = z
  .enum(['level', 'sum'])
  .meta({ description: 'level: mức đo tại một thời điểm (tỷ lệ %); sum: cộng dồn trong kỳ (thu ngân sách), đánh giá theo tỷ lệ thời gian đã qua.' });

export const Baseline = z
  .strictObject({
    value: z.number(),
    date: IsoDate.optional(),
    source: Text.optional(),
  })
  .meta({ description: 'Mức gốc để tính thay đổi (vd. số hộ cận nghèo cuối năm trước).' });

export const SourceFigure = z
  .strictObject({
    source: Id.meta({ description: 'Mã nguồn giao chỉ tiêu, vd. "cap-tren" (cấp trên giao), "hdnd" (nghị quyết HĐND phường). "plan" là số của chính kế hoạch.' }),
    label: Text.optional().meta({ description: 'Tên nguồn như báo cáo viết: "dự toán tỉnh giao", "dự toán phường giao".' }),
    value: z.number().meta({ description: 'Con số của nguồn này, thay cho số trong comparison (cùng cách so sánh).' }),
    document: Text.optional().meta({ description: 'Văn bản giao hoặc điều chỉnh (số, ký hiệu).' }),
    date: IsoDate.optional().meta({ description: 'Ngày văn bản; số có hiệu lực từ ngày này.' }),
    note: Text.optional(),
  })
  .meta({ title: 'Số kế hoạch theo nguồn', description: 'Một con số kế hoạch của một nguồn (cấp trên giao, HĐND, điều chỉnh giữa năm).' });

export const Pace = z
  .union([
    z.literal('even'),
    z.strictObject({ monthly: z.array(z.number().min(0)).length(12) }),
    z.strictObject({ quarterly: z.array(z.number().min(0)).length(4) }),
  ])
  .meta({ description: 'Chỉ tiêu cộng dồn (sum) tích lũy thế nào trong năm, từ đầu năm kế hoạch: even (đều theo ngày, như thu ngân sách), hoặc tỷ trọng từng tháng / quý. Không khai: không đánh giá tiến độ.' });

/** A term plan's target: each year ("hàng năm") or the whole term ("đến năm 2025", "thời kỳ 2021-2025"). */
export const Over = z
  .enum(['year', 'term'])
  .meta({
    description:
      'Chỉ trong kế hoạch nhiệm kỳ (plan.term). year: chỉ tiêu của từng năm ("hàng năm"), đánh giá theo năm báo cáo; term: của cả nhiệm kỳ, mức đạt đến năm cuối ("đến năm 2025"), hoặc với accrual: sum, tổng cộng dồn cả kỳ ("thời kỳ 2021-2025: 5.000 tỷ đồng"). Mặc định: year cho thay đổi bình quân hằng năm (change yearly: true), term cho chỉ tiêu khác.',
  });

export const YearFigure = z
  .strictObject({
    year: z.int().min(1900).max(2200).meta({ description: 'Năm của nhiệm kỳ: 2023.' }),
    value: z.number().meta({ description: 'Con số kế hoạch của năm này, thay cho số trong comparison (cùng cách so sánh).' }),
    note: Text.optional(),
  })
  .meta({ title: 'Số kế hoạch từng năm', description: 'Chỉ tiêu hằng năm có số riêng cho từng năm của nhiệm kỳ ("năm 2021: 30 ha; năm 2022: 35 ha").' });

export const Target = z
  .strictObject({
    id: Id,
    name: Text.meta({ description: 'Tên chỉ tiêu (đại lượng đo), như trong cột "Chỉ tiêu" của báo cáo.' }),
    wording: Text.meta({ description: 'Câu chỉ tiêu nguyên văn trong văn bản, giữ cả lỗi chính tả.' }),
    sentence: Text.optional().meta({
      description: 'Khi một câu nêu nhiều chỉ tiêu ("Sản lượng lúa: 2.961 tấn; Sản lượng bắp: 14 tấn"): cả câu nguyên văn; "wording" là phần của riêng chỉ tiêu này.',
    }),
    unit: Text.meta({ description: 'Đơn vị tính (ĐVT): "%", "hộ", "người", "tiêu chí", "triệu đồng", ...' }),
    section: SectionId.optional().meta({ description: 'Lĩnh vực (mục của phần II) mà chỉ tiêu thuộc về.' }),
    comparison: Comparison,
    stretch: Comparison.optional().meta({ description: 'Mục tiêu phấn đấu, cao hơn mức bắt buộc: "phấn đấu tăng từ 3-5%".' }),
    direction: Direction,
    accrual: Accrual,
    baseline: Baseline.optional(),
    figures: z.array(SourceFigure).optional().meta({ description: 'Các số kế hoạch theo nguồn (cấp trên giao, HĐND giao, điều chỉnh), bên cạnh số của kế hoạch.' }),
    primary: Id.optional().meta({ description: 'Nguồn có số ghi ở cột "Kế hoạch" (mặc định: số của kế hoạch, "plan").' }),
    pace: Pace.optional(),
    period: Id.optional().meta({ description: 'Mã kỳ (khai báo trong plan.periods) nếu khác năm kế hoạch, vd. năm học.' }),
    over: Over.optional(),
    years: z.array(YearFigure).optional().meta({ description: 'Số kế hoạch riêng của từng năm, cho chỉ tiêu over: year của kế hoạch nhiệm kỳ; năm không ghi dùng số trong comparison.' }),
    partOf: Id.optional().meta({
      description: 'Mã chỉ tiêu tổng mà chỉ tiêu này là một phần ("tổng diện tích gieo trồng 772 ha, trong đó: + Lúa 507 ha"): báo cáo ghi phần ngay dưới chỉ tiêu tổng, mỗi phần được đánh giá riêng. Phần có thể có phần của nó; chỉ tiêu tổng không ghi partOf (hai chỉ tiêu là phần của nhau là lỗi part-loop).',
    }),
    lead: Id.meta({ description: 'Đơn vị chủ trì (mã trong units).' }),
    support: IdList.optional().meta({ description: 'Đơn vị phối hợp.' }),
    bases: IdList.optional().meta({ description: 'Căn cứ pháp lý (mã trong legalBases).' }),
    note: Text.optional(),
    assumed: assumedFor(['name', 'unit', 'section', 'comparison', 'stretch', 'direction', 'accrual', 'baseline', 'figures', 'primary', 'pace', 'period', 'over', 'years', 'partOf', 'lead', 'support', 'bases']).optional(),
  })
  .meta({ title: 'Chỉ tiêu', description: 'Một chỉ tiêu chủ yếu của kế hoạch.' });

export type Target = z.infer<typeof Target>;
export type Direction = z.infer<typeof Direction>;
export type SourceFigure = z.infer<typeof SourceFigure>;
export type Pace = z.infer<typeof Pace>;
export type Over = z.infer<typeof Over>;
export type YearFigure = z.infer<typeof YearFigure>;
