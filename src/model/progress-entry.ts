import { z } from 'zod';
import { Id, IsoDate, Text } from './primitives.js';

export const PeriodCode = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12]|-9M)?$/, 'kỳ viết như 2024, 2024-06, 2024-Q2, 2024-H1, 2024-9M')
  .meta({ description: 'Kỳ báo cáo: 2024 (năm), 2024-06 (tháng), 2024-Q2 (quý), 2024-H1 (6 tháng), 2024-9M (9 tháng).' });

export const TaskStatus = z
  .enum(['in-progress', 'done', 'blocked', 'cancelled', 'not-started'])
  .meta({ description: 'in-progress: đang thực hiện; done: hoàn thành; blocked: vướng mắc, tạm dừng; cancelled: không thực hiện nữa; not-started: chưa thực hiện.' });

export const ProgressEntry = z
  .strictObject({
    target: Id.optional().meta({ description: 'Chỉ tiêu được ghi số liệu (hoặc dùng task).' }),
    task: Id.optional().meta({ description: 'Nhiệm vụ được báo cáo tiến độ (hoặc dùng target).' }),
    date: IsoDate.meta({ description: 'Ngày số liệu (thời điểm đo).' }),
    period: PeriodCode.optional(),
    value: z.number().optional().meta({ description: 'Số liệu, theo đơn vị tính của chỉ tiêu.' }),
    status: TaskStatus.optional(),
    estimate: z.boolean().optional().meta({ description: 'true: số ước thực hiện, sẽ được số thực hiện thay thế.' }),
    source: Text.optional().meta({ description: 'Nguồn số liệu (vd. "BHXH thành phố").' }),
    by: Text.optional().meta({ description: 'Người hoặc đơn vị ghi.' }),
    recorded: IsoDate.optional().meta({ description: 'Ngày ghi vào hệ thống.' }),
    correction: z
      .boolean()
      .optional()
      .meta({ description: 'true: số đính chính, thay cho số đã ghi trước cho cùng chỉ tiêu, cùng ngày (và kỳ); số cũ vẫn giữ trong lịch sử (plan record --correct).' }),
    note: Text.optional(),
  })
  .meta({ title: 'Số liệu tiến độ', description: 'Một lần ghi số liệu cho chỉ tiêu hoặc tiến độ cho nhiệm vụ.' });

export type ProgressEntry = z.infer<typeof ProgressEntry>;
export type TaskStatus = z.infer<typeof TaskStatus>;
export type PeriodCode = z.infer<typeof PeriodCode>;
