import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/built-cli.js';
import { copyExample } from '../helpers/plan-fixture.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

const ARGS = ['--as-of', '2024-12-14', '--format', 'json'];

describe('the plan cache of the built CLI', () => {
  it('gives exactly the uncached results, never a stale one, and never writes into the plan folder', { timeout: 60_000 }, async () => {
    const plans = copyExample();
    const cacheDir = mkdtempSync(join(tmpdir(), 'plan-cache-'));
    const cached = { PLAN_CACHE_DIR: cacheDir };
    const off = { PLAN_CACHE: '0' };
    const before = snapshotDir(plans);

    const reference = await spawnCli(['status', ...ARGS], plans, off);
    const cold = await spawnCli(['status', ...ARGS], plans, cached);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const warm = await spawnCli(['status', ...ARGS], plans, cached);
    expect(cold.stdout).toBe(reference.stdout);
    expect(warm.stdout).toBe(reference.stdout);
    expect(snapshotDir(plans)).toEqual(before);

    // One changed byte in a cached file: that file is read and checked again.
    const targets = join(plans, '2024/targets.yaml');
    writeFileSync(targets, readFileSync(targets, 'utf8').replace('lead: tc-kt', 'lead: tc-ktx'));
    const broken = await spawnCli(['validate', ...ARGS], plans, cached);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).errors.map((e: { code: string }) => e.code)).toEqual(['unknown-ref']);

    // A damaged cache is ignored and rewritten.
    for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), '{"buildId": 42, "files": [');
    const again = await spawnCli(['validate', ...ARGS], plans, cached);
    expect(again.stdout).toBe(broken.stdout);
  });

  it('a new entry recorded between two runs is seen by the second', { timeout: 60_000 }, async () => {
    const plans = copyExample();
    const cached = { PLAN_CACHE_DIR: mkdtempSync(join(tmpdir(), 'plan-cache-')) };
    await spawnCli(['status', ...ARGS], plans, cached);
    expect((await spawnCli(['record', 'bhyt', '96,1', '--date', '2024-12-13', '--as-of', '2024-12-14'], plans, cached)).code).toBe(0);
    const status = JSON.parse((await spawnCli(['status', ...ARGS, '--target', 'bhyt'], plans, cached)).stdout);
    expect(status.targets[0].entries.some((e: { value: number }) => e.value === 96.1)).toBe(true);
  });
});
