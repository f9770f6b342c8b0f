import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import { runCli } from '../helpers/cli.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'plan-init-'));

describe('plan init', () => {
  it('creates an empty plan folder that plan validate accepts', async () => {
    const root = tmp();
    const res = await runCli(['init', 'plans/2025', '--year', '2025', '--place', 'Phường 1', '--as-of', '2025-01-02'], { cwd: root });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('plans/2025');
    const dir = join(root, 'plans', '2025');
    expect(readdirSync(dir).sort()).toEqual(['legal-bases.yaml', 'plan.schema.json', 'plan.yaml', 'targets.yaml', 'units.yaml']);
    for (const f of ['plan.yaml', 'units.yaml', 'legal-bases.yaml', 'targets.yaml']) {
      expect(readFileSync(join(dir, f), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=plan.schema.json');
    }
    const validate = await runCli(['validate', dir, '--as-of', '2025-01-02'], { cwd: root });
    expect(validate.code).toBe(0);
    const plan = loadPlan(dir, root).plan!;
    expect(plan.header).toMatchObject({ year: 2025, place: 'Phường 1', issuer: 'Ủy ban nhân dân Phường 1', issued: '2025-01-01' });
    expect(plan.header.sections.map((s) => s.id)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5']);
    expect(plan.units.map((u) => u.id)).toEqual(['chua-giao']);
  });

  it('takes the year from --as-of and uses a schema above the folder when there is one', async () => {
    const root = tmp();
    mkdirSync(join(root, 'plans'));
    writeFileSync(join(root, 'plans', 'plan.schema.json'), '{}');
    const res = await runCli(['init', 'plans/2026', '--as-of', '2026-03-04'], { cwd: root });
    expect(res.code, res.stderr).toBe(0);
    expect(existsSync(join(root, 'plans', '2026', 'plan.schema.json'))).toBe(false);
    expect(readFileSync(join(root, 'plans', '2026', 'plan.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/plan\.schema\.json\n/);
    expect(loadPlan(join(root, 'plans', '2026'), root).plan!.header.year).toBe(2026);
  });

  it('refuses an existing folder (exit 2) and a bad year, in English with --lang en', async () => {
    const root = tmp();
    mkdirSync(join(root, 'plans', '2025'), { recursive: true });
    const before = snapshotDir(root);
    const exists = await runCli(['init', 'plans/2025', '--lang', 'en', '--as-of', '2025-01-02'], { cwd: root });
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('already exists');
    expect(snapshotDir(root)).toEqual(before);
    const bad = await runCli(['init', 'plans/x', '--year', '20x5', '--as-of', '2025-01-02'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(existsSync(join(root, 'plans', 'x'))).toBe(false);
  });
});
