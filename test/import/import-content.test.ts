/**
 * plan import reads structure from content (issue 13 items 2, 3, 5): targets without the seed's
 * headings, measures split out of one sentence, the plan year from the text (never 1970), what was
 * left unread said first, --strict, and the wording check on split and unreadable wordings.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import { runCli } from '../helpers/cli.js';
import { copyExample } from '../helpers/plan-fixture.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'plan-import-content-'));

function doc(text: string): { dir: string; file: string } {
  const dir = tmp();
  const file = join(dir, 'ke-hoach.txt');
  writeFileSync(file, text);
  return { dir, file };
}

const LIST = ['CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2022:', '- Sản lượng lúa:2.961 tấn; Sản lượng bắp: 14 tấn', '+ Tỷ lệ tăng dân số tự nhiên: 0,9%', '- Tỷ lệ người tập luyện TDTT thường xuyên so với dân số 42%.'];

describe('plan import: targets found by content', () => {
  it('splits measures, keeps each fragment as its wording beside the sentence, reads the year from the heading', async () => {
    const { dir, file } = doc(LIST.join('\n'));
    const out = join(dir, 'plans', 'x');
    const res = await runCli(['import', file, '--out', out, '--as-of', '2024-07-01'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const plan = loadPlan(out, dir).plan!;
    expect(plan.header.year).toBe(2022);
    expect(plan.targets.map((t) => [t.wording, t.sentence, t.comparison, t.unit, t.direction])).toEqual([
      ['Sản lượng lúa:2.961 tấn', 'Sản lượng lúa:2.961 tấn; Sản lượng bắp: 14 tấn', { kind: 'at-least', value: 2961 }, 'tấn', 'higher'],
      ['Sản lượng bắp: 14 tấn', 'Sản lượng lúa:2.961 tấn; Sản lượng bắp: 14 tấn', { kind: 'at-least', value: 14 }, 'tấn', 'higher'],
      ['Tỷ lệ tăng dân số tự nhiên: 0,9%', undefined, { kind: 'at-most', value: 0.9 }, '%', 'lower'],
      ['Tỷ lệ người tập luyện TDTT thường xuyên so với dân số 42%.', undefined, { kind: 'at-least', value: 42 }, '%', 'higher'],
    ]);
    // Population growth read as a ceiling from its meaning, and marked so for the office.
    expect(plan.targets[2]!.assumed?.direction).toMatch(/càng thấp càng tốt/u);
  });

  it('never 1970: no year in the text and no --year or --as-of is refused (exit 2); --year and --as-of give it, marked', async () => {
    const { dir, file } = doc(['Các chỉ tiêu chủ yếu', '- Tỷ lệ hộ nghèo giảm còn 0,8%.'].join('\n'));
    const refused = await runCli(['import', file, '--dry-run'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/không ghi năm kế hoạch/u);
    const byYear = await runCli(['import', file, '--dry-run', '--format', 'json', '--year', '2025'], { cwd: dir });
    expect(JSON.parse(byYear.stdout).draft.plan.year).toBe(2025);
    const byAsOf = await runCli(['import', file, '--dry-run', '--format', 'json', '--as-of', '2026-03-01'], { cwd: dir });
    const json = JSON.parse(byAsOf.stdout);
    expect(json.draft.plan.year).toBe(2026);
    expect(json.review.some((r: { field: string; reason: string }) => r.field === 'year' && r.reason.includes('--as-of'))).toBe(true);
    const asked = await runCli(['import', file, '--dry-run', '--format', 'json'], { cwd: dir, stdinIsTTY: true, answers: ['2027'] });
    expect(JSON.parse(asked.stdout).draft.plan.year).toBe(2027);
  });

  it('a term "nhiệm kỳ 2020-2025" gives a term plan of 2021-2025 (the congress year is the base), each target of a year or of the term, and the review says so', async () => {
    const { dir, file } = doc(
      [
        'Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)',
        '(1) Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm.',
        '(2) Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm: từ 90% trở lên.',
        '(3) Tổng huy động vốn đầu tư phát triển thời kỳ 2021-2025: 5.000 tỷ đồng.',
      ].join('\n'),
    );
    const res = await runCli(['import', file, '--dry-run', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(res.stdout);
    expect(json.draft.plan.year).toBeUndefined();
    expect(json.draft.plan.term).toEqual({ start: 2021, end: 2025, name: 'nhiệm kỳ 2020-2025' });
    expect(json.draft.plan.assumed.term).toMatch(/năm 2020 \(năm đại hội\) là năm gốc/u);
    expect(json.review.find((r: { field: string }) => r.field === 'term').reason).toMatch(/nhiệm kỳ 2020-2025/u);
    expect(json.draft.targets.map((t: { over: string; accrual: string; comparison: { kind: string; value: number } }) => [t.over, t.accrual, t.comparison.kind, t.comparison.value])).toEqual([
      ['term', 'level', 'at-least', 45],
      ['year', 'level', 'at-least', 90],
      ['term', 'sum', 'at-least', 5000],
    ]);
  });

  it('"giai đoạn 2021-2025" names the years themselves', async () => {
    const { dir, file } = doc(['CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2021 - 2025', '1. Tỷ lệ lao động qua đào tạo: 88,7%.'].join('\n'));
    const json = JSON.parse((await runCli(['import', file, '--dry-run', '--format', 'json'], { cwd: dir })).stdout);
    expect(json.draft.plan.term).toEqual({ start: 2021, end: 2025, name: 'giai đoạn 2021-2025' });
    expect(json.draft.plan.assumed.term).toBeUndefined();
  });
});

describe('plan import: never a silent success', () => {
  const REPORT = 'Năm 2023 có 12/15 chỉ tiêu đạt và vượt kế hoạch.';

  it('says first which sentences with figures it left unread, lists them for review; --strict exits 1', async () => {
    const { dir, file } = doc([REPORT, 'CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024:', '- Tỷ lệ hộ nghèo giảm còn 0,8%.'].join('\n'));
    const res = await runCli(['import', file, '--out', join(dir, 'a'), '--as-of', '2024-07-01'], { cwd: dir });
    expect(res.code).toBe(0);
    expect(res.stderr.split('\n')[0]).toMatch(/^⚠ 1 câu có số liệu chưa đọc được/u);
    expect(res.stderr).toContain(REPORT);
    expect(res.stdout).toContain(`Câu có số liệu chưa đọc được thành chỉ tiêu; giữ nguyên văn trong "note": "${REPORT}"`);
    const strict = await runCli(['import', file, '--out', join(dir, 'b'), '--strict', '--as-of', '2024-07-01'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/--strict/u);
  });

  it('a document with figures but no target says so first', async () => {
    const { dir, file } = doc(['BÁO CÁO NĂM 2023', REPORT].join('\n'));
    const res = await runCli(['import', file, '--dry-run'], { cwd: dir });
    expect(res.stderr.split('\n')[0]).toMatch(/^⚠ Không tìm thấy chỉ tiêu nào/u);
    const strict = await runCli(['import', file, '--dry-run', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
  });
});

describe('wording check (issue 13 item 5)', () => {
  const targetsOf = (plans: string) => join(plans, '2024', 'targets.yaml');

  it('a split target is checked against its own fragment: "42%" typed as 24 is caught', async () => {
    const { dir, file } = doc(LIST.join('\n'));
    const out = join(dir, 'plans', 'x');
    await runCli(['import', file, '--out', out, '--as-of', '2024-07-01'], { cwd: dir });
    const path = join(out, 'targets.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('value: 42\n', 'value: 24\n'));
    const res = await runCli(['validate', out, '--as-of', '2024-07-01'], { cwd: dir });
    expect(res.code).toBe(1);
    expect(res.stdout + res.stderr).toMatch(/42/u);
  });

  it('a wording the parser cannot read must still hold the structured figures', async () => {
    const plans = copyExample();
    const path = targetsOf(plans);
    const yaml = readFileSync(path, 'utf8');
    const unreadable = yaml.replace('wording: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 11,16%."', 'wording: "Trẻ em thấp còi năm 2024 (mức 11,16%)"');
    writeFileSync(path, unreadable);
    expect((await runCli(['validate', join(plans, '2024'), '--as-of', '2024-07-01'], { cwd: plans })).code).toBe(0);
    writeFileSync(path, unreadable.replace('value: 11.16', 'value: 16.11'));
    const res = await runCli(['validate', join(plans, '2024'), '--as-of', '2024-07-01'], { cwd: plans });
    expect(res.code).toBe(1);
    expect(res.stdout + res.stderr).toMatch(/các con số 11,16|11\.16/u);
  });

  it('a direction against the wording ("dưới" typed higher) is reported once', async () => {
    const plans = copyExample();
    const path = targetsOf(plans);
    const yaml = readFileSync(path, 'utf8');
    writeFileSync(path, yaml.replace(/(value: 11\.16\n\s+direction: )lower/u, '$1higher'));
    const res = await runCli(['validate', join(plans, '2024'), '--as-of', '2024-07-01'], { cwd: plans });
    // One diagnostic, the comparison check's (a warning on main), not a second one from the wording check.
    expect((res.stdout + res.stderr).match(/direction-mismatch/gu)).toHaveLength(1);
    expect(res.stdout + res.stderr).not.toMatch(/wording-mismatch/u);
  });
});
