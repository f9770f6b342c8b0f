/**
 * Rings of partOf (issue 13): two targets each other's part, a longer ring, a target its own part.
 * One `part-loop` error per ring at the partOf that closes it, nothing else, exit 1; plan status
 * shows every row once, the ring cut where it closes. A part of a part is allowed (docs/format.md):
 * it validates and stands under its part, under the total.
 */
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import { partLoops } from '../../src/model/part-loops.js';
import { buildStatusReport } from '../../src/report/status-report.js';
import { runCli } from '../helpers/cli.js';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';

interface T {
  id: string;
  partOf?: string;
  section?: string;
}

/** One target per entry, 9 lines each (partOf and section last): the line of target i's partOf is computable. */
const targetsYaml = (ts: readonly T[]) =>
  'targets:\n' +
  ts
    .map(
      (t) =>
        `  - id: ${t.id}\n    name: Diện tích ${t.id}\n    wording: Diện tích ${t.id} 100 ha\n    unit: ha\n    comparison: { kind: at-least, value: 100 }\n    direction: higher\n    accrual: level\n    lead: vh-xh\n` +
        (t.section === undefined ? '' : `    section: "${t.section}"\n`) +
        (t.partOf === undefined ? '' : `    partOf: ${t.partOf}\n`),
    )
    .join('');

/** The line of target `id`'s partOf in targetsYaml. */
const partOfLine = (ts: readonly T[], id: string) => {
  const lines = targetsYaml(ts).split('\n');
  const start = lines.indexOf(`  - id: ${id}`);
  return start + lines.slice(start).findIndex((l) => l.startsWith('    partOf:')) + 1;
};

interface Case {
  name: string;
  targets: T[];
  /** Every error and warning of plan validate: code and, for part-loop, the target at whose partOf it stands and its ring. */
  diagnostics: { code: string; at?: string; ring?: string }[];
  /** The report core on the whole plan (errors and all): "field: id<total" per row, in order; the ring cut where it closes. */
  report: string[];
  /** plan status (the valid part of the plan): rows in order, by field ("Khác": no field), and the targets it says it left out. */
  status: string[];
  leftOut: string[];
}

