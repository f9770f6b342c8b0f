import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWardList } from '../bench/generate.mjs';
import { runCli } from '../helpers/cli.js';
import { goldenIn } from '../helpers/golden.js';

/**
 * The rollup across ward plans (`plan status PATH...`, `plan overdue PATH...`) on four synthetic wards
 * from the benchmark's generator: Phường 2, Phường 10 (numeric order), Phường Tân Hưng and Xã Đồng Xuân,
 * the last two naming the health-insurance target "bao-hiem-y-te" instead of "bhyt" (matched by name).
 * UPDATE_GOLDEN=1 rewrites the golden files under test/rollup/golden.
 */
const WARDS = [1, 9, 30, 42];
const golden = goldenIn(resolve(import.meta.dirname, 'golden'));
let root = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'plan-rollup-'));
  generateWardList(root, WARDS);
});

const run = (argv: string[], columns = 120) => runCli(argv, { cwd: root, columns });

describe('golden rollup of four wards', () => {
  const cases: { name: string; argv: string[]; columns?: number }[] = [
    { name: 'status.table.txt', argv: ['status', '--as-of', '2024-12-14', 'wards'] },
    { name: 'status.narrow.table.txt', argv: ['status', '--as-of', '2024-12-14', 'wards'], columns: 80 },
    { name: 'status.md', argv: ['status', '--as-of', '2024-12-14', '--format', 'markdown', 'wards'] },
    { name: 'status.json', argv: ['status', '--as-of', '2024-12-14', '--format', 'json', 'wards'] },
    { name: 'status.wards.csv', argv: ['status', '--as-of', '2024-12-14', '--format', 'csv', '--rollup', 'wards', 'wards'] },
    { name: 'status.targets.csv', argv: ['status', '--as-of', '2024-12-14', '--format', 'csv', '--rollup', 'targets', 'wards'] },
    { name: 'overdue.table.txt', argv: ['overdue', '--as-of', '2024-12-14', 'wards'] },
    { name: 'overdue.md', argv: ['overdue', '--as-of', '2024-12-14', '--within', '30', '--format', 'markdown', 'wards'] },
  ];
  for (const c of cases) {
    it(`plan ${c.argv.join(' ')}${c.columns ? ` (${c.columns} columns)` : ''} -> ${c.name}`, async () => {
      const r = await run(c.argv, c.columns);
      expect(r.stderr.replace(/^plan: Số liệu minh họa.*\n/, '')).toBe('');
      expect(r.code).toBe(0);
      golden(c.name, r.stdout);
    });
  }
});

