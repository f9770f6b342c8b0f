import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyExample, minimalPlan, writePlan } from '../helpers/plan-fixture.js';
import { runBounded, tally } from './helpers.js';

/** Merge conflicts left in files, numbers and dates at the edges, and results independent of TZ. */

let tried = 0;
afterAll(() => tally('edges', tried, 0));

interface Json {
  valid: boolean;
  errors: { file: string; line: number; column: number; code: string; message: string }[];
}

async function validateJson(dir: string): Promise<Json> {
  const root = dirname(dirname(dir));
  const r = await runCli(['validate', '--format', 'json', '--lang', 'en', '--as-of', '2024-12-14', 'plans/2024'], { cwd: root });
  tried++;
  return JSON.parse(r.stdout) as Json;
}

describe('git conflict markers left in a file', () => {
  it('a real git merge conflict: "Unresolved merge conflict at lines ..." naming every marker line, for validate, status, overdue and record', async () => {
    const plans = copyExample();
    const repo = dirname(plans);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' });
    const file = join(plans, '2024/targets.yaml');
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'plan');
    git('checkout', '-qb', 'other');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: "Thu ngân sách Nhà nước"', 'name: "Thu ngân sách nhà nước (NSNN)"'));
    git('commit', '-qam', 'other');
    git('checkout', '-q', 'main');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: "Thu ngân sách Nhà nước"', 'name: "Tổng thu ngân sách Nhà nước"'));
    git('commit', '-qam', 'main');
    expect(() => git('merge', '-q', 'other')).toThrow();
    const lines = readFileSync(file, 'utf8').split('\n');
    const markers = lines.flatMap((l, i) => (/^(<{7}|={7}|>{7})/.test(l) ? [i + 1] : []));
    expect(markers).toHaveLength(3);
    for (const args of [['validate'], ['status'], ['overdue'], ['record', 'bhyt', '95', '--date', '2024-06-14']]) {
      const r = await runCli([...args, '--lang', 'en', '--as-of', '2024-12-14'], { cwd: repo });
      tried++;
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toContain(`plans/2024/targets.yaml:${markers[0]}:1: error[merge-conflict]: Unresolved merge conflict at lines ${markers.join(', ')}.`);
      // Only the conflict: a half-merged file is not parsed into noise.
      expect(r.stderr.match(/error\[/g)).toHaveLength(1);
    }
  });
});

describe('numbers and dates at the edges', () => {
  const withValue = (value: string) => writePlan({ ...minimalPlan(), 'progress/bhyt.yaml': `entries:\n  - target: bhyt\n    date: 2024-06-14\n    value: ${value}\n` });

  it.each([
    ['.nan', 'wrong-type', /non-finite number \(\.nan\)/],
    ['.inf', 'wrong-type', /non-finite number \(\.inf\)/],
    ['-.inf', 'wrong-type', /non-finite number \(-\.inf\)/],
    ['1e309', 'wrong-type', /non-finite number \(1e309\)/],
    ['-5', 'percent-out-of-range', /-5%/],
    ['-0.1', 'percent-out-of-range', /-0\.1%/],
    ['100.5', 'percent-out-of-range', /100\.5%/],
  ])('value %s: %s, located at the value', async (value, code, message) => {
    const out = await validateJson(withValue(value));
    expect(out.valid).toBe(false);
    expect(out.errors.map((e) => [e.code, e.file, e.line, e.column])).toEqual([[code, 'plans/2024/progress/bhyt.yaml', 4, 12]]);
    expect(out.errors[0]!.message).toMatch(message);
  });

  it.each([['-0'], ['0'], ['1e-400'], ['100'], ['93.5']])('value %s is a valid percentage', async (value) => {
    expect((await validateJson(withValue(value))).errors).toEqual([]);
  });

  it('-0 reads as 0 everywhere (JSON shows 0, not -0)', async () => {
    const dir = withValue('-0');
    const r = await runCli(['status', '--format', 'json', '--as-of', '2024-12-14', 'plans/2024'], { cwd: dirname(dirname(dir)) });
    tried++;
    expect(r.stdout).not.toMatch(/-0\b/);
    const target = (JSON.parse(r.stdout) as { targets: { actual: number }[] }).targets[0]!;
    expect(Object.is(target.actual, 0)).toBe(true);
  });

  it.each([
    ['2024-02-30', false],
    ['2023-02-29', false],
    ['2024-02-29', true],
    ['2024-2-29', false],
    ['2024-00-10', false],
    ['2024-12-32', false],
  ])('date %s valid=%s', async (date, valid) => {
    const dir = writePlan({ ...minimalPlan(), 'progress/bhyt.yaml': `entries:\n  - target: bhyt\n    date: ${date}\n    value: 93\n` });
    const out = await validateJson(dir);
    expect(out.valid).toBe(valid);
    if (!valid) expect(out.errors.map((e) => [e.code, e.line, e.column])).toEqual([['invalid-date', 3, 11]]);
  });
});

describe('results do not depend on the machine time zone', () => {
  it('validate, status and overdue print the same bytes under Asia/Ho_Chi_Minh, America/Los_Angeles and UTC', { timeout: 60_000 }, async () => {
    const plans = copyExample();
    // A figure on the leap day and one on the last day of a quarter, where a TZ slip would show.
    writeFileSync(join(plans, '2024/progress/bhyt.yaml'), `${readFileSync(join(plans, '2024/progress/bhyt.yaml'), 'utf8')}  - target: bhyt\n    date: 2024-02-29\n    value: 90.1\n  - target: bhyt\n    date: 2024-03-31\n    value: 90.2\n`);
    const commands = [
      ['validate', '--format', 'json', '--as-of', '2024-03-31'],
      ['status', '--format', 'json', '--as-of', '2024-02-29'],
      ['status', '--period', '2024-Q1', '--calendar', '--format', 'csv', '--as-of', '2024-12-31'],
      ['status', '--as-of', '2024-03-31'],
      ['overdue', '--format', 'json', '--as-of', '2024-03-31'],
    ];
    for (const args of commands) {
      const outs = [];
      for (const TZ of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'UTC']) {
        const r = await runBounded(args, plans, { env: { TZ } });
        tried++;
        expect(r.code, `${args.join(' ')} TZ=${TZ}: ${r.stderr}`).toBe(0);
        outs.push(r.stdout);
      }
      expect(outs[1], args.join(' ')).toBe(outs[0]);
      expect(outs[2], args.join(' ')).toBe(outs[0]);
    }
  });
});
