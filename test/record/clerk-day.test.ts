import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { copyExample } from '../helpers/plan-fixture.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

const AS_OF = ['--as-of', '2024-09-20'];
const entriesOf = (plans: string, file: string) => parse(readFileSync(join(plans, '2024/progress', file), 'utf8')).entries as Record<string, unknown>[];

describe('plan record: sense checks before writing (issue 14, item 3)', () => {
  // input → exit code, what stderr says. Plan: thu-ngan-sach 6.500 triệu đồng (sum), bhyt trên 95 % (level),
  // ho-can-ngheo in hộ (plans/2024/plan.yaml declares hộ, người, vụ, tiêu chí as whole units).
  const refused: [string, string[], RegExp][] = [
    ['a bare figure that is in đồng', ['thu-ngan-sach', '6.021.447.000', '--date', '2024-09-14'], /6\.021\.447\.000 đồng = 6\.021,447 triệu đồng\?/],
    ['nine times the plan, in đồng', ['thu-ngan-sach', '60214470000 đồng', '--date', '2024-09-14'], /khác xa[\s\S]*--yes/],
    ['half a household', ['ho-can-ngheo', '11,5'], /"hộ" đếm bằng số nguyên[\s\S]*Ghi 11 hoặc 12/],
    ['a tenth of a rate', ['bhyt', '9,35', '--date', '2024-09-15'], /khác xa chỉ tiêu kế hoạch \(95 %\)/],
    ['a second, different figure for the same date', ['bhyt', '93,6', '--date', '2024-06-14'], /Ngày 14\/06\/2024 đã có số 93,4[\s\S]*--correct/],
    ['a correction of nothing', ['bhyt', '93,6', '--date', '2024-06-15', '--correct'], /Không có số nào đã ghi cho ngày 15\/06\/2024/],
    ['a check-in with no status', ['--task', 'kt-02', '--date', '2024-09-14'], /Chưa ghi trạng thái cho nhiệm vụ "kt-02"/],
  ];
  it.each(refused)('%s: exit 2, nothing written', async (_name, argv, message) => {
    const plans = copyExample();
    const before = snapshotDir(plans);
    const res = await runCli(['record', ...argv, ...AS_OF], { cwd: plans });
    expect(res.stderr).toMatch(message);
    expect(res.code).toBe(2);
    expect(snapshotDir(plans)).toEqual(before);
  });

  const accepted: [string, string[], number][] = [
    ["January's 410 of a 6.500 budget", ['thu-ngan-sach', '410', '--date', '2024-01-31'], 410],
    ['the same figure in đồng, written with its unit', ['thu-ngan-sach', '6.021.447.000 đồng', '--date', '2024-09-15'], 6021.447],
    ['a far figure confirmed with --yes', ['bhyt', '9,35', '--date', '2024-09-15', '--yes'], 9.35],
    ['a whole count', ['ho-can-ngheo', '11', '--date', '2024-09-15'], 11],
  ];
  it.each(accepted)('%s is recorded', async (_name, argv, value) => {
    const plans = copyExample();
    const res = await runCli(['record', ...argv, '--format', 'json', ...AS_OF], { cwd: plans });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).entry.value).toBe(value);
  });

  it('a far figure is confirmed at the prompt on a terminal', async () => {
    const plans = copyExample();
    const res = await runCli(['record', 'bhyt', '9,35', '--date', '2024-09-15', ...AS_OF], { cwd: plans, stdinIsTTY: true, answers: ['c'] });
    expect(res.stderr).toMatch(/Vẫn ghi số này\?/);
    expect(res.code).toBe(0);
    expect(entriesOf(plans, 'bhyt.yaml').at(-1)).toMatchObject({ value: 9.35, date: '2024-09-15' });
  });
});

describe('plan record --correct (issue 14, item 4)', () => {
  it('supersedes the earlier figure for status, keeps both in the file and the JSON', async () => {
    const plans = copyExample();
    const res = await runCli(['record', 'bhyt', '93,6', '--date', '14/06/2024', '--correct', ...AS_OF], { cwd: plans });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('bhyt = 93,6 % (đính chính) ngày 14/06/2024');
    const june = entriesOf(plans, 'bhyt.yaml').filter((e) => e.date === '2024-06-14');
    expect(june.map((e) => [e.value, e.correction ?? false])).toEqual([[93.4, false], [93.6, true]]);
    const status = await runCli(['status', '--format', 'json', '--as-of', '2024-06-20'], { cwd: plans });
    const bhyt = JSON.parse(status.stdout).targets.find((t: { id: string }) => t.id === 'bhyt');
    expect(bhyt.actual).toBe(93.6);
    expect(bhyt.entries.filter((e: { date: string }) => e.date === '2024-06-14')).toEqual([
      expect.objectContaining({ value: 93.4 }),
      expect.objectContaining({ value: 93.6, correction: true }),
    ]);
  });
});

