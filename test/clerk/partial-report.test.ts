import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyExample } from '../helpers/plan-fixture.js';

/**
 * Issue 14, item 9: one bad figure blocked the whole report. Now a plan with errors prints the
 * report of its valid part, the broken items left out or marked, the errors after it, exit 1; the
 * JSON says `partial: true` and what was left out (docs/json.md). Each case is one edit of the
 * shipped plan (plans/2024), as of 14/06/2024.
 */
interface Case {
  name: string;
  file: string;
  edit: (text: string) => string;
  /** Target rows left out, targets shown marked incomplete, tasks left out, unreadable files. */
  targets: string[];
  incomplete: string[];
  tasks: string[];
  files: string[];
  errors: number;
  /** bhyt's figure in the table when its entries are hit. */
  bhyt?: number;
}

const CASES: Case[] = [
  { name: "a figure's decimal comma (bhyt 93,4)", file: 'progress/bhyt.yaml', edit: (t) => t.replace('value: 93.4', 'value: 93,4'), targets: [], incomplete: ['bhyt'], tasks: [], files: [], errors: 1, bhyt: 92.6 },
  { name: 'a rate of 934 %', file: 'progress/bhyt.yaml', edit: (t) => t.replace('value: 93.4', 'value: 934'), targets: [], incomplete: ['bhyt'], tasks: [], files: [], errors: 1, bhyt: 92.6 },
  { name: "a target's value 11,16", file: 'targets.yaml', edit: (t) => t.replace('value: 11.16', 'value: 11,16'), targets: ['suy-dinh-duong'], incomplete: [], tasks: [], files: [], errors: 1 },
  { name: "a task's due 05/09/2024", file: 'tasks/II.2-van-hoa-xa-hoi.yaml', edit: (t) => t.replace('due: 2024-09-05', 'due: 05/09/2024'), targets: [], incomplete: [], tasks: ['vhxh-02'], files: [], errors: 1 },
  {
    name: 'a progress file with a YAML syntax error',
    file: 'progress/bhyt.yaml',
    edit: (t) => t.replace('    date: 2024-06-14', '   date: 2024-06-14'),
    targets: [],
    incomplete: ['bhyt'],
    tasks: [],
    files: ['2024/progress/bhyt.yaml'],
    errors: 1,
  },
];

function edited(c: Pick<Case, 'file' | 'edit'>): string {
  const plans = copyExample();
  const path = join(plans, '2024', c.file);
  const before = readFileSync(path, 'utf8');
  const after = c.edit(before);
  expect(after, 'the edit applies').not.toBe(before);
  writeFileSync(path, after);
  return plans;
}

const AS_OF = ['--as-of', '2024-06-14'];

describe('a plan with errors still gets the report of its valid part', () => {
  it.each(CASES)('$name', async (c) => {
    const plans = edited(c);
    const table = await runCli(['status', ...AS_OF], { cwd: plans, columns: 250 });
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('Thu ngân sách Nhà nước');
    expect(table.stderr.match(/lỗi\[/g)).toHaveLength(c.errors);
    expect(table.stderr).toContain('Báo cáo chưa đủ');
    if (c.incomplete.length) expect(table.stdout).toContain('số liệu lỗi chưa tính');

    const res = await runCli(['status', '--format', 'json', ...AS_OF], { cwd: plans });
    expect(res.code).toBe(1);
    const j = JSON.parse(res.stdout);
    expect(j.partial).toBe(true);
    expect(j.gaps).toEqual({ errors: c.errors, targets: c.targets, tasks: c.tasks, incomplete: { targets: c.incomplete, tasks: [] }, files: c.files });
    const ids = j.targets.map((t: { id: string }) => t.id);
    expect(ids).toHaveLength(12 - c.targets.length);
    for (const id of c.targets) expect(ids).not.toContain(id);
    expect(j.targets.filter((t: { incomplete: boolean }) => t.incomplete).map((t: { id: string }) => t.id)).toEqual(c.incomplete);
    if (c.bhyt !== undefined) expect(j.targets.find((t: { id: string }) => t.id === 'bhyt').actual).toBe(c.bhyt);
    for (const id of c.tasks) expect(j.overdue.map((o: { id: string }) => o.id)).not.toContain(id);

    const overdue = await runCli(['overdue', '--as-of', '2024-12-31'], { cwd: plans });
    expect(overdue.code).toBe(1);
    expect(overdue.stdout).toContain('Nhiệm vụ quá hạn');
    expect(overdue.stderr).toContain('Báo cáo chưa đủ');
  });

  it('a valid plan: partial false, gaps null, exit 0', async () => {
    const res = await runCli(['status', '--format', 'json', ...AS_OF], { cwd: copyExample() });
    expect(res.code).toBe(0);
    const j = JSON.parse(res.stdout);
    expect(j.partial).toBe(false);
    expect(j.gaps).toBeNull();
    expect(j.targets.every((t: { incomplete: boolean }) => t.incomplete === false)).toBe(true);
  });

  it('a plan whose header cannot be read gives no report: exit 1, stdout empty', async () => {
    const plans = edited({ file: 'plan.yaml', edit: (t) => t.replace(/^  symbol: .*\n/m, '') });
    const res = await runCli(['status', ...AS_OF], { cwd: plans });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('lỗi[missing-field]');
  });
});
