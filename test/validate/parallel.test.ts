import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/built-cli.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

/** 20 copies of the example, two of them broken: enough for validate to use two worker threads. */
function manyWards(): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-wards-'));
  for (let i = 1; i <= 20; i++) cpSync(join(EXAMPLE_PLANS, '2024'), join(root, `phuong-${i}`, 'plans', '2024'), { recursive: true });
  const targets = join(root, 'phuong-7', 'plans', '2024', 'targets.yaml');
  writeFileSync(targets, readFileSync(targets, 'utf8').replace('lead: tc-kt', 'lead: tc-ktx'));
  writeFileSync(join(root, 'phuong-13', 'plans', '2024', 'units.yaml'), 'units:\n\t- id: x\n');
  return root;
}

describe('validate over many plans in worker threads', () => {
  it('prints exactly what one thread prints, in the same order, in every format', { timeout: 120_000 }, async () => {
    const root = manyWards();
    for (const format of ['text', 'json', 'github']) {
      const args = ['validate', root, '--format', format, '--as-of', '2024-12-31'];
      const one = await spawnCli(args, root, { PLAN_WORKERS: '1', PLAN_CACHE: '0' });
      const two = await spawnCli(args, root, { PLAN_WORKERS: '2', PLAN_CACHE: '0' });
      expect(one.code, format).toBe(1);
      expect(two.code, format).toBe(1);
      expect(two.stdout, format).toBe(one.stdout);
      expect(two.stderr, format).toBe(one.stderr);
    }
    const json = JSON.parse((await spawnCli(['validate', root, '--format', 'json', '--as-of', '2024-12-31'], root, { PLAN_WORKERS: '2' })).stdout);
    expect(json.summary.plans).toBe(20);
    expect(json.plans.map((p: { valid: boolean }) => p.valid).filter((v: boolean) => !v)).toHaveLength(2);
  });
});

describe('sharing plans out to workers', () => {
  it('gives each worker every n-th folder and prints the results in folder order', { timeout: 60_000 }, async () => {
    const { main } = await import('../../src/cli/main.js');
    const { validateFolders } = await import('../../src/cli/validate-folder.js');
    const root = manyWards();
    const shares: string[][] = [];
    const workers = {
      count: 3,
      run: async (folders: readonly string[], job: Parameters<typeof validateFolders>[1]) => {
        shares.push(folders.map((f) => f.slice(root.length + 1).split('/')[0]!));
        return validateFolders(folders, job);
      },
    };
    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: () => {}, env: { NO_COLOR: '1' }, cwd: root, stdoutIsTTY: false, stdinIsTTY: false, columns: undefined, today: () => { throw new Error('no clock'); } };
    const code = await main(['validate', root, '--format', 'json', '--as-of', '2024-12-31'], io, { workers });
    expect(code).toBe(1);
    expect(shares).toHaveLength(2); // 20 plans: ceil(20 / 16) = 2 threads, though 3 were offered
    expect(shares[0]).toHaveLength(10);
    const folders = JSON.parse(out).plans.map((p: { folder: string }) => p.folder.split('/').at(-3));
    expect(folders).toHaveLength(20);
    expect(new Set([...shares[0]!, ...shares[1]!]).size).toBe(20);
    expect(folders.filter((_: string, i: number) => i % 2 === 0)).toEqual(shares[0]);
  });
});
