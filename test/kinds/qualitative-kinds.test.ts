/**
 * The kinds real plans use besides figures against figures (issue 13): a yes/no state, a level on an
 * ordered scale, a tracked figure, a change in points. Each is one row of src/kinds; these tables
 * give, per input, every cell a report shows: plan text, Kế hoạch, Thực hiện, Chênh lệch, Tỷ lệ, Đánh giá.
 *
 * Real wordings (test/import/corpus): "Duy trì xã đạt chuẩn quốc gia về y tế" (tam-phuoc-2022),
 * "xây dựng xã cơ bản đạt nông thôn mới nâng cao" (son-lang-2020-2025), "Đảng bộ xã hàng năm đạt:
 * hoàn thành tốt nhiệm vụ trở lên" (son-lang), "Dân số trung bình 7.129 người" (tam-phuoc-2022),
 * "Nông nghiệp chiếm 5%" (phu-loi-2026). The four levels are those of the Party's yearly rating of
 * organisations ("1 trong 4 mức theo quy định tại Điều 12 Quy định 124-QĐ/TW năm 2023": "hoàn thành
 * xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ", "không hoàn thành nhiệm vụ";
 * found through the search tool, corpus "pages": thuvienphapluat.vn and a 2020 plan of Đảng ủy xã La Bằng).
 */
import { describe, expect, it } from 'vitest';
import { actualValue } from '../../src/document/target-cells.js';
import { plannedText } from '../../src/document/plan-text.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { Target } from '../../src/model/target.js';
import { evaluateTarget, summarize, type EvaluationContext } from '../../src/report/variance.js';
import { validatePlan } from '../../src/check/validate-plan.js';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';
import { figure, target } from '../report/fixtures.js';

const year = { start: '2024-01-01', end: '2024-12-31' };
const closed: EvaluationContext = { asOf: '2024-12-31', window: year };
const open: EvaluationContext = { asOf: '2024-06-30', window: year };

const SCALE = ['Không hoàn thành nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ'];

interface Row {
  /** Plan text, Kế hoạch number, Thực hiện (as shown), Chênh lệch, Tỷ lệ, Đánh giá. */
  plan: string;
  planned: number | null;
  shown: string | number | null;
  variance: number | null;
  ratio: number | null;
  verdict: string;
}

function row(t: Target, actual: number | null, ctx: EvaluationContext): Row {
  const e = evaluateTarget(t, actual === null ? [] : [figure('2024-06-30', actual)], ctx);
  const v = actualValue(e, 'vi');
  const shown = v.kind === 'text' ? v.text : v.kind === 'number' ? v.value : null;
  return { plan: plannedText(e, 'vi'), planned: e.planned.reference, shown, variance: e.variance, ratio: e.ratio, verdict: e.verdict };
}

type Case = [string, Comparison, Partial<Target>, number | null, EvaluationContext, Row];