const CASES: Case[] = [
  {
    name: 'a target that is its own part',
    targets: [{ id: 'a', partOf: 'a' }, { id: 'b' }],
    diagnostics: [{ code: 'part-loop', at: 'a', ring: 'a → a' }],
    report: ['-: a', '-: b'],
    status: ['Khác', 'Diện tích b'],
    leftOut: ['a'],
  },
  {
    name: "two targets each other's part: the error at the second, which the report takes as the total",
    targets: [{ id: 'a', partOf: 'b' }, { id: 'b', partOf: 'a' }],
    diagnostics: [{ code: 'part-loop', at: 'b', ring: 'b → a → b' }],
    report: ['-: b', '-: a<b'],
    status: ['Khác', 'Diện tích a'],
    leftOut: ['b'],
  },
  {
    name: 'a ring of three, written in any order: the error at the last in the file',
    targets: [{ id: 'c', partOf: 'a' }, { id: 'a', partOf: 'b' }, { id: 'b', partOf: 'c' }],
    diagnostics: [{ code: 'part-loop', at: 'b', ring: 'b → c → a → b' }],
    report: ['-: b', '-: a<b', '-: c<a'],
    status: ['Khác', 'Diện tích a', '&emsp;+ Diện tích c'],
    leftOut: ['b'],
  },
  {
    name: 'a part of a target in a ring: one error, for the ring only',
    targets: [{ id: 'd', partOf: 'a' }, { id: 'a', partOf: 'b' }, { id: 'b', partOf: 'a' }],
    diagnostics: [{ code: 'part-loop', at: 'b', ring: 'b → a → b' }],
    report: ['-: b', '-: a<b', '-: d<a'],
    status: ['Khác', 'Diện tích a', '&emsp;+ Diện tích d'],
    leftOut: ['b'],
  },
  {
    name: 'two rings: one error each',
    targets: [{ id: 'a', partOf: 'b' }, { id: 'b', partOf: 'a' }, { id: 'c', partOf: 'c' }],
    diagnostics: [{ code: 'part-loop', at: 'b', ring: 'b → a → b' }, { code: 'part-loop', at: 'c', ring: 'c → c' }],
    report: ['-: b', '-: a<b', '-: c'],
    status: ['Khác', 'Diện tích a'],
    leftOut: ['b', 'c'],
  },
  {
    name: 'a part of a part is allowed: under its part, under the total',
    targets: [{ id: 'lua-he-thu', partOf: 'lua' }, { id: 'tong' }, { id: 'ngo', partOf: 'tong' }, { id: 'lua', partOf: 'tong' }],
    diagnostics: [],
    report: ['-: tong', '-: ngo<tong', '-: lua<tong', '-: lua-he-thu<lua'],
    status: ['Khác', 'Diện tích tong', '&emsp;+ Diện tích ngo', '&emsp;+ Diện tích lua', '&emsp;&emsp;+ Diện tích lua-he-thu'],
    leftOut: [],
  },
  {
    name: 'a part of a part in another field stands in the field of the total at the top',
    targets: [{ id: 'tong', section: 'II.1' }, { id: 'lua', partOf: 'tong', section: 'II.2' }, { id: 'lua-he-thu', partOf: 'lua', section: 'II.2' }, { id: 'khac', section: 'II.2' }],
    diagnostics: [],
    report: ['II.1: tong', 'II.1: lua<tong', 'II.1: lua-he-thu<lua', 'II.2: khac'],
    status: ['II.1. Lĩnh vực kinh tế', 'Diện tích tong', '&emsp;+ Diện tích lua', '&emsp;&emsp;+ Diện tích lua-he-thu', 'II.2. Lĩnh vực văn hóa', 'Diện tích khac'],
    leftOut: [],
  },
  {
    name: 'a ring through an id declared twice: duplicate-id alone, and the report ends',
    targets: [{ id: 'a', partOf: 'b' }, { id: 'b', partOf: 'a' }, { id: 'b', partOf: 'a' }],
    diagnostics: [{ code: 'duplicate-id' }],
    report: ['-: a<b', '-: b<a', '-: b<a'],
    status: ['Khác', 'Diện tích a'],
    leftOut: ['b'],
  },
  {
    name: 'a total that is not declared: unknown-ref alone',
    targets: [{ id: 'a', partOf: 'tongg' }, { id: 'tong' }],
    diagnostics: [{ code: 'unknown-ref' }],
    report: ['-: a', '-: tong'],
    status: ['Khác', 'Diện tích tong'],
    leftOut: ['a'],
  },
];

const SECTIONS = '    - id: "II.1"\n      title: Lĩnh vực kinh tế\n    - id: "II.2"\n      title: Lĩnh vực văn hóa\n';

function planOf(targets: readonly T[]) {
  const base = minimalPlan();
  return writePlan({
    ...base,
    'plan.yaml': base['plan.yaml']!.replace('    - id: "II.1"\n      title: Lĩnh vực kinh tế\n', SECTIONS),
    'targets.yaml': targetsYaml(targets),
    'progress/bhyt.yaml': null,
  });
}

interface Diag {
  code: string;
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
}

