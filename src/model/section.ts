import { z } from 'zod';
import { Text } from './primitives.js';

export const SectionId = z
  .string()
  .regex(/^[IVX]+(\.\d+)*$/, 'mã mục viết như "II.1", "II.3.2"')
  .meta({ description: 'Mã mục trong văn bản: "II.1", "II.3.2".' });

export const Section = z
  .strictObject({
    id: SectionId,
    title: Text.meta({ description: 'Tiêu đề mục nguyên văn (vd. "Lĩnh vực kinh tế").' }),
    short: Text.optional().meta({ description: 'Tên ngắn của lĩnh vực dùng trong bảng.' }),
  })
  .meta({ title: 'Mục, lĩnh vực' });

export type Section = z.infer<typeof Section>;