describe('rollup content', () => {
  it('wards are sorted the Vietnamese way, numbers in order', async () => {
    const j = JSON.parse((await run(['status', '--as-of', '2024-12-14', '--format', 'json', 'wards'])).stdout);
    expect(j.rollup.wards.map((w: { ward: string }) => w.ward)).toEqual(['Phường 2', 'Phường 10', 'Phường Tân Hưng', 'Xã Đồng Xuân']);
    // The plans array keeps the folder order, as before.
    expect(j.plans.map((p: { plan: { folder: string } }) => p.plan.folder)).toEqual(WARDS.map((i) => `wards/${String(i + 1).padStart(5, '0')}/plans/2024`));
  });

  it('per ward, the counts are those of the ward report, and late tasks are counted', async () => {
    const j = JSON.parse((await run(['status', '--as-of', '2024-12-14', '--format', 'json', 'wards'])).stdout);
    for (const w of j.rollup.wards) {
      const own = j.plans.find((p: { plan: { folder: string } }) => p.plan.folder === w.plan.folder);
      expect(w.counts).toEqual(own.summary.counts);
      expect(w.targets).toBe(own.summary.total);
      expect(w.achieved).toBe(own.summary.achieved);
      expect(w.late).toBe(own.overdue.filter((o: { upcoming: boolean }) => !o.upcoming).length);
    }
  });

  it('a target named alike under another id is one row across the wards', async () => {
    const j = JSON.parse((await run(['status', '--as-of', '2024-12-14', '--format', 'json', 'wards'])).stdout);
    const bhyt = j.rollup.targets.find((t: { ids: string[] }) => t.ids.includes('bhyt'));
    expect(bhyt.ids).toEqual(['bao-hiem-y-te', 'bhyt']);
    expect(bhyt.wards).toBe(4);
    expect(bhyt.figures.map((f: { id: string }) => f.id).sort()).toEqual(['bao-hiem-y-te', 'bao-hiem-y-te', 'bhyt', 'bhyt']);
    // Only targets of two wards or more; worst wards are those that did not meet it, missed first.
    for (const t of j.rollup.targets) {
      expect(t.wards).toBeGreaterThanOrEqual(2);
      const notMet = t.figures.filter((f: { verdict: string }) => f.verdict === 'missed' || f.verdict === 'not-yet').map((f: { ward: string }) => f.ward);
      expect([...t.worst].sort()).toEqual(notMet.sort());
      expect(t.achieved).toBe(t.counts.met + t.counts.exceeded);
    }
  });

  it('the side-by-side table has a column per ward; a narrow terminal gets counts and the worst wards', async () => {
    const wide = (await run(['status', '--as-of', '2024-12-14', 'wards'])).stdout;
    expect(wide).toContain('Xã Đồng');
    expect(wide).not.toContain('Kém nhất');
    const narrow = (await run(['status', '--as-of', '2024-12-14', 'wards'], 80)).stdout;
    expect(narrow).toMatch(/│ Kém\s/); // the "Kém nhất" column, its header wrapped
    for (const line of narrow.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('--rollup off prints each plan on its own, as before; --rollup wards only the ward table', async () => {
    const off = (await run(['status', '--as-of', '2024-12-14', '--rollup', 'off', 'wards'])).stdout;
    expect(off.match(/tình hình thực hiện chỉ tiêu/g)).toHaveLength(4);
    expect(off).not.toContain('Theo phường, xã');
    const offJson = JSON.parse((await run(['status', '--as-of', '2024-12-14', '--format', 'json', '--rollup', 'off', 'wards'])).stdout);
    expect(offJson.rollup).toBeUndefined();
    const wardsOnly = (await run(['status', '--as-of', '2024-12-14', '--rollup', 'wards', 'wards'])).stdout;
    expect(wardsOnly).toContain('Theo phường, xã');
    expect(wardsOnly).not.toContain('Chỉ tiêu chung');
  });

  it('CSV keeps the per-target rows of every plan by default', async () => {
    const csv = (await run(['status', '--as-of', '2024-12-14', '--format', 'csv', 'wards'])).stdout;
    expect(csv.split('\r\n')[0]!.startsWith('Kế hoạch,TT,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 48);
  });

  it('a bad --rollup is a usage error (exit 2); overdue has no targets table', async () => {
    const r = await run(['status', '--as-of', '2024-12-14', '--rollup', 'districts', 'wards']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rollup');
    expect((await run(['overdue', '--as-of', '2024-12-14', '--rollup', 'targets', 'wards'])).code).toBe(2);
  });

  it('overdue JSON: plans as before, plus late tasks by ward', async () => {
    const j = JSON.parse((await run(['overdue', '--as-of', '2024-12-14', '--format', 'json', 'wards'])).stdout);
    expect(j.plans).toHaveLength(4);
    for (const w of j.rollup.wards) {
      const own = j.plans.find((p: { plan: { folder: string } }) => p.plan.folder === w.plan.folder);
      expect(w.late).toBe(own.overdue.length);
      expect(w.byKind.deadline + w.byKind['check-in']).toBe(w.late);
      expect(w.maxDaysLate).toBe(w.late === 0 ? null : Math.max(...own.overdue.map((o: { daysLate: number }) => o.daysLate)));
    }
  });

  it('one plan: the JSON shapes are unchanged (no rollup)', async () => {
    const one = JSON.parse((await run(['status', '--as-of', '2024-12-14', '--format', 'json', 'wards/00002'])).stdout);
    expect(one.plan.folder).toBe('wards/00002/plans/2024');
    expect(one.rollup).toBeUndefined();
    expect(Array.isArray(JSON.parse((await run(['overdue', '--as-of', '2024-12-14', '--format', 'json', 'wards/00002'])).stdout).overdue)).toBe(true);
  });

  it('two plans of the same place are told apart by their symbol, then their folder', async () => {
    const twin = mkdtempSync(join(tmpdir(), 'plan-rollup-twin-'));
    cpSync(join(root, 'wards', '00002'), join(twin, 'a'), { recursive: true });
    cpSync(join(root, 'wards', '00002'), join(twin, 'b'), { recursive: true });
    const r = await runCli(['status', '--as-of', '2024-12-14', '--format', 'json', 'a', 'b'], { cwd: twin });
    const names = JSON.parse(r.stdout).rollup.wards.map((w: { ward: string }) => w.ward);
    expect(names).toEqual(['Phường 2 (a/plans/2024)', 'Phường 2 (b/plans/2024)']);
  });
});
