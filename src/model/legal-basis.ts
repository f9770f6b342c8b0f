import { z } from 'zod';
import { assumedFor, Id, IsoDate, Text } from './primitives.js';

export const LegalBasisKind = z
  .enum([
    'hien-phap',
    'luat',
    'nghi-dinh',
    'nghi-quyet',
    'quyet-dinh',
    'thong-tu',
    'chi-thi',
    'ke-hoach',
    'chuong-trinh',
    'de-an',
    'huong-dan',
    'cong-van',
    'thong-bao',
    'tieu-chuan',
    'khac',
  ])
  .meta({ description: 'Loại văn bản (nghị quyết, nghị định, thông tư, chỉ thị, tiêu chuẩn, đề án, ...).' });

export const LegalBasis = z
  .strictObject({
    id: Id,
    kind: LegalBasisKind,
    symbol: Text.optional().meta({
      description: 'Số, ký hiệu như viết trong văn bản: "10/NQ-HĐND", "144/2021/NĐ-CP", "39-CT/TW", "TCVN ISO 9001:2015". Bỏ trống nếu văn bản không có số.',
    }),
    issuer: Text.optional().meta({ description: 'Cơ quan ban hành (vd. "Hội đồng nhân dân Phường 1", "Chính phủ", "Bộ Chính trị").' }),
    date: IsoDate.optional().meta({ description: 'Ngày ban hành.' }),
    title: Text.optional().meta({ description: 'Trích yếu nội dung.' }),
    citation: Text.optional().meta({ description: 'Cách văn bản kế hoạch trích dẫn căn cứ này, giữ nguyên văn.' }),
    note: Text.optional(),
    assumed: assumedFor(['kind', 'issuer', 'date', 'title']).optional(),
  })
  .meta({ title: 'Căn cứ pháp lý', description: 'Văn bản mà kế hoạch, chỉ tiêu hoặc nhiệm vụ dựa vào.' });

export type LegalBasis = z.infer<typeof LegalBasis>;
