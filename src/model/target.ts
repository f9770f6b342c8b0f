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
    period: Id.optional().meta({ description: 'Mã kỳ (khai báo trong plan.periods) nếu khác năm kế hoạch, vd. năm học.' }),
    lead: Id.meta({ description: 'Đơn vị chủ trì (mã trong units).' }),
    support: IdList.optional().meta({ description: 'Đơn vị phối hợp.' }),
    bases: IdList.optional().meta({ description: 'Căn cứ pháp lý (mã trong legalBases).' }),
    note: Text.optional(),
    assumed: assumedFor(['name', 'unit', 'section', 'comparison', 'stretch', 'direction', 'accrual', 'baseline', 'period', 'lead', 'support', 'bases']).optional(),
  })
  .meta({ title: 'Chỉ tiêu', description: 'Một chỉ tiêu chủ yếu của kế hoạch.' });

export type Target = z.infer<typeof Target>;
export type Direction = z.infer<typeof Direction>;
