import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyExample } from '../helpers/plan-fixture.js';

/** Issue 14, item 6: the interface speaks Vietnamese and reads dates as clerks write them. */
describe('Vietnamese first', () => {
  it.each([
    ['14/06/2024', '2024-06-14'],
    ['4/6/2024', '2024-06-04'],
    ['2024-06-14', '2024-06-14'],
  ])('--as-of %s is %s', async (typed, iso) => {
    const plans = copyExample();
    const res = await runCli(['status', '--format', 'json', '--as-of', typed], { cwd: plans });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).asOf).toBe(iso);
  });

  it.each(['31/02/2024', '14.06.24', '2024/06/14'])('--as-of %s is a usage error naming both forms', async (typed) => {
    const plans = copyExample();
    const res = await runCli(['status', '--as-of', typed], { cwd: plans });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/dd\/mm\/yyyy/);
  });

  it('--date dd/mm/yyyy is stored as ISO', async () => {
    const plans = copyExample();
    const res = await runCli(['record', 'bhyt', '94', '--date', '15/6/2024', '--dry-run', '--format', 'json', '--as-of', '2024-06-20'], { cwd: plans });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).entry.date).toBe('2024-06-15');
  });

  it.each([['fr'], ['EN'], ['']])('--lang "%s" is a usage error, not a silent fallback', async (lang) => {
    const plans = copyExample();
    const res = await runCli(['validate', '--lang', lang, '--as-of', '2024-06-20'], { cwd: plans });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/Không có ngôn ngữ/);
    expect(res.stdout).toBe('');
  });

  it("commander's help and errors name arguments in Vietnamese", async () => {
    const plans = copyExample();
    const help = await runCli(['validate', '--help'], { cwd: plans });
    expect(help.stdout).toContain('[đường dẫn...]');
    expect(help.stdout).not.toContain('[paths...]');
    const init = await runCli(['init'], { cwd: plans });
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/Thiếu tham số: thư mục/);
    expect(init.stderr).not.toMatch(/: dir\b/);
  });

  it('record confirms in Vietnamese: status words and dd/mm/yyyy', async () => {
    const plans = copyExample();
    const res = await runCli(['record', '--task', 'kt-01', '--status', 'done', '--date', '2024-06-14', '--dry-run', '--as-of', '2024-06-20'], { cwd: plans });
    expect(res.stdout).toContain('kt-01: hoàn thành ngày 14/06/2024');
  });
});
