/** The one unit a draft's leads point to until the office assigns them; apart because the import and `plan init` both use it. */
import type { Unit } from '../model/unit.js';

/** The one placeholder unit: the document names no lead units, so every lead points here until assigned. */
export const PLACEHOLDER_UNIT: Unit = {
  id: 'chua-giao',
  name: 'Chưa phân công',
  kind: 'don-vi-khac',
  note: 'Đơn vị tạm do plan import tạo: văn bản không nêu đơn vị chủ trì. Khai báo các đơn vị thật của phường rồi thay "chua-giao" ở từng chỉ tiêu, nhiệm vụ.',
};

/** Why a drafted target or task leads to the placeholder, for its `assumed.lead`. */
export const LEAD_REASON = 'Văn bản không nêu đơn vị chủ trì; gán tạm "chua-giao" (Chưa phân công) để cơ quan phân công.';