const CASES: Case[] = [
  // state: 1 reached (or kept), 0 not; never "Vượt"; no difference or ratio.
  ['keep, kept', { kind: 'state', goal: 'keep' }, { unit: 'trạng thái' }, 1, closed, { plan: 'duy trì', planned: 1, shown: 'đạt', variance: null, ratio: null, verdict: 'met' }],
  ['keep, lost', { kind: 'state', goal: 'keep' }, { unit: 'trạng thái' }, 0, closed, { plan: 'duy trì', planned: 1, shown: 'chưa đạt', variance: null, ratio: null, verdict: 'missed' }],
  ['achieve, not yet mid-year', { kind: 'state', goal: 'achieve' }, { unit: 'trạng thái' }, 0, open, { plan: 'đạt', planned: 1, shown: 'chưa đạt', variance: null, ratio: null, verdict: 'not-yet' }],
  ['achieve, reached mid-year', { kind: 'state', goal: 'achieve' }, { unit: 'trạng thái' }, 1, open, { plan: 'đạt', planned: 1, shown: 'đạt', variance: null, ratio: null, verdict: 'met' }],
  ['achieve, no figure', { kind: 'state', goal: 'achieve' }, { unit: 'trạng thái' }, null, closed, { plan: 'đạt', planned: 1, shown: null, variance: null, ratio: null, verdict: 'no-data' }],
  // level: the rank on the scale; the level or above is met, above it exceeded.
  ['level, reached', { kind: 'level', scale: SCALE, level: 'Hoàn thành tốt nhiệm vụ' }, { unit: 'mức' }, 3, closed, { plan: 'Hoàn thành tốt nhiệm vụ trở lên', planned: 3, shown: 'Hoàn thành tốt nhiệm vụ', variance: null, ratio: null, verdict: 'met' }],
  ['level, above', { kind: 'level', scale: SCALE, level: 'Hoàn thành tốt nhiệm vụ' }, { unit: 'mức' }, 4, closed, { plan: 'Hoàn thành tốt nhiệm vụ trở lên', planned: 3, shown: 'Hoàn thành xuất sắc nhiệm vụ', variance: null, ratio: null, verdict: 'exceeded' }],
  ['level, below', { kind: 'level', scale: SCALE, level: 'Hoàn thành tốt nhiệm vụ' }, { unit: 'mức' }, 2, closed, { plan: 'Hoàn thành tốt nhiệm vụ trở lên', planned: 3, shown: 'Hoàn thành nhiệm vụ', variance: null, ratio: null, verdict: 'missed' }],
  ['level, mid-year below', { kind: 'level', scale: SCALE, level: 'Hoàn thành tốt nhiệm vụ' }, { unit: 'mức' }, 2, open, { plan: 'Hoàn thành tốt nhiệm vụ trở lên', planned: 3, shown: 'Hoàn thành nhiệm vụ', variance: null, ratio: null, verdict: 'not-yet' }],
  // tracked: shown with its figure, never judged, whatever the actual.
  ['forecast, above it', { kind: 'tracked', value: 7129 }, { unit: 'người', name: 'Dân số trung bình' }, 7140, closed, { plan: '7.129', planned: 7129, shown: 7140, variance: null, ratio: null, verdict: 'tracked' }],
  ['forecast, below it', { kind: 'tracked', value: 7129 }, { unit: 'người', name: 'Dân số trung bình' }, 7000, closed, { plan: '7.129', planned: 7129, shown: 7000, variance: null, ratio: null, verdict: 'tracked' }],
  ['share, no figure yet', { kind: 'tracked', value: 5 }, { unit: '%', name: 'Nông nghiệp chiếm' }, null, closed, { plan: '5', planned: 5, shown: null, variance: null, ratio: null, verdict: 'tracked' }],
  ['tracked without a figure', { kind: 'tracked' }, { unit: 'tỷ đồng' }, 12, open, { plan: 'theo dõi', planned: null, shown: 12, variance: null, ratio: null, verdict: 'tracked' }],
  // points: a rate moves by the amount itself ("tỷ lệ hộ nghèo còn 5,8–6%, giảm được 1,8–2%" from 7,8%).
  ['points, fall reached', { kind: 'change', direction: 'decrease', as: 'points', amount: 1.5 }, { unit: '%', direction: 'lower', baseline: { value: 7.8 } }, 6.3, closed, { plan: 'giảm 1,5 điểm %', planned: 6.3, shown: 1.5, variance: 0, ratio: 100, verdict: 'met' }],
  ['points, fall short', { kind: 'change', direction: 'decrease', as: 'points', amount: 1.5 }, { unit: '%', direction: 'lower', baseline: { value: 7.8 } }, 7, closed, { plan: 'giảm 1,5 điểm %', planned: 6.3, shown: 0.8, variance: -0.7, ratio: 53.3, verdict: 'missed' }],
  ['points, rise beyond', { kind: 'change', direction: 'increase', as: 'points', amount: 2 }, { unit: '%', baseline: { value: 90 } }, 93, closed, { plan: 'tăng 2 điểm %', planned: 92, shown: 3, variance: 1, ratio: 150, verdict: 'exceeded' }],
];

// A yearly average change ("tăng bình quân 16%/năm", nhu-xuan-2020-2025), compounded from the base's
// year as the General Statistics Office computes average growth: 2021's 100 → 2024's plan 100 × 1,16³.
const YEARLY: Case[] = [
  ['yearly 16%, three years on', { kind: 'change', direction: 'increase', as: 'percent', amount: 16, yearly: true }, { unit: 'tỷ đồng', baseline: { value: 100, date: '2021-12-31' } }, 156.09, closed, { plan: 'tăng bình quân 16%/năm', planned: 156.09, shown: 16, variance: 0, ratio: 100, verdict: 'met' }],
  ['yearly 16%, short of it', { kind: 'change', direction: 'increase', as: 'percent', amount: 16, yearly: true }, { unit: 'tỷ đồng', baseline: { value: 100, date: '2021-12-31' } }, 140, closed, { plan: 'tăng bình quân 16%/năm', planned: 156.09, shown: 11.87, variance: -4.13, ratio: 74.2, verdict: 'missed' }],
  ['yearly, base without a date: one year', { kind: 'change', direction: 'increase', as: 'percent', amount: 16, yearly: true }, { unit: 'tỷ đồng', baseline: { value: 100 } }, 117, closed, { plan: 'tăng bình quân 16%/năm', planned: 116, shown: 17, variance: 1, ratio: 106.3, verdict: 'exceeded' }],
  ['yearly fall in points', { kind: 'change', direction: 'decrease', as: 'points', amount: 1, yearly: true }, { unit: '%', direction: 'lower', baseline: { value: 8, date: '2021-12-31' } }, 5, closed, { plan: 'giảm bình quân 1 điểm %/năm', planned: 5, shown: 1, variance: 0, ratio: 100, verdict: 'met' }],
];
CASES.push(...YEARLY);

