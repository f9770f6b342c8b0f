/**
 * A total and its parts (partOf, issue 13): where each row stands and how deep, case by case. Input:
 * the targets of a plan (id, section, partOf, in file order) and the command's filter; output: the
 * rows of `plan status --format json` in table order, each [id, section, partOf, depth], and the
 * "Chỉ tiêu" cells of the markdown table (a part's name after "+", an em space a level). Rings of
 * partOf are an error (part-loop: test/validate/part-loop.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';

interface T {
  id: string;
  section?: string;
  partOf?: string;
}

const targetsYaml = (ts: readonly T[]) =>
  `targets:\n${ts
    .map(
      (t) => `  - id: ${t.id}
    name: Chỉ tiêu ${t.id}
    wording: Chỉ tiêu ${t.id} đạt 10 ha.
    unit: ha
${t.section === undefined ? '' : `    section: "${t.section}"\n`}    comparison: { kind: at-least, value: 10 }
    direction: higher
    accrual: level
    lead: vh-xh
${t.partOf === undefined ? '' : `    partOf: ${t.partOf}\n`}`,
    )
    .join('')}`;

function planWith(ts: readonly T[]): string {
  const files: Record<string, string | null> = minimalPlan();
  files['plan.yaml'] = files['plan.yaml']!.replace('      title: Lĩnh vực kinh tế\n', '      title: Lĩnh vực kinh tế\n      short: Kinh tế\n    - id: "II.2"\n      title: Lĩnh vực văn hóa - xã hội\n      short: Văn hóa - Xã hội\n');
  files['targets.yaml'] = targetsYaml(ts);
  files['progress/bhyt.yaml'] = null;
  files['tasks.yaml'] = null;
  return writePlan(files);
}

type Out = [id: string, section: string | null, partOf: string | null, depth: number | null];

const CASES: { name: string; targets: T[]; args?: string[]; rows: Out[]; names: string[] }[] = [
  {
    name: 'no parts: every row at the top, no partOf or depth in the JSON',
    targets: [{ id: 'a', section: 'II.1' }, { id: 'b', section: 'II.1' }],
    rows: [['a', 'II.1', null, null], ['b', 'II.1', null, null]],
    names: ['Chỉ tiêu a', 'Chỉ tiêu b'],
  },
  {
    name: 'parts written before their total move right under it, in their own order, one level in',
    targets: [{ id: 'lua', partOf: 'tong' }, { id: 'khac', section: 'II.1' }, { id: 'mau', partOf: 'tong' }, { id: 'tong', section: 'II.1' }],
    rows: [['khac', 'II.1', null, null], ['tong', 'II.1', null, null], ['lua', 'II.1', 'tong', 1], ['mau', 'II.1', 'tong', 1]],
    names: ['Chỉ tiêu khac', 'Chỉ tiêu tong', '&emsp;+ Chỉ tiêu lua', '&emsp;+ Chỉ tiêu mau'],
  },
  {
    name: 'a part of a part stands two levels in, under its own total',
    targets: [{ id: 'tong', section: 'II.1' }, { id: 'lua', partOf: 'tong' }, { id: 'lua-cao-san', partOf: 'lua' }, { id: 'mau', partOf: 'tong' }],
    rows: [['tong', 'II.1', null, null], ['lua', 'II.1', 'tong', 1], ['lua-cao-san', 'II.1', 'lua', 2], ['mau', 'II.1', 'tong', 1]],
    names: ['Chỉ tiêu tong', '&emsp;+ Chỉ tiêu lua', '&emsp;&emsp;+ Chỉ tiêu lua-cao-san', '&emsp;+ Chỉ tiêu mau'],
  },
  {
    name: 'a part goes to the field of its outermost total, whatever its own or its total\'s (a part with none)',
    targets: [{ id: 'tong', section: 'II.1' }, { id: 'lua', partOf: 'tong' }, { id: 'lua-cao-san', section: 'II.2', partOf: 'lua' }, { id: 'bhyt', section: 'II.2' }],
    rows: [['tong', 'II.1', null, null], ['lua', 'II.1', 'tong', 1], ['lua-cao-san', 'II.1', 'lua', 2], ['bhyt', 'II.2', null, null]],
    names: ['Chỉ tiêu tong', '&emsp;+ Chỉ tiêu lua', '&emsp;&emsp;+ Chỉ tiêu lua-cao-san', 'Chỉ tiêu bhyt'],
  },
  {
    name: '--field keeps the parts (no section of their own) of the totals in that field',
    targets: [{ id: 'tong', section: 'II.1' }, { id: 'lua', partOf: 'tong' }, { id: 'bhyt', section: 'II.2' }],
    args: ['--field', 'Kinh tế'],
    rows: [['tong', 'II.1', null, null], ['lua', 'II.1', 'tong', 1]],
    names: ['Chỉ tiêu tong', '&emsp;+ Chỉ tiêu lua'],
  },
  {
    name: '--target without the total: the part stands at the top, its own part one level in',
    targets: [{ id: 'tong', section: 'II.1' }, { id: 'lua', section: 'II.1', partOf: 'tong' }, { id: 'lua-cao-san', partOf: 'lua' }],
    args: ['--target', 'lua', '--target', 'lua-cao-san'],
    rows: [['lua', 'II.1', null, null], ['lua-cao-san', 'II.1', 'lua', 1]],
    names: ['Chỉ tiêu lua', '&emsp;+ Chỉ tiêu lua-cao-san'],
  },
];

describe('a part stands one level under its total', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = planWith(c.targets);
      const argv = ['status', dir, '--as-of', '2024-12-14', ...(c.args ?? [])];
      const r = await runCli([...argv, '--format', 'json'], { cwd: dir });
      expect(r.stderr).toBe('');
      const json = JSON.parse(r.stdout) as { targets: { id: string; section: string | null; partOf?: string; depth?: number }[] };
      expect(json.targets.map((t): Out => [t.id, t.section, t.partOf ?? null, t.depth ?? null])).toEqual(c.rows);
      const md = await runCli([...argv, '--format', 'markdown'], { cwd: dir });
      const names = md.stdout.split('\n').filter((l) => /^\| \d+ \|/u.test(l)).map((l) => l.split(' | ')[1]!);
      expect(names).toEqual(c.names);
    });
  }
});
