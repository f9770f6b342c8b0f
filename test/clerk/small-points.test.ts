import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyExample, minimalPlan, writePlan } from '../helpers/plan-fixture.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

/** Issue 14, item 10: the smaller points a new clerk met, each as it was met. */
describe('the smaller points of a clerk’s day', () => {
  it('status on an empty plan says the plan has no targets yet, not "no target matches the filters"', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-small-'));
    expect((await runCli(['init', 'plans/2025', '--year', '2025', '--as-of', '2025-01-05'], { cwd: root })).code).toBe(0);
    const res = await runCli(['status', '--as-of', '2025-02-01'], { cwd: root });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Kế hoạch chưa có chỉ tiêu nào');
    expect(res.stdout).toContain('plan help format 8');
    expect(res.stdout).not.toContain('khớp bộ lọc');
    // With a filter, "no match" is the right word.
    const filtered = await runCli(['status', '--as-of', '2025-02-01', '--unit', 'chua-giao'], { cwd: root });
    expect(filtered.stdout).toContain('Không có chỉ tiêu nào khớp bộ lọc');
  });

  it.each([
    ['2025', true],
    ['2025-H1', true],
    ['2023', true],
    ['2024', false],
    ['2024-H1', false],
  ])('--period %s on the 2024 plan warns: %s (exit 0 either way)', async (period, warns) => {
    const res = await runCli(['status', '--period', period, '--as-of', '2025-06-30'], { cwd: copyExample() });
    expect(res.code).toBe(0);
    if (warns) expect(res.stderr).toContain(`Kỳ ${period} nằm ngoài kế hoạch 05/KH-UBND năm 2024`);
    else expect(res.stderr).not.toContain('nằm ngoài kế hoạch');
  });

  it.each([
    ['ho-can-ngheo', '-3', /còn 11/, /935/],
    ['bhyt', '935', /93,5 chứ không phải 935/, /còn 11/],
  ])('record %s %s: refused (exit 2, nothing written) with the hint of its own mistake', async (target, value, hint, notHint) => {
    const plans = copyExample();
    const before = snapshotDir(plans);
    const res = await runCli(['record', '--date', '2024-06-20', '--as-of', '2024-06-20', target, '--', value], { cwd: plans });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(hint);
    expect(res.stderr).not.toMatch(notHint);
    expect(snapshotDir(plans)).toEqual(before);
  });

  it('a decimal comma inside { } is one error at the figure, with the figure to write', async () => {
    const files = minimalPlan();
    files['targets.yaml'] = files['targets.yaml']!.replace('    comparison:\n      kind: above\n      value: 95\n', '    comparison: { kind: above, value: 95,5 }\n');
    expect(files['targets.yaml']).toContain('95,5');
    const dir = writePlan(files);
    const res = await runCli(['validate', '--format', 'json', '--as-of', '2024-06-20'], { cwd: dir });
    expect(res.code).toBe(1);
    const errors = JSON.parse(res.stdout).errors as { line: number; column: number; code: string; hint: string }[];
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([['unknown-field', 6, 39]]);
    expect(errors[0]!.hint).toContain('value: 95.5');
  });
});
