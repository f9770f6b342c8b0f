import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS, minimalPlan, writePlan } from '../helpers/plan-fixture.js';

const REPO = resolve(EXAMPLE_PLANS, '..');
const run = (argv: string[]) => runCli(argv, { cwd: REPO, columns: 120 });

describe('plan overdue', () => {
  it('json: one object carrying schemaVersion, its overdue array most late first, with the documented fields', async () => {
    const r = await run(['overdue', '--as-of', '2025-01-02', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['schemaVersion', 'plan', 'asOf', 'illustrative', 'overdue', 'partial', 'gaps']);
    expect(j).toMatchObject({ schemaVersion: 3, plan: { id: 'kh-05-ubnd-2024', folder: 'plans/2024' }, asOf: '2025-01-02', illustrative: true, partial: false, gaps: null });
    const items = j.overdue;
    expect(Array.isArray(items)).toBe(true);
    // Deadlines first, then missed check-ins; each most late first.
    const kinds = items.map((i: { kind: string }) => i.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'deadline' ? -1 : 1)));
    for (const kind of ['deadline', 'check-in']) {
      const late = items.filter((i: { kind: string }) => i.kind === kind).map((i: { daysLate: number }) => i.daysLate);
      expect(late).toEqual([...late].sort((a, b) => b - a));
    }
    // tp-04 reports yearly: the 2024 report (cut-off 14/12/2024) is missed.
    expect(items.find((i: { id: string }) => i.id === 'tp-04')).toMatchObject({ kind: 'check-in', missed: 1, period: '2024', since: '2023-12-15', due: '2024-12-14' });
    const q3 = items.find((i: { id: string }) => i.id === 'qlnn-03');
    expect(q3).toEqual({
      id: 'qlnn-03',
      section: 'II.4',
      text: 'Tổ chức đối thoại giữa Chủ tịch UBND phường với thanh niên trên địa bàn đúng luật và hiệu quả.',
      kind: 'deadline',
      due: '2024-12-31',
      daysLate: 2,
      upcoming: false,
      missed: null,
      since: null,
      period: null,
      leadUnit: 'chu-tich',
      leadUnitName: 'Chủ tịch UBND phường',
      lastCheckIn: '2024-10-14',
      status: 'in-progress',
    });
    // Done tasks are never listed.
    expect(items.some((i: { id: string }) => i.id === 'qlnn-02')).toBe(false);
  });

  it('table: grouped by lead unit with unit names, days late', async () => {
    const r = await run(['overdue', '--as-of', '2025-01-02']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nhiệm vụ quá hạn (37)');
    expect(r.stdout).toContain('│ Chủ tịch UBND phường (3)');
    expect(r.stdout).toMatch(/│ qlnn-03 +│.*│ Hạn hoàn thành +│ 31\/12\/2024 │ +2 │ +│ 14\/10\/2024/);
    const en = await runCli(['overdue', '--as-of', '2025-01-02', '--lang', 'en'], { cwd: REPO, columns: 120 });
    expect(en.stdout).toContain('Overdue tasks (37)');
  });

  it('--within lists upcoming tasks, marked as such', async () => {
    const r = await run(['overdue', '--as-of', '2024-12-20', '--within', '14', '--format', 'json']);
    const items = JSON.parse(r.stdout).overdue;
    const soon = items.filter((i: { upcoming: boolean }) => i.upcoming);
    expect(soon.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining(['qlnn-03', 'qlnn-04', 'khac-01']));
    for (const i of soon) expect(i.daysLate).toBeLessThanOrEqual(0);
    const table = await run(['overdue', '--as-of', '2024-12-20', '--within', '14']);
    expect(table.stdout).toContain('còn 11 ngày');
    expect(table.stdout).toContain('sắp đến hạn trong 14 ngày');
  });

  it('exit 0 even when late; 1 with --fail-if-overdue; 2 for a bad --within', async () => {
    expect((await run(['overdue', '--as-of', '2025-01-02'])).code).toBe(0);
    expect((await run(['overdue', '--as-of', '2025-01-02', '--fail-if-overdue'])).code).toBe(1);
    const dir = writePlan(minimalPlan());
    expect((await runCli(['overdue', '--as-of', '2024-01-15', '--fail-if-overdue', dir], { cwd: dir })).code).toBe(0);
    expect((await run(['overdue', '--as-of', '2025-01-02', '--within', 'abc'])).code).toBe(2);
  });

  it('csv and markdown', async () => {
    const csv = await run(['overdue', '--as-of', '2025-01-02', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('Đơn vị chủ trì,Tên đơn vị,Mã,Mục,Nhiệm vụ,Loại,Hạn,Số ngày trễ,Sắp đến hạn,Báo cáo gần nhất,Trạng thái');
    expect(csv.stdout).toContain('chu-tich,Chủ tịch UBND phường,qlnn-03,II.4,');
    const md = await run(['overdue', '--as-of', '2025-01-02', '--format', 'markdown']);
    expect(md.stdout.split('\n')[0]).toBe('## Kế hoạch 05/KH-UBND: nhiệm vụ quá hạn đến ngày 02/01/2025');
    expect(md.stdout).toContain('|  | **Chủ tịch UBND phường (3)** |');
  });
});

describe('plan overdue: filters', () => {
  type Item = { id: string; leadUnit: string; section: string };
  const items = async (extra: string[]) => JSON.parse((await run(['overdue', '--as-of', '2025-01-02', '--format', 'json', ...extra])).stdout).overdue as Item[];

  it('--unit keeps the tasks that unit leads or supports (as under plan status); --field keeps a section and its subsections', async () => {
    const all = await items([]);
    const tasks = new Map(loadPlan(resolve(EXAMPLE_PLANS, '2024'), REPO).plan!.tasks.map((t) => [t.id, t]));
    const takesPart = (id: string, unit: string) => tasks.get(id)!.lead === unit || (tasks.get(id)!.support ?? []).includes(unit);
    const police = await items(['--unit', 'cong-an']);
    expect(police).toEqual(all.filter((i) => takesPart(i.id, 'cong-an')));
    // The police lead some late tasks and support others (kt-04 is led by Địa chính).
    expect(police.some((i) => i.leadUnit === 'cong-an')).toBe(true);
    expect(police.some((i) => i.leadUnit !== 'cong-an')).toBe(true);
    const two = await items(['--unit', 'cong-an', '--unit', 'chu-tich']);
    expect(two).toEqual(all.filter((i) => takesPart(i.id, 'cong-an') || takesPart(i.id, 'chu-tich')));
    const section3 = await items(['--field', 'II.3']);
    expect(section3.length).toBeGreaterThan(0);
    expect(section3).toEqual(all.filter((i) => i.section.startsWith('II.3.')));
  });

  it('an unknown unit or field is a usage error with a suggestion', async () => {
    const unit = await run(['overdue', '--as-of', '2025-01-02', '--unit', 'cong-ann']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain('"cong-an"');
    const field = await run(['overdue', '--as-of', '2025-01-02', '--field', 'II.9']);
    expect(field.code).toBe(2);
  });
});
