import { spawnSync } from 'node:child_process';
import { openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { copyExample, minimalPlan, writePlan } from '../helpers/plan-fixture.js';
import { BIN } from './helpers.js';

/** Issue 9 items 6, 10, 11 and 13: output that cannot be written, folders that cannot be made, text kept as typed. */

function runTo(args: string[], cwd: string, stdoutPath: string) {
  const fd = openSync(stdoutPath, 'w');
  try {
    return spawnSync(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  } finally {
    closeSync(fd);
  }
}

describe('output errors are I/O errors', () => {
  it.each([
    ['status', ['status', '--as-of', '2024-12-31']],
    ['overdue', ['overdue', '--as-of', '2025-01-02']],
    ['validate', ['validate', '--as-of', '2024-12-31']],
    ['schema', ['schema']],
  ])('item 10: plan %s > /dev/full: exit 2, one clear line, no stack', (_name, args) => {
    const plans = copyExample();
    const r = runTo(args, plans, '/dev/full');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('plan: lỗi: không ghi được kết quả ra đầu ra chuẩn: đĩa đã đầy (ENOSPC).\n');
  });

  it('item 10: a closed pipe (plan status | head -1) stays quiet', () => {
    const plans = copyExample();
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" status --as-of 2024-12-31 | head -c 10 >/dev/null`], { cwd: plans, encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });

  it.each([
    ['init into a path under a file', ['init', 'a-file/x']],
    ['init under /proc', ['init', '/proc/plan-x']],
  ])('item 11: %s: exit 2 with a clear message, not an internal error', (_name, args) => {
    const plans = copyExample();
    writeFileSync(join(plans, '..', 'a-file'), 'not a folder\n');
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: join(plans, '..'), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).not.toContain('Lỗi nội bộ');
    expect(r.stderr).toMatch(/^plan: lỗi: Không ghi được /);
    expect(r.status).toBe(2);
  });
});

describe('record prints plan text safely and keeps what was typed', () => {
  const withUnit = (unit: string) => {
    const files = minimalPlan();
    // The sentence names no unit, or the wording check would rightly refuse one it does not say.
    files['targets.yaml'] = files['targets.yaml']!.replace('unit: "%"', `unit: ${JSON.stringify(unit)}`).replace('đạt trên 95%.', 'đạt trên 95.');
    return writePlan(files);
  };

  it('item 6: a unit with escape sequences reaches the success line as visible symbols', async () => {
    const dir = withUnit('%\u001b]0;bị chiếm\u0007\u001bc');
    const r = await runCli(['record', 'bhyt', '93,5', '--plan', dir, '--as-of', '2024-06-20'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
    expect(r.stdout).toContain('␛]0;bị chiếm␇');
  });

  it('item 13: --note and --source are kept verbatim (not trimmed), tabs included', async () => {
    const plans = copyExample();
    const r = await runCli(['record', 'bhyt', '94', '--note', '  hai  dấu cách\tvà tab ', '--source', ' BHXH ', '--as-of', '2024-06-20'], { cwd: plans });
    expect(r.code).toBe(0);
    const entries = parse(readFileSync(join(plans, '2024/progress/bhyt.yaml'), 'utf8')).entries as { note?: string; source?: string }[];
    expect(entries.at(-1)).toMatchObject({ note: '  hai  dấu cách\tvà tab ', source: ' BHXH ' });
    const v = await runCli(['validate', '--as-of', '2024-12-31'], { cwd: plans });
    expect(v.code).toBe(0);
  });
});