describe('partOf rings (part-loop)', () => {
  it.each(CASES)('$name', async ({ targets, diagnostics, report: report_, status: status_, leftOut }) => {
    const dir = planOf(targets);
    const res = await runCli(['validate', '--format', 'json', '--as-of', '2024-07-01', dir], { cwd: dir });
    const out = JSON.parse(res.stdout) as { errors: Diag[]; warnings: Diag[] };
    const all = [...out.errors, ...out.warnings];
    expect(all.map((d) => d.code)).toEqual(diagnostics.map((d) => d.code));
    diagnostics.forEach((want, i) => {
      if (want.at === undefined) return;
      expect({ file: all[i]!.file, line: all[i]!.line, column: all[i]!.column }).toEqual({ file: 'targets.yaml', line: partOfLine(targets, want.at), column: 13 });
      const self = want.ring === `${want.at} → ${want.at}`;
      expect(all[i]!.message).toContain(self ? `ghi là phần của chính nó ("partOf: ${want.at}")` : `(vòng ${want.ring})`);
    });
    expect(res.code).toBe(diagnostics.length === 0 ? 0 : 1);

    const plan = loadPlan(dir, dir).plan!;
    const report = buildStatusReport(plan, { asOf: '2024-07-01', convention: 'nd-09-2019' });
    expect(report.targets.map((r) => `${r.section ?? '-'}: ${r.id}${r.partOf === null ? '' : `<${r.partOf}`}`)).toEqual(report_);

    const status = await runCli(['status', dir, '--as-of', '2024-07-01', '--format', 'markdown'], { cwd: dir });
    expect(status.code).toBe(diagnostics.length === 0 ? 0 : 1);
    const shown = status.stdout.split('\n').flatMap((l) => {
      const cells = l.split('|').map((c) => c.trim());
      return /^\d+$/u.test(cells[1] ?? '') ? [cells[2]!] : /^\*\*.+\*\*$/u.test(cells[2] ?? '') ? [cells[2]!.slice(2, -2)] : [];
    });
    expect(shown).toEqual(status_);
    const skipped = /bỏ qua chỉ tiêu ([^.]+)\./u.exec(status.stderr)?.[1]?.split(', ') ?? [];
    expect(skipped).toEqual(leftOut);
  });

  it('says what is wrong and how to fix it, in Vietnamese and with --lang en', async () => {
    const targets = [{ id: 'lua', partOf: 'tong' }, { id: 'tong', partOf: 'lua' }];
    const dir = planOf(targets);
    const vi = await runCli(['validate', '--as-of', '2024-07-01', dir], { cwd: dir });
    expect(vi.code).toBe(1);
    expect(vi.stdout + vi.stderr).toContain(
      `targets.yaml:${partOfLine(targets, 'tong')}:13: lỗi[part-loop]: Chỉ tiêu "tong" ghi là phần của "lua", nhưng theo "partOf" thì "lua" lại là phần của "tong" (vòng tong → lua → tong): không chỉ tiêu nào là tổng.`,
    );
    expect(vi.stdout + vi.stderr).toContain('= gợi ý: Chỉ tiêu tổng (câu có "trong đó") không ghi "partOf"; mỗi phần ghi mã của tổng. Nếu "tong" là tổng, xóa "partOf: lua" ở đây');
    const en = await runCli(['validate', '--lang', 'en', '--as-of', '2024-07-01', dir], { cwd: dir });
    expect(en.stdout + en.stderr).toMatch(/error\[part-loop\]: Target "tong" is a part of "lua", but following "partOf", "lua" is a part of "tong" \(ring tong → lua → tong\): none of them is the total\./u);
    expect(en.stdout + en.stderr).toContain('If "tong" is the total, remove "partOf: lua" here');
  });

  it('the rings of a plan, as data: the closer is the last member in plan order', () => {
    expect(partLoops([{ id: 'a', partOf: 'b' }, { id: 'b', partOf: 'c' }, { id: 'c', partOf: 'b' }, { id: 'd', partOf: 'd' }, { id: 'e', partOf: 'zz' }])).toEqual([
      { closer: 'c', ring: ['c', 'b', 'c'] },
      { closer: 'd', ring: ['d', 'd'] },
    ]);
    expect(partLoops([{ id: 'a' }, { id: 'b', partOf: 'a' }, { id: 'c', partOf: 'b' }])).toEqual([]);
  });
});
