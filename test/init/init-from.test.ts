import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import { runCli } from '../helpers/cli.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

/**
 * Issue 14, items 7 and 10: `plan init` gives the ward's repository a README (install, the daily
 * commands, CI) and its workflow; `plan init --from` starts next year's plan from this year's; what
 * is left to fill in is a warning of plan validate, not silence.
 */
const SEED = resolve(import.meta.dirname, '../../plans');
const tmp = () => mkdtempSync(join(tmpdir(), 'plan-init-from-'));
/** A repository holding a copy of the shipped plans/ (plan.schema.json and 2024). */
function repoWithSeed(): string {
  const root = tmp();
  cpSync(SEED, join(root, 'plans'), { recursive: true });
  return root;
}

describe('plan init writes the ward repository its README and CI workflow', () => {
  it('a fresh folder: README in Vietnamese naming this plan, the workflow, placeholders counted and each one a located warning', async () => {
    const root = tmp();
    const res = await runCli(['init', 'plans/2025', '--year', '2025', '--as-of', '2025-01-05'], { cwd: root });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('Còn 5 chỗ "(chưa điền)"');
    expect(res.stdout).toContain('Đã tạo README.md');
    expect(res.stdout).toContain('Đã tạo .github/workflows/plan.yml');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('npm install --global --offline ./tools/plan-0.1.0.tgz');
    for (const cmd of ['plan validate plans/2025', 'plan record bhyt 93,5 --date 14/06/2025', 'plan status plans/2025 --period 2025-H1', 'plan help format']) expect(readme).toContain(cmd);
    expect(readme).toContain('## Ba lệnh hằng ngày');
    const workflow = readFileSync(join(root, '.github/workflows/plan.yml'), 'utf8');
    expect(workflow).toContain('npm install --global --offline ./tools/plan-*.tgz');
    expect(workflow).toContain('plan validate plans/2025 --format github');
    // The files say who made them: plan init, not plan import.
    const header = readFileSync(join(root, 'plans/2025/plan.yaml'), 'utf8');
    expect(header).not.toContain('plan import');
    expect(header).toContain('BẢN NHÁP do "plan init" tạo');
    const validate = await runCli(['validate', '--format', 'json', '--as-of', '2025-01-05'], { cwd: root });
    expect(validate.code).toBe(0);
    const warnings = JSON.parse(validate.stdout).warnings as { code: string; line: number; params: { field: string } }[];
    expect(warnings.map((w) => [w.code, w.params.field, w.line])).toEqual([
      ['placeholder', 'symbol', 6],
      ['placeholder', 'title', 7],
      ['placeholder', 'issuer', 8],
      ['placeholder', 'place', 9],
      ['placeholder', 'signer.name', 29],
    ]);
  });

  it('keeps a README and a workflow the ward already has, byte for byte', async () => {
    const root = tmp();
    writeFileSync(join(root, 'README.md'), '# Kho của phường\r\nĐừng sửa.\r\n');
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    writeFileSync(join(root, '.github/workflows/plan.yml'), 'name: riêng\n');
    const res = await runCli(['init', 'plans/2025', '--year', '2025', '--place', 'Xã Mới', '--as-of', '2025-01-05'], { cwd: root });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('README.md đã có: giữ nguyên.');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('# Kho của phường\r\nĐừng sửa.\r\n');
    expect(readFileSync(join(root, '.github/workflows/plan.yml'), 'utf8')).toBe('name: riêng\n');
  });

  it('run inside plans/ of a git repository, the README goes to the repository root with the path from there', async () => {
    const root = tmp();
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'plans'));
    const res = await runCli(['init', '2026', '--as-of', '2026-01-05'], { cwd: join(root, 'plans') });
    expect(res.code, res.stderr).toBe(0);
    expect(existsSync(join(root, 'plans', 'README.md'))).toBe(false);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('plan validate plans/2026');
  });

  it("the README's validate, status and overdue lines run as written in the new repository", async () => {
    const root = repoWithSeed();
    expect((await runCli(['init', 'plans/2025', '--from', 'plans/2024', '--as-of', '2025-01-05'], { cwd: root })).code).toBe(0);
    const lines = readFileSync(join(root, 'README.md'), 'utf8')
      .split('\n')
      .map((l) => l.trim().replace(/\s+#.*$/, ''))
      .filter((l) => /^plan (validate|status|overdue) /.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      const res = await runCli([...line.split(/\s+/).slice(1), '--as-of', '2025-07-01'], { cwd: root });
      expect(res.code, `${line}\n${res.stderr}`).toBe(0);
    }
  });
});

