import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/**
 * A real term plan encoded by hand (test/term/son-lang: the targets of xã Sơn Lang for nhiệm kỳ
 * 2020-2025, from test/import/corpus/docs/son-lang-2020-2025.txt; its figures are illustrative):
 * it validates, and its status is pinned. UPDATE_GOLDEN=1 rewrites the goldens; read them before
 * committing.
 */
const PLAN = resolve(import.meta.dirname, 'son-lang');
const GOLDEN = resolve(import.meta.dirname, '../golden');

function golden(name: string, actual: string): void {
  const path = resolve(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`missing golden test/golden/${name}: run with UPDATE_GOLDEN=1 and read it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('the Sơn Lang term plan (nhiệm kỳ 2020-2025)', () => {
  it('validates: no errors, the placeholders of the header the page does not give are the only warnings', async () => {
    const r = await runCli(['validate', '--format', 'json', '--as-of', '2023-12-14', PLAN], { cwd: PLAN });
    const out = JSON.parse(r.stdout) as { errors: unknown[]; warnings: { code: string }[] };
    expect(out.errors).toEqual([]);
    expect(out.warnings.map((w) => w.code)).toEqual(['placeholder', 'placeholder', 'placeholder', 'placeholder']);
    expect(r.code).toBe(0);
  });

  for (const [name, argv] of [
    ['term-son-lang-status-2023-12-14.table.txt', ['status', '--as-of', '2023-12-14']],
    ['term-son-lang-status-2023-12-14.json', ['status', '--as-of', '2023-12-14', '--format', 'json']],
    ['term-son-lang-status-2022.md', ['status', '--period', '2022', '--format', 'markdown']],
    ['term-son-lang-status-2023-12-14.csv', ['status', '--as-of', '2023-12-14', '--format', 'csv']],
  ] as const) {
    it(`plan ${argv.join(' ')} -> test/golden/${name}`, async () => {
      const r = await runCli([...argv, PLAN], { cwd: PLAN, columns: 120, env: { NO_COLOR: '1' } });
      expect(r.code).toBe(0);
      golden(name, r.stdout);
    });
  }
});
