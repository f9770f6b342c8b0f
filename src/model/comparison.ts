import { z } from 'zod';
import { IsoDate, Text } from './primitives.js';

const value = z.number().meta({ description: 'Giá trị theo đơn vị tính của chỉ tiêu (số thập phân viết bằng dấu chấm: 11.16).' });
const outOf = z.number().optional().meta({ description: 'Mẫu số khi chỉ tiêu viết dạng "5/52": 52.' });

/** "đạt 50% (8 xã)", "58,9% (66/112 thôn)": the count a rate stands for, shown beside it, not judged apart. */
export const CountBeside = z
  .strictObject({
    value: z.number().meta({ description: 'Số lượng: 8 (xã).' }),
    outOf: z.number().optional().meta({ description: 'Tổng số, khi viết dạng "66/112": 112.' }),
    unit: Text.meta({ description: 'Đơn vị đếm: "xã", "thôn", "hộ".' }),
  })
  .meta({ description: 'Số lượng đi kèm một tỷ lệ: "đạt 50% (8 xã)", "58,9% (66/112 thôn)". Ghi bên cạnh kế hoạch; tỷ lệ mới là số được đánh giá.' });

const bound = <K extends string>(kind: K, description: string) =>
  z.strictObject({ kind: z.literal(kind), value, outOf, count: CountBeside.optional() }).meta({ description });

export const AtLeast = bound('at-least', 'Từ ... trở lên, đạt ... (≥): "đạt 95%", "từ 90% trở lên".');
export const Above = bound('above', 'Trên ... (>): "đạt trên 95%".');
export const AtMost = bound('at-most', 'Không quá ... (≤): "không quá 2 vụ", "giảm còn 0,09%".');
export const Below = bound('below', 'Dưới ... (<): "dưới 11,16%".');
export const Exactly = bound('exactly', 'Đúng bằng (=): "đạt 100%".');
export const Maintain = bound('maintain', 'Duy trì mức đã đạt: "Duy trì 5/52 tiêu chí". Đạt khi không kém hơn mức này.');

export const Range = z
  .strictObject({ kind: z.literal('range'), min: value, max: value })
  .meta({ description: 'Khoảng, tính cả hai đầu: "30-35 dự án".' });

export const Change = z
  .strictObject({
    kind: z.literal('change'),
    direction: z.enum(['increase', 'decrease']).meta({ description: 'increase: tăng; decrease: giảm.' }),
    as: z
      .enum(['count', 'percent', 'points'])
      .meta({
        description:
          'count: theo số lượng ("giảm 02 hộ"); percent: theo phần trăm của mức gốc ("thu ngân sách tăng 3-5%"); points: theo điểm phần trăm hoặc phần nghìn của một tỷ lệ ("tỷ lệ hộ nghèo giảm 1,5 điểm %", "mức giảm sinh 0,5‰").',
      }),
    amount: value,
    amountMax: value.optional().meta({ description: 'Đầu trên khi viết dạng khoảng: "tăng từ 3-5%" -> amount 3, amountMax 5.' }),
    yearly: z
      .boolean()
      .optional()
      .meta({
        description:
          'true: mức thay đổi bình quân mỗi năm ("tăng bình quân 16%/năm"), tính kép từ năm của mức gốc (baseline.date) đến năm được đánh giá, như Tổng cục Thống kê tính tốc độ tăng bình quân; mức gốc không ghi ngày thì tính một năm.',
      }),
    relativeTo: z
      .enum(['baseline', 'binding'])
      .optional()
      .meta({ description: 'So với số gốc (baseline, mặc định) hay với chỉ tiêu bắt buộc (binding: "thu vượt 3-5% so với chỉ tiêu giao").' }),
  })
  .meta({ description: 'Thay đổi so với một mức gốc, theo số lượng hoặc phần trăm.' });

export const Assigned = z
  .strictObject({
    kind: z.literal('assigned'),
    value: value.optional().meta({ description: 'Con số cấp trên giao, điền vào khi có.' }),
    assignedBy: Text.optional().meta({ description: 'Cấp giao chỉ tiêu (vd. "UBND thành phố Tây Ninh").' }),
    assignedOn: IsoDate.optional(),
    document: Text.optional().meta({ description: 'Văn bản giao chỉ tiêu (số, ký hiệu).' }),
  })
  .meta({ description: 'Chỉ tiêu do cấp trên giao sau: "đạt chỉ tiêu trên giao". Chưa có số thì chưa đánh giá được.' });

export const State = z
  .strictObject({
    kind: z.literal('state'),
    goal: z.enum(['achieve', 'keep']).meta({ description: 'achieve: đạt được, được công nhận ("xây dựng xã đạt chuẩn nông thôn mới nâng cao"); keep: giữ, duy trì điều đã đạt ("Duy trì xã đạt chuẩn quốc gia về y tế").' }),
  })
  .meta({ description: 'Trạng thái có/không, không có con số. Ghi số liệu 1 (đã đạt, còn giữ được) hoặc 0 (chưa đạt, không giữ được).' });

export const Level = z
  .strictObject({
    kind: z.literal('level'),
    scale: z.array(Text).min(2).meta({ description: 'Các mức xếp loại, từ thấp đến cao: ["Không hoàn thành nhiệm vụ", "Hoàn thành nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"].' }),
    level: Text.meta({ description: 'Mức phải đạt, một mức của "scale"; đạt mức này hoặc cao hơn là đạt ("hoàn thành tốt nhiệm vụ trở lên").' }),
  })
  .meta({ description: 'Mức xếp loại trên một thang có thứ bậc: "Đảng bộ xã hàng năm đạt: hoàn thành tốt nhiệm vụ trở lên". Ghi số liệu là thứ bậc của mức đạt được trên thang (1 = mức thấp nhất).' });

export const Tracked = z
  .strictObject({
    kind: z.literal('tracked'),
    value: value.optional().meta({ description: 'Con số văn bản nêu (dự báo, cơ cấu), nếu có.' }),
  })
  .meta({ description: 'Số liệu theo dõi, không đánh giá đạt hay không đạt: dự báo ("Dân số trung bình 7.129 người"), cơ cấu kinh tế ("nông nghiệp chiếm 5%"), dự toán chi.' });

export const Comparison = z
  .discriminatedUnion('kind', [AtLeast, Above, AtMost, Below, Exactly, Maintain, Range, Change, Assigned, State, Level, Tracked])
  .meta({ title: 'Cách so sánh', description: 'Chỉ tiêu được đánh giá đạt như thế nào.' });

export type Comparison = z.infer<typeof Comparison>;
export type ComparisonKind = Comparison['kind'];
