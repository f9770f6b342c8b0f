import { describe, expect, it } from 'vitest';
import { settleCommaThousands } from '../../src/import/comma-thousands.js';
import type { Target } from '../../src/model/target.js';

const target = (wording: string, value: number, unit = 'tấn'): Target => ({
  id: 'luong-thuc',
  name: 'Sản lượng lương thực có hạt',
  wording,
  unit,
  comparison: { kind: 'above', value },
  direction: 'higher',
  accrual: 'level',
  lead: 'chua-giao',
});

// dong-thinh-2020 (test/import/corpus): "đạt trên 3,098 tấn", and the parts in item 3.
const PARTS = '3. Diện tích, các cây trồng chủ yếu năm 2020 (Lúa: diện tích đạt 207 ha, năng suất trung bình năm đạt 140tạ/ha, sản lượng đạt 2.898 tấn. Ngô: diện tích đạt 40ha, năng suất trung bình năm đạt 50 tạ/ha, sản lượng đạt 200 tấn).';
const WORDING = '2. Sản lượng lương thực có hạt bình quân hàng năm đạt trên 3,098 tấn.';

describe('"3,098 tấn": thousands only when the document\'s parts add up to it', () => {
  const cases: [string, Target, string[], number, RegExp | null][] = [
    ['parts 2.898 + 200 tấn in the document', target(WORDING, 3.098), [WORDING, PARTS], 3098, /2\.898 \+ 200 = 3\.098/u],
    ['no parts: stays the decimal reading', target(WORDING, 3.098), [WORDING], 3.098, null],
    ['parts in another unit (ha) do not count', target(WORDING, 3.098), [WORDING, 'Lúa 2.898 ha, ngô 200 ha.'], 3.098, null],
    ['parts that do not add up', target(WORDING, 3.098), [WORDING, 'Lúa 2.800 tấn, ngô 200 tấn.'], 3.098, null],
    ['no comma figure in the wording', target('Sản lượng đạt trên 3.098 tấn.', 3098), [PARTS], 3098, null],
  ];
  for (const [name, t, sentences, value, reason] of cases) {
    it(name, () => {
      const [out] = settleCommaThousands([t], sentences);
      expect(out!.comparison).toEqual({ kind: 'above', value });
      if (reason) expect(out!.assumed?.comparison).toMatch(reason);
      else expect(out).toBe(t);
    });
  }
});
