import { describe, expect, it } from 'vitest';
import { COMPARISON_KINDS, kindOf } from '../../src/kinds/comparison-kinds.js';
import { Comparison } from '../../src/model/comparison.js';

const WORDS = { increase: 'tăng', decrease: 'giảm', maintain: 'duy trì', assigned: 'trên giao', achieve: 'đạt', stateYes: 'đạt', stateNo: 'chưa đạt', orAbove: 'trở lên', tracked: 'theo dõi', points: 'điểm %', average: 'bình quân', perYear: '/năm' };
const n = (v: number) => String(v);

describe('the table of comparison kinds', () => {
  it('has one row per kind of the schema, and no other', () => {
    const schemaKinds = Comparison.options.map((o) => o.shape.kind.value).sort();
    expect(Object.keys(COMPARISON_KINDS).sort()).toEqual(schemaKinds);
  });

  // One example per kind: planned figure, plan text, implied direction, wording name.
  const CASES: [Comparison, number | null, string, string | undefined, string][] = [
    [{ kind: 'at-least', value: 95 }, 95, '≥ 95', 'higher', 'at-least'],
    [{ kind: 'above', value: 95 }, 95, '> 95', 'higher', 'above'],
    [{ kind: 'at-most', value: 2 }, 2, '≤ 2', 'lower', 'at-most'],
    [{ kind: 'below', value: 11.16 }, 11.16, '< 11.16', 'lower', 'below'],
    [{ kind: 'exactly', value: 100 }, 100, '100', undefined, 'exactly'],
    [{ kind: 'maintain', value: 5, outOf: 52 }, 5, '5/52', undefined, 'maintain'],
    [{ kind: 'range', min: 35, max: 30 }, 30, '30–35', undefined, 'range'],
    [{ kind: 'change', direction: 'decrease', as: 'count', amount: 2 }, 12, 'giảm 2', 'lower', 'change-decrease'],
    [{ kind: 'assigned' }, null, 'trên giao', undefined, 'assigned'],
    [{ kind: 'change', direction: 'decrease', as: 'points', amount: 1.5 }, 12.5, 'giảm 1.5 điểm %', 'lower', 'change-decrease'],
    [{ kind: 'state', goal: 'keep' }, 1, 'duy trì', 'higher', 'state-keep'],
    // nhu-xuan-2020-2025: "Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã)": the count is shown, the rate judged.
    [{ kind: 'at-least', value: 50, count: { value: 8, unit: 'xã' } }, 50, '≥ 50 (8 xã)', 'higher', 'at-least'],
    [{ kind: 'at-least', value: 58.9, count: { value: 66, outOf: 112, unit: 'thôn' } }, 58.9, '≥ 58.9 (66/112 thôn)', 'higher', 'at-least'],
    [{ kind: 'level', scale: ['Hoàn thành nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'], level: 'Hoàn thành tốt nhiệm vụ' }, 2, 'Hoàn thành tốt nhiệm vụ trở lên', 'higher', 'level'],
    [{ kind: 'tracked', value: 7129 }, 7129, '7129', undefined, 'tracked'],
  ];
  for (const [c, reference, text, direction, name] of CASES) {
    it(`${c.kind}: ${text}`, () => {
      const k = kindOf(c);
      const planned = k.planned(c, { target: { direction: 'higher', baseline: { value: 14 } }, bindingReference: null });
      expect(planned.reference).toBe(reference);
      expect(k.text(c, WORDS, n)).toBe(text);
      expect(k.direction(c)).toBe(direction);
      expect(k.wording.name(c)).toBe(name);
      expect(k.rule(planned, 'higher') === null).toBe(reference === null || c.kind === 'tracked');
    });
  }

  it('impossibility checks: a reversed range, "trên 100%", 6/5', () => {
    expect(kindOf({ kind: 'range', min: 5, max: 3 }).impossible({ kind: 'range', min: 5, max: 3 }, false).map((i) => i.reason)).toEqual(['range']);
    expect(kindOf({ kind: 'above', value: 100 }).impossible({ kind: 'above', value: 100 }, true).map((i) => i.reason)).toEqual(['strict-bound']);
    expect(kindOf({ kind: 'above', value: 100 }).impossible({ kind: 'above', value: 100 }, false)).toEqual([]);
    expect(kindOf({ kind: 'maintain', value: 6, outOf: 5 }).impossible({ kind: 'maintain', value: 6, outOf: 5 }, false).map((i) => i.reason)).toEqual(['out-of']);
  });
});
