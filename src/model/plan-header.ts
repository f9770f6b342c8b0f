import { z } from 'zod';
import { Cadence } from './task.js';
import { assumedFor, Id, IdList, IsoDate, Text } from './primitives.js';
import { Section } from './section.js';

export const NamedPeriod = z
  .strictObject({
    id: Id,
    name: Text.meta({ description: 'Tên kỳ như văn bản viết: "năm học 2024-2025".' }),
    start: IsoDate,
    end: IsoDate,
    assumed: assumedFor(['start', 'end']).optional(),
  })
  .meta({ title: 'Kỳ', description: 'Kỳ khác năm kế hoạch mà một chỉ tiêu cần, vd. năm học.' });

/** "nhiệm kỳ 2020-2025", "giai đoạn 2021-2025": a plan of several years (docs/format.md, `term`). */
export const Term = z
  .strictObject({
    start: z.int().min(1900).max(2200).meta({ description: 'Năm đầu nhiệm kỳ, giai đoạn: 2021.' }),
    end: z.int().min(1900).max(2200).meta({ description: 'Năm cuối: 2025.' }),
    name: Text.optional().meta({ description: 'Tên như văn bản viết: "nhiệm kỳ 2020-2025", "giai đoạn 2021-2025".' }),
  })
  .meta({
    title: 'Nhiệm kỳ',
    description:
      'Kế hoạch nhiều năm (nhiệm kỳ, giai đoạn 5 năm): thay cho "year". Chỉ tiêu ghi "over": year (từng năm, "hàng năm") hoặc term (cả kỳ: "đến năm 2025", "thời kỳ 2021-2025").',
  });

export const Signer = z.strictObject({
  onBehalfOf: Text.optional().meta({ description: 'Thẩm quyền ký: "TM. ỦY BAN NHÂN DÂN".' }),
  signsFor: Text.optional().meta({
    description: 'Ký thay người đứng đầu (dòng dưới "TM."): "KT. CHỦ TỊCH"; khi đó title là chức vụ người ký: "PHÓ CHỦ TỊCH".',
  }),
  title: Text.meta({ description: 'Chức vụ: "CHỦ TỊCH".' }),
  name: Text,
});

export const Reporting = z
  .strictObject({
    convention: z
      .enum(['nd-09-2019', 'calendar'])
      .meta({ description: 'nd-09-2019: chốt số liệu từ ngày 15 tháng trước đến 14 (Nghị định 09/2019/NĐ-CP); calendar: theo tháng dương lịch.' }),
    cadence: Cadence.optional(),
    dueWorkingDays: z.int().min(0).max(60).optional().meta({ description: 'Báo cáo định kỳ gửi chậm nhất bao nhiêu ngày làm việc sau ngày chốt số liệu (mặc định 0).' }),
    symbol: Text.optional().meta({
      description: 'Ký hiệu của báo cáo sau số: "BC-UBND" (mặc định: "BC-" và phần sau dấu "-" của ký hiệu kế hoạch).',
    }),
    recipients: z
      .array(Text)
      .optional()
      .meta({ description: 'Nơi nhận của báo cáo, từng dòng nguyên văn: "UBND thành phố;", ..., "Lưu: VT.". Mặc định: nơi nhận của kế hoạch.' }),
    signer: Signer.optional().meta({ description: 'Người ký báo cáo. Mặc định: người ký kế hoạch.' }),
  })
  .meta({ title: 'Chế độ báo cáo' });

export const PlanHeader = z
  .strictObject({
    id: Id,
    symbol: Text.meta({ description: 'Số, ký hiệu: "05/KH-UBND".' }),
    title: Text.meta({ description: 'Trích yếu nguyên văn.' }),
    parentBody: Text.optional().meta({
      description: 'Cơ quan cấp trên trực tiếp, ghi trên tên cơ quan ban hành ở đầu văn bản: "UBND THÀNH PHỐ TÂY NINH".',
    }),
    issuer: Text.meta({ description: 'Cơ quan ban hành: "Ủy ban nhân dân Phường 1".' }),
    place: Text.meta({ description: 'Địa danh ghi ở đầu văn bản: "Phường 1".' }),
    issued: IsoDate.meta({ description: 'Ngày ban hành.' }),
    year: z.int().min(1900).max(2200).optional().meta({ description: 'Năm kế hoạch (bắt buộc, trừ kế hoạch nhiệm kỳ: khi đó ghi "term" thay cho "year").' }),
    term: Term.optional(),
    start: IsoDate.optional().meta({ description: 'Ngày đầu kỳ kế hoạch (mặc định 01/01 của năm, hoặc của năm đầu nhiệm kỳ).' }),
    end: IsoDate.optional().meta({ description: 'Ngày cuối kỳ kế hoạch (mặc định 31/12 của năm, hoặc của năm cuối nhiệm kỳ).' }),
    periods: z.array(NamedPeriod).optional(),
    objective: Text.optional().meta({ description: 'Mục tiêu chung, nguyên văn.' }),
    bases: IdList.meta({ description: 'Căn cứ ban hành kế hoạch (mã trong legalBases).' }),
    sections: z.array(Section).meta({ description: 'Các mục của phần II (nhiệm vụ và giải pháp), theo thứ tự.' }),
    implementation: z.array(Text).optional().meta({ description: 'Phần tổ chức thực hiện, từng đoạn nguyên văn.' }),
    recipients: z.array(Text).meta({ description: 'Nơi nhận, nguyên văn.' }),
    signer: Signer,
    reporting: Reporting.optional(),
    wholeUnits: z
      .array(Text)
      .optional()
      .meta({ description: 'Đơn vị tính đếm bằng số nguyên (vật không chia được): ["hộ", "người", "vụ"]. plan record từ chối 11,5 hộ.' }),
    note: Text.optional(),
    assumed: assumedFor(['start', 'end', 'term', 'reporting', 'parentBody']).optional(),
  })
  .meta({ title: 'Kế hoạch', description: 'Phần đầu và phần cuối của văn bản kế hoạch.' });

export type PlanHeader = z.infer<typeof PlanHeader>;
export type NamedPeriod = z.infer<typeof NamedPeriod>;
export type Signer = z.infer<typeof Signer>;
export type Term = z.infer<typeof Term>;
