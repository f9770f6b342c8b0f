import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS, minimalPlan, writePlan } from '../helpers/plan-fixture.js';

describe('the command line speaks the user\'s language, including commander\'s own texts', () => {
  it('help titles and placeholders in Vietnamese by default, English with --lang en or PLAN_LANG', async () => {
    const vi = await runCli(['--help'], { cwd: EXAMPLE_PLANS });
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^Cách dùng: plan \[tùy chọn\] \[lệnh\]/);
    expect(vi.stdout).toMatch(/\nLệnh:\n/);
    const en = await runCli(['--lang', 'en', 'status', '--help'], { cwd: EXAMPLE_PLANS });
    expect(en.stdout).toMatch(/^Usage: plan status \[options\]/);
    const env = await runCli(['validate', '--help'], { cwd: EXAMPLE_PLANS, env: { PLAN_LANG: 'en' } });
    expect(env.stdout).toMatch(/^Usage: plan validate/);
  });

  it('a mistyped command or option: exit 2, translated, with "did you mean"', async () => {
    const cmd = await runCli(['stauts', '--as-of', '2024-12-14'], { cwd: EXAMPLE_PLANS });
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('Lệnh không hợp lệ: stauts');
    expect(cmd.stderr).toContain('Có phải ý bạn là status?');
    const opt = await runCli(['--lang', 'en', 'validate', '--formt', 'json'], { cwd: EXAMPLE_PLANS });
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain('Unknown option: --formt');
    expect(opt.stderr).toContain('Did you mean --format?');
    expect(opt.stderr).toContain('See: plan validate --help');
    expect(opt.stdout).toBe('');
  });

  it('a bad --as-of or --format is a usage error, not a crash', async () => {
    for (const argv of [['validate', '--as-of', '2024-02-30'], ['validate', '--as-of', 'hôm nay'], ['validate', '--format', 'xml', '--as-of', '2024-01-01']]) {
      const r = await runCli(argv, { cwd: EXAMPLE_PLANS });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^plan: lỗi: /);
    }
  });

  it('no plan found from here upward: exit 2 with how to fix it', async () => {
    const r = await runCli(['validate', '--as-of', '2024-01-01'], { cwd: '/' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy thư mục plans/');
  });
});

describe('input as people really save it', () => {
  it('accepts CRLF line ends and a UTF-8 BOM, and reads NFD text as NFC', async () => {
    const files = minimalPlan();
    const crlf = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.replace(/\n/g, '\r\n')]));
    crlf['units.yaml'] = `\ufeff${crlf['units.yaml']!.replace('Công chức Văn hóa - Xã hội', 'Công chức Văn hóa - Xã hội'.normalize('NFD'))}`;
    const dir = writePlan(crlf);
    const r = await runCli(['validate', '--format', 'json', '--as-of', '2024-07-01', dir], { cwd: dir });
    expect(JSON.parse(r.stdout).errors).toEqual([]);
    expect(r.code).toBe(0);
    const status = await runCli(['status', '--format', 'json', '--as-of', '2024-07-01', dir], { cwd: dir });
    expect(status.stdout).not.toMatch(/\u0301|\u0323/); // no combining marks left
  });

  it('an error in a CRLF file with a BOM is still located at the right line and column', async () => {
    const files = minimalPlan();
    const dir = writePlan({ ...files, 'targets.yaml': `\ufeff${files['targets.yaml']!.replace('lead: vh-xh', 'lead: vh-hx').replace(/\n/g, '\r\n')}` });
    const r = await runCli(['validate', '--format', 'json', '--as-of', '2024-07-01', dir], { cwd: dir });
    const [err] = JSON.parse(r.stdout).errors;
    expect(err).toMatchObject({ code: 'unknown-ref', file: 'targets.yaml', line: 11, column: 11 });
  });
});
