import { z } from 'zod';
import { assumedFor, Id, Text } from './primitives.js';

export const UnitKind = z
  .enum(['lanh-dao', 'cong-chuc', 'cong-an', 'quan-su', 'y-te', 'khu-pho', 'mat-tran', 'doan-the', 'don-vi-khac'])
  .meta({ description: 'Loại đơn vị: lãnh đạo UBND, công chức chuyên môn, công an, quân sự, y tế, khu phố, Mặt trận, đoàn thể, khác.' });

export const Unit = z
  .strictObject({
    id: Id,
    name: Text.meta({ description: 'Tên đầy đủ (vd. "Công chức Văn hóa - Xã hội").' }),
    short: Text.optional().meta({ description: 'Tên ngắn dùng trong bảng (vd. "VH-XH").' }),
    kind: UnitKind,
    note: Text.optional(),
    assumed: assumedFor(['name', 'kind']).optional(),
  })
  .meta({ title: 'Đơn vị chịu trách nhiệm', description: 'Khai báo theo từng kế hoạch; không có danh sách cố định trong mã.' });

export type Unit = z.infer<typeof Unit>;
