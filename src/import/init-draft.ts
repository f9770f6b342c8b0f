/**
 * An empty, valid plan for a new ward and year (`plan init`): the header with placeholders to fill in,
 * the usual sections of part II, the placeholder unit, and empty lists of legal bases and targets.
 */
import type { Draft } from './draft.js';
import { PLACEHOLDER_UNIT } from './placeholder-unit.js';
import { slug } from './slug.js';

export interface InitOptions {
  year: number;
  place?: string;
  symbol?: string;
}

import { TO_FILL } from '../model/placeholder.js';

export function initDraft(o: InitOptions): Draft {
  const place = o.place ?? TO_FILL;
  return {
    plan: {
      id: `${slug(o.symbol ?? 'ke-hoach')}-${o.year}`,
      symbol: o.symbol ?? TO_FILL,
      title: `${TO_FILL} Thực hiện các nhiệm vụ phát triển kinh tế - xã hội năm ${o.year}`,
      issuer: `Ủy ban nhân dân ${place}`,
      place,
      issued: `${o.year}-01-01`,
      year: o.year,
      bases: [],
      sections: [
        { id: 'II.1', title: 'Lĩnh vực kinh tế' },
        { id: 'II.2', title: 'Lĩnh vực văn hóa - xã hội' },
        { id: 'II.3', title: 'Lĩnh vực tư pháp, quốc phòng - an ninh' },
        { id: 'II.4', title: 'Nâng cao hiệu lực quản lý nhà nước' },
        { id: 'II.5', title: 'Các hoạt động khác' },
      ],
      recipients: ['Lưu: VT.'],
      signer: { onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: TO_FILL },
      reporting: { convention: 'nd-09-2019', cadence: 'monthly' },
      note: `Tạo bằng "plan init": điền số ký hiệu, trích yếu, ngày ban hành (issued), căn cứ, các mục của phần II như văn bản, nơi nhận và người ký. Cách viết: plan help format 5.`,
      assumed: { reporting: 'Mặc định của plan init: báo cáo hằng tháng, chốt số liệu theo Nghị định 09/2019/NĐ-CP.' },
    },
    units: [{ ...PLACEHOLDER_UNIT, note: 'Đơn vị tạm do plan init tạo: khai báo các đơn vị thật của phường, xã (công chức, công an, khu phố, đoàn thể...) rồi giao chỉ tiêu, nhiệm vụ cho từng đơn vị.' }],
    legalBases: [],
    targets: [],
    tasks: [],
    review: [],
    unread: [],
  };
}
