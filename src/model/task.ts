import { z } from 'zod';
import { assumedFor, Id, IdList, IsoDate, Text } from './primitives.js';
import { SectionId } from './section.js';

export const Cadence = z
  .enum(['weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly'])
  .meta({ description: 'Chu kỳ báo cáo cho nhiệm vụ thường xuyên: hằng tuần, hằng tháng, hằng quý, 6 tháng, hằng năm.' });

export const Task = z
  .strictObject({
    id: Id,
    section: SectionId.meta({ description: 'Mục của phần II chứa nhiệm vụ (vd. "II.3.1").' }),
    text: Text.meta({ description: 'Nội dung nhiệm vụ nguyên văn.' }),
    lead: Id.meta({ description: 'Đơn vị chủ trì (mã trong units).' }),
    support: IdList.optional().meta({ description: 'Đơn vị phối hợp.' }),
    due: IsoDate.optional().meta({ description: 'Hạn hoàn thành (hết ngày đó).' }),
    cadence: Cadence.optional(),
    targets: IdList.optional().meta({ description: 'Chỉ tiêu mà nhiệm vụ phục vụ.' }),
    bases: IdList.optional().meta({ description: 'Căn cứ pháp lý được viện dẫn.' }),
    note: Text.optional(),
    assumed: assumedFor(['lead', 'support', 'due', 'cadence', 'targets', 'bases']).optional(),
  })
  .meta({ title: 'Nhiệm vụ', description: 'Một nhiệm vụ, giải pháp của phần II; có hạn (due) hoặc chu kỳ báo cáo (cadence).' });

export type Task = z.infer<typeof Task>;
export type Cadence = z.infer<typeof Cadence>;
