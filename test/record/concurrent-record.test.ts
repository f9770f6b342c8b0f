import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { spawnCli } from '../helpers/built-cli.js';
import { copyExample } from '../helpers/plan-fixture.js';

describe('plan record as separate processes', () => {
  it('50 processes recording the same target at once: all 50 entries land, the file stays valid', { timeout: 120_000 }, async () => {
    const plans = copyExample();
    const file = join(plans, '2024/progress/bhyt.yaml');
    const before = readFileSync(file, 'utf8');
    const countBefore = parse(before).entries.length;
    const values = Array.from({ length: 50 }, (_, i) => (80 + i / 10).toFixed(1));
    // One date each (2024-04-01 onwards, where the example has no figure): different figures for one
    // date are a conflict that record refuses without --correct.
    const dateOf = (i: number) => (i < 30 ? `2024-04-${String(i + 1).padStart(2, '0')}` : `2024-05-${String(i - 29).padStart(2, '0')}`);
    const results = await Promise.all(values.map((v, i) => spawnCli(['record', 'bhyt', v, '--date', dateOf(i), '--as-of', '2024-06-20'], plans)));
    for (const r of results) expect(r.stderr).toBe('');
    expect(results.map((r) => r.code)).toEqual(values.map(() => 0));
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const entries = parse(after).entries as { value: number }[];
    expect(entries).toHaveLength(countBefore + 50);
    expect(entries.slice(countBefore).map((e) => e.value.toFixed(1)).sort()).toEqual([...values].sort());
    const validate = await spawnCli(['validate', '--as-of', '2024-12-31'], plans);
    expect(validate.code).toBe(0);
  });

  it('two units recording different targets on two git branches merge without conflict', { timeout: 60_000 }, async () => {
    const plans = copyExample();
    const repo = dirname(plans);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'plan');
    git('checkout', '-qb', 'vh-xh');
    expect((await spawnCli(['record', 'bhyt', '94,2', '--as-of', '2024-07-14'], repo)).code).toBe(0);
    git('commit', '-qam', 'bhyt');
    git('checkout', '-q', 'main');
    expect((await spawnCli(['record', 'hoa-giai', '91', '--as-of', '2024-07-14'], repo)).code).toBe(0);
    expect((await spawnCli(['record', '--task', 'kt-01', '--status', 'in-progress', '--as-of', '2024-07-14'], repo)).code).toBe(0);
    git('add', '.');
    git('commit', '-qm', 'hoa-giai');
    git('merge', '-q', '--no-edit', 'vh-xh'); // throws on a conflict
    const bhyt = parse(readFileSync(join(plans, '2024/progress/bhyt.yaml'), 'utf8')).entries;
    const hoaGiai = parse(readFileSync(join(plans, '2024/progress/hoa-giai.yaml'), 'utf8')).entries;
    expect(bhyt.at(-1)).toMatchObject({ value: 94.2, date: '2024-07-14' });
    expect(hoaGiai.at(-1)).toMatchObject({ value: 91, date: '2024-07-14' });
    expect((await spawnCli(['validate', '--as-of', '2024-12-31'], repo)).code).toBe(0);
  });
});