describe('plan init --from last year', () => {
  it("carries units, legal bases, sections and targets of plans/2024 into a plan that validates, figures marked to confirm", async () => {
    const root = repoWithSeed();
    const res = await runCli(['init', 'plans/2025', '--from', 'plans/2024', '--as-of', '2025-01-05'], { cwd: root });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Những điều cơ quan cần xác nhận');
    const validate = await runCli(['validate', 'plans/2025', '--format', 'json', '--as-of', '2025-01-05'], { cwd: root });
    expect(validate.code, validate.stdout).toBe(0);
    expect(JSON.parse(validate.stdout).warnings.map((w: { code: string }) => w.code)).toEqual(['placeholder', 'placeholder']);

    const old = loadPlan(join(root, 'plans/2024'), root).plan!;
    const next = loadPlan(join(root, 'plans/2025'), root).plan!;
    expect(next.header.year).toBe(2025);
    expect(next.header.symbol).toBe('(chưa điền)/KH-UBND');
    expect(next.header.bases).toEqual([]);
    expect(next.header.sections).toEqual(old.header.sections);
    expect(next.header.recipients).toEqual(old.header.recipients);
    expect(next.header.wholeUnits).toEqual(old.header.wholeUnits);
    expect(next.units).toEqual(old.units);
    expect(next.legalBases).toEqual(old.legalBases);
    expect(next.tasks).toEqual([]);
    expect(next.entries).toEqual([]);
    expect(next.targets.map((t) => t.id)).toEqual(old.targets.map((t) => t.id));
    for (const t of next.targets) expect(t.assumed?.comparison, t.id).toMatch(/kế hoạch 2024/);

    const byId = (id: string) => next.targets.find((t) => t.id === id)!;
    // This year's assignment comes later: last year's 6.500 and its sources are not carried.
    expect(byId('thu-ngan-sach').comparison).toEqual({ kind: 'assigned', assignedBy: 'UBND thành phố Tây Ninh' });
    expect(byId('thu-ngan-sach').figures).toBeUndefined();
    expect(byId('thu-ngan-sach').pace).toBe('even');
    // "Giảm 02 hộ" counts from the end of 2024: the last actual figure recorded in plans/2024.
    const lastNearPoor = old.entries.filter((e) => e.target === 'ho-can-ngheo' && !e.estimate && e.date.startsWith('2024')).sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
    expect(byId('ho-can-ngheo').baseline).toMatchObject({ value: lastNearPoor.value, date: lastNearPoor.date });
    expect(byId('ho-can-ngheo').assumed?.baseline).toMatch(/minh họa/);
    // The school year moves on with its targets.
    expect(next.header.periods).toMatchObject([{ id: 'nam-hoc-2025-2026', name: 'năm học 2025-2026', start: '2025-09-05', end: '2026-05-31' }]);
    const schoolTargets = next.targets.filter((t) => t.period !== undefined);
    expect(schoolTargets.length).toBeGreaterThan(0);
    for (const t of schoolTargets) expect(t.period).toBe('nam-hoc-2025-2026');
  });

  it.each([
    ['a plan with errors', (root: string) => writeFileSync(join(root, 'plans/2024/units.yaml'), 'units:\n  - id: vh-xh\n'), ['--from', 'plans/2024'], /có lỗi/],
    ['a folder that is no plan', () => {}, ['--from', 'plans'], /có lỗi|không phải/],
    ['a year not after the source', () => {}, ['--from', 'plans/2024', '--year', '2024'], /không sau năm 2024/],
  ])('refuses %s: exit 2, nothing written', async (_name, setup, args, message) => {
    const root = repoWithSeed();
    setup(root);
    const before = snapshotDir(root);
    const res = await runCli(['init', 'plans/2025', ...args, '--as-of', '2025-01-05'], { cwd: root });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(snapshotDir(root)).toEqual(before);
  });
});