const rounded = (r: Row): Row => ({ ...r, planned: r.planned === null ? null : Math.round(r.planned * 100) / 100, variance: r.variance === null ? null : Math.round(r.variance * 100) / 100, ratio: r.ratio === null ? null : Math.round(r.ratio * 10) / 10, shown: typeof r.shown === 'number' ? Math.round(r.shown * 100) / 100 : r.shown });

describe('state, level, tracked and points: every cell per case', () => {
  for (const [name, comparison, over, actual, ctx, expected] of CASES) {
    it(`${comparison.kind} ${name}: ${actual ?? '—'} → ${expected.verdict}`, () => {
      expect(rounded(row(target(comparison, over), actual, ctx))).toEqual(expected);
    });
  }

  it('a tracked figure is not among the targets counted in the summary', () => {
    const rows = [target({ kind: 'tracked', value: 7129 }), target({ kind: 'at-least', value: 95 })].map((t) => evaluateTarget(t, [figure('2024-06-30', 96)], closed));
    expect(summarize(rows)).toMatchObject({ total: 1, achieved: 1, counts: { tracked: 1, exceeded: 1 } });
  });
});

const TARGETS = `targets:
  - id: y-te
    name: Xã đạt chuẩn quốc gia về y tế
    wording: Duy trì xã đạt chuẩn quốc gia về y tế.
    unit: trạng thái
    comparison: { kind: state, goal: keep }
    direction: higher
    accrual: level
    lead: vh-xh
  - id: dang-bo
    name: Xếp loại Đảng bộ xã
    wording: "Đảng bộ xã hàng năm đạt: hoàn thành tốt nhiệm vụ trở lên."
    unit: mức
    comparison:
      kind: level
      scale: [Không hoàn thành nhiệm vụ, Hoàn thành nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành xuất sắc nhiệm vụ]
      level: LEVEL
    direction: higher
    accrual: level
    lead: vh-xh
  - id: dan-so
    name: Dân số trung bình
    wording: Dân số trung bình 7.129 người.
    unit: người
    comparison: { kind: tracked, value: FORECAST }
    direction: higher
    accrual: level
    lead: vh-xh
  - id: ho-ngheo
    name: Tỷ lệ hộ nghèo
    wording: Tỷ lệ hộ nghèo giảm 1,5 điểm %.
    unit: "%"
    comparison: { kind: change, direction: decrease, as: points, amount: 1.5 }
    direction: lower
    accrual: level
    baseline: { value: 7.8 }
    lead: vh-xh
`;

function validate(level: string, forecast: string) {
  const dir = writePlan({ ...minimalPlan(), 'targets.yaml': TARGETS.replace('LEVEL', level).replace('FORECAST', forecast), 'progress/bhyt.yaml': null });
  return validatePlan(dir, { cwd: dir, asOf: '2024-07-01' }).all;
}

describe('validate: the new kinds', () => {
  it('a plan with a state, a level, a tracked figure and a change in points validates, the wording check included', () => {
    expect(validate('Hoàn thành tốt nhiệm vụ', '7129').map((d) => `${d.code} ${JSON.stringify(d.params)}`)).toEqual([]);
  });
  it('a level not on its scale is impossible-comparison at "level"', () => {
    const d = validate('Hoàn thành tốt', '7129');
    expect(d.map((x) => [x.code, x.severity])).toEqual([['impossible-comparison', 'error']]);
    expect(d[0]!.params).toMatchObject({ id: 'dang-bo', reason: 'level-not-on-scale' });
  });
  it('a tracked figure typed otherwise than its wording is a wording-mismatch ("7.129" typed 7192)', () => {
    expect(validate('Hoàn thành tốt nhiệm vụ', '7192').map((x) => x.code)).toEqual(['wording-mismatch']);
  });
});