describe('check-ins in bulk and in Vietnamese (issue 14, item 5)', () => {
  it('--task kt-02,kt-03 --status "đang thực hiện" records both', async () => {
    const plans = copyExample();
    const res = await runCli(['record', '--task', 'kt-02,kt-03', '--status', 'đang thực hiện', '--as-of', '14/06/2024'], { cwd: plans });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    for (const id of ['kt-02', 'kt-03']) expect(entriesOf(plans, `tasks/${id}.yaml`)).toEqual([{ task: id, date: '2024-06-14', status: 'in-progress', recorded: '2024-06-14' }]);
    expect(res.stdout).toContain('kt-02: đang thực hiện ngày 14/06/2024');
  });

  it('repeated --task records each one', async () => {
    const plans = copyExample();
    const res = await runCli(['record', '--task', 'kt-02', '--task', 'kt-03', '--status', 'xong', ...AS_OF], { cwd: plans });
    expect(res.code).toBe(0);
    expect(entriesOf(plans, 'tasks/kt-02.yaml')[0]).toMatchObject({ status: 'done' });
    expect(entriesOf(plans, 'tasks/kt-03.yaml')[0]).toMatchObject({ status: 'done' });
  });

  it.each([
    ['xong', 'done'],
    ['hoàn thành', 'done'],
    ['Đang thực hiện', 'in-progress'],
    ['chưa thực hiện', 'not-started'],
    ['tạm dừng', 'blocked'],
    ['cancelled', 'cancelled'],
  ])('status word "%s" is %s', async (word, code) => {
    const plans = copyExample();
    const res = await runCli(['record', '--task', 'kt-02', '--status', word, '--format', 'json', ...AS_OF], { cwd: plans });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).entry.status).toBe(code);
  });

  it('one refused task of a batch writes nothing', async () => {
    const plans = copyExample();
    const before = snapshotDir(plans);
    const res = await runCli(['record', '--task', 'kt-02,kt-99', '--status', 'xong', ...AS_OF], { cwd: plans });
    expect(res.code).toBe(2);
    expect(snapshotDir(plans)).toEqual(before);
  });

  it('on a terminal the status is asked for', async () => {
    const plans = copyExample();
    const res = await runCli(['record', '--task', 'kt-02', ...AS_OF], { cwd: plans, stdinIsTTY: true, answers: ['xong'] });
    expect(res.code).toBe(0);
    expect(entriesOf(plans, 'tasks/kt-02.yaml')[0]).toMatchObject({ status: 'done' });
  });

  it('--due walks every task whose report is due, one key each', async () => {
    const plans = copyExample();
    const overdue = JSON.parse((await runCli(['overdue', '--format', 'json', ...AS_OF], { cwd: plans })).stdout);
    const due: string[] = overdue.overdue.map((i: { id: string }) => i.id);
    expect(due.length).toBeGreaterThan(2);
    const res = await runCli(['record', '--due', ...AS_OF], { cwd: plans, stdinIsTTY: true, answers: ['x', '', 'đ', 'q'] });
    expect(res.code).toBe(0);
    expect(entriesOf(plans, `tasks/${due[0]}.yaml`).at(-1)).toMatchObject({ status: 'done', date: '2024-09-20' });
    expect(entriesOf(plans, `tasks/${due[2]}.yaml`).at(-1)).toMatchObject({ status: 'in-progress' });
  });
});

describe('the prompt asks every refusal again at its question (issue 14, item 2)', () => {
  it('935 is asked again as the figure, then the default date lies inside the plan', async () => {
    const plans = copyExample();
    // --as-of 2025-01-05: "today" is past the 2024 plan; the default date is its last day.
    const res = await runCli(['record', 'bhyt', '--as-of', '2025-01-05'], { cwd: plans, stdinIsTTY: true, answers: ['935', '95,1', '', '', '', ''] });
    expect(res.stderr).toMatch(/lớn hơn 100%[\s\S]*Số liệu \(%\): [\s\S]*Ngày số liệu \[31\/12\/2024\]/);
    expect(res.code).toBe(0);
    expect(entriesOf(plans, 'bhyt.yaml').at(-1)).toMatchObject({ value: 95.1, date: '2024-12-31' });
  });

  it('a date already holding another figure is asked again, keeping the figure', async () => {
    const plans = copyExample();
    const res = await runCli(['record', 'bhyt', ...AS_OF], { cwd: plans, stdinIsTTY: true, answers: ['93,6', '14/06/2024', '15/06/2024', '', '', ''] });
    expect(res.stderr).toMatch(/đã có số 93,4/);
    expect(res.code).toBe(0);
    expect(entriesOf(plans, 'bhyt.yaml').at(-1)).toMatchObject({ value: 93.6, date: '2024-06-15' });
  });
});
