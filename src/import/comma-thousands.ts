/**
 * "Sản lượng lương thực có hạt ... đạt trên 3,098 tấn": a decimal comma (3,098 tấn) or a thousands
 * comma written the English way (3.098 tấn)? The document settles it when its parts add up to the
 * thousands reading: "Lúa: ... sản lượng đạt 2.898 tấn. Ngô: ... sản lượng đạt 200 tấn" (2.898 + 200 =
 * 3.098). Only then is the figure read as thousands, and the review says why. Pure.
 */
import type { Comparison } from '../model/comparison.js';
import type { Target } from '../model/target.js';
import { findQuantities, maskNonFigures } from '../parse/phrase-tokens.js';

const COMMA_THOUSANDS = /(?<![\d.,])(\d{1,3}),(\d{3})(?![\d.,])/u;

/** The parts of one sentence, in `unit`, that add up to `total` (two or more of them), or undefined. */
function partsAddingUp(sentence: string, unit: string, total: number): number[] | undefined {
  // The parts often stand in brackets, which the phrase tokens set aside: read them as text here.
  const parts = findQuantities(maskNonFigures(sentence.replace(/[()]/gu, ' ')).masked).filter((q) => q.unit === unit && q.max === undefined && q.outOf === undefined).map((q) => q.value);
  if (parts.length < 2) return undefined;
  const sum = parts.reduce((a, b) => a + b, 0);
  return Math.abs(sum - total) < 1e-9 ? parts : undefined;
}

function withValue(c: Comparison, from: number, to: number): Comparison {
  return 'value' in c && typeof c.value === 'number' && Math.abs(c.value - from) < 1e-9 ? ({ ...c, value: to } as Comparison) : c;
}

/** Targets whose "d,ddd" figure the document's own parts show to be thousands, read again; the rest as they were. */
export function settleCommaThousands(targets: Target[], sentences: readonly string[]): Target[] {
  return targets.map((t) => {
    const m = COMMA_THOUSANDS.exec(t.wording);
    if (!m) return t;
    const decimal = Number(`${m[1]}.${m[2]}`);
    const thousands = Number(`${m[1]}${m[2]}`);
    if (!('value' in t.comparison) || t.comparison.value !== decimal) return t;
    for (const s of sentences) {
      if (s === t.wording || s === t.sentence) continue;
      const parts = partsAddingUp(s, t.unit, thousands);
      if (!parts) continue;
      const shown = (v: number) => v.toLocaleString('vi-VN');
      return {
        ...t,
        comparison: withValue(t.comparison, decimal, thousands),
        assumed: {
          ...t.assumed,
          comparison: `"${m[0]} ${t.unit}" đọc là ${shown(thousands)} ${t.unit} (dấu phẩy ngăn hàng nghìn): văn bản ghi các phần ${parts.map(shown).join(' + ')} = ${shown(thousands)} ${t.unit} ("${s.slice(0, 80)}…"). Kiểm tra lại.`,
        },
      };
    }
    return t;
  });
}
