import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { copyExample } from '../helpers/plan-fixture.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

const AS_OF = ['--as-of', '2024-06-20'];

describe('plan record', () => {
  it('appends one entry and leaves every other byte of the file as it was', async () => {
    const plans = copyExample();
    const file = join(plans, '2024/progress/bhyt.yaml');
    const before = readFileSync(file, 'utf8');
    const res = await runCli(['record', 'bhyt', '93,5', '--date', '2024-06-15', '--source', 'BHXH thành phố', '--by', 'Văn hóa - Xã hội', ...AS_OF], { cwd: dirname(plans) });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('bhyt = 93,5 %');
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(
      '  - target: bhyt\n    date: 2024-06-15\n    value: 93.5\n    source: BHXH thành phố\n    by: Văn hóa - Xã hội\n    recorded: 2024-06-20\n',
    );
    const validate = await runCli(['validate', '--as-of', '2024-12-31', plans], { cwd: plans });
    expect(validate.code).toBe(0);
  });

  it.each([
    ['93,5', 93.5],
    ['93.5', 93.5],
    ['93,5%', 93.5],
    [' 95 ', 95],
  ])('reads "%s" as %d for a percentage', async (typed, value) => {
    const plans = copyExample();
    const res = await runCli(['record', 'bhyt', typed, '--format', 'json', ...AS_OF], { cwd: plans });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).entry.value).toBe(value);
  });

  it('converts money written in đồng to the target unit (triệu đồng)', async () => {
    const plans = copyExample();
    const res = await runCli(['record', 'thu-ngan-sach', '6.021.447.000 đồng', '--estimate', '--period', '2024-9M', '--format', 'json', '--as-of', '2024-09-14'], { cwd: plans });
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.entry).toMatchObject({ target: 'thu-ngan-sach', value: 6021.447, estimate: true, period: '2024-9M', date: '2024-09-14' });
    const entries = parse(readFileSync(join(plans, '2024/progress/thu-ngan-sach.yaml'), 'utf8')).entries;
    expect(entries.at(-1)).toMatchObject({ value: 6021.447, estimate: true });
  });

  it('records a task check-in into a per-task file when the task has none yet', async () => {
    const plans = copyExample();
    const res = await runCli(['record', '--task', 'kt-01', '--status', 'done', '--note', 'Xong', ...AS_OF], { cwd: plans });
    expect(res.code).toBe(0);
    const text = readFileSync(join(plans, '2024/progress/tasks/kt-01.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/plan\.schema\.json\n/);
    expect(parse(text).entries).toEqual([{ task: 'kt-01', date: '2024-06-20', status: 'done', note: 'Xong', recorded: '2024-06-20' }]);
  });

  describe('refuses bad input, says why, and changes no file', () => {
    const cases: [string, string[], RegExp][] = [
      ['unknown target', ['record', 'bhty', '93,5'], /Không có chỉ tiêu "bhty"[\s\S]*"bhyt"/],
      ['not a number', ['record', 'bhyt', 'chín mươi'], /không phải là số/],
      ['bad grouping', ['record', 'bhyt', '93.5.1'], /nhóm hàng nghìn/],
      ['rate above 100', ['record', 'bhyt', '935'], /lớn hơn 100%/],
      ['negative count', ['record', 'ho-can-ngheo', '-2'], /Số liệu âm/],
      ['wrong unit', ['record', 'bhyt', '93 hộ'], /đơn vị/],
      ['no value', ['record', 'bhyt'], /Thiếu số liệu/],
      ['date outside the plan', ['record', 'bhyt', '93', '--date', '2022-06-14'], /ngoài kỳ kế hoạch/],
      ['date in the future', ['record', 'bhyt', '93', '--date', '2024-07-01'], /sau ngày hiện tại/],
      ['impossible date', ['record', 'bhyt', '93', '--date', '2024-02-30'], /Ngày "2024-02-30" không hợp lệ/],
      ['bad period', ['record', 'bhyt', '93', '--period', '2024-Q5'], /Kỳ "2024-Q5"/],
      ['a target and a task at once', ['record', 'bhyt', '--task', 'kt-01', '--status', 'done'], /một chỉ tiêu hoặc một nhiệm vụ, không cả hai/],
      ['bad status', ['record', '--task', 'kt-01', '--status', 'dne'], /"done"/],
      ['unknown task', ['record', '--task', 'kt-99', '--status', 'done'], /Không có nhiệm vụ "kt-99"/],
      ['bad --as-of', ['record', 'bhyt', '93', '--as-of', '2024-13-01'], /--as-of/],
      ['bad format', ['record', 'bhyt', '93', '--format', 'xml'], /xml/],
    ];
    it.each(cases)('%s', async (_name, argv, message) => {
      const plans = copyExample();
      const before = snapshotDir(plans);
      const args = argv.includes('--as-of') ? argv : [...argv, ...AS_OF];
      const res = await runCli(args, { cwd: plans });
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(message);
      expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(snapshotDir(plans)).toEqual(before);
    });

    it('a duplicate of an existing entry', async () => {
      const plans = copyExample();
      const linesBefore = readFileSync(join(plans, '2024/progress/bhyt.yaml'), 'utf8').split('\n').length;
      const first = await runCli(['record', 'bhyt', '93,5', '--date', '2024-06-15', ...AS_OF], { cwd: plans });
      expect(first.code).toBe(0);
      const before = snapshotDir(plans);
      const again = await runCli(['record', 'bhyt', '93.5', '--date', '2024-06-15', ...AS_OF], { cwd: plans });
      expect(again.code).toBe(2);
      expect(again.stderr).toContain(`đã được ghi ở 2024/progress/bhyt.yaml:${linesBefore}.`);
      expect(snapshotDir(plans)).toEqual(before);
    });

    it('a plan with errors', async () => {
      const plans = copyExample();
      const targets = join(plans, '2024/targets.yaml');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(targets, readFileSync(targets, 'utf8').replace('lead: tc-kt', 'lead: tc-ktx'));
      const before = snapshotDir(plans);
      const res = await runCli(['record', 'bhyt', '93,5', ...AS_OF], { cwd: plans });
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/unknown-ref[\s\S]*Chưa ghi gì/);
      expect(snapshotDir(plans)).toEqual(before);
    });
  });

  it('asks for missing fields on a terminal and asks again when an answer is wrong', async () => {
    const plans = copyExample();
    const res = await runCli(['record', ...AS_OF], {
      cwd: plans,
      stdinIsTTY: true,
      answers: ['bhty', 'bhyt', '93.5.1', '935', '93,5', '', 'BHXH thành phố', '', 'c'],
    });
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/Có phải ý bạn là "bhyt"/);
    expect(res.stderr).toMatch(/nhóm hàng nghìn/);
    expect(res.stderr).toMatch(/lớn hơn 100%/);
    const entries = parse(readFileSync(join(plans, '2024/progress/bhyt.yaml'), 'utf8')).entries;
    expect(entries.at(-1)).toEqual({ target: 'bhyt', date: '2024-06-20', value: 93.5, estimate: true, source: 'BHXH thành phố', recorded: '2024-06-20' });
  });

  it('--dry-run checks and prints but writes nothing', async () => {
    const plans = copyExample();
    const before = snapshotDir(plans);
    const res = await runCli(['record', 'bhyt', '94', '--dry-run', ...AS_OF], { cwd: plans });
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Sẽ ghi bhyt = 94 %/);
    expect(snapshotDir(plans)).toEqual(before);
  });
});
