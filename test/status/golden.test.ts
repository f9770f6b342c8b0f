import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { goldenIn } from '../helpers/golden.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

/**
 * Golden files of the shipped example (plans/2024). UPDATE_GOLDEN=1 rewrites them; otherwise the
 * output must match byte for byte. Read a changed golden before committing it.
 */
const REPO = resolve(EXAMPLE_PLANS, '..');
const golden = goldenIn(resolve(import.meta.dirname, '../golden'));

const CASES: { name: string; argv: string[] }[] = [];
for (const asOf of ['2024-12-14', '2024-06-14']) {
  CASES.push({ name: `status-${asOf}.table.txt`, argv: ['status', '--as-of', asOf] });
  CASES.push({ name: `status-${asOf}.csv`, argv: ['status', '--as-of', asOf, '--format', 'csv'] });
  CASES.push({ name: `status-${asOf}.md`, argv: ['status', '--as-of', asOf, '--format', 'markdown'] });
  CASES.push({ name: `status-${asOf}.json`, argv: ['status', '--as-of', asOf, '--format', 'json'] });
}
CASES.push({ name: 'overdue-2025-01-02.table.txt', argv: ['overdue', '--as-of', '2025-01-02'] });
CASES.push({ name: 'overdue-2025-01-02.json', argv: ['overdue', '--as-of', '2025-01-02', '--format', 'json'] });

describe('golden output of the shipped example', () => {
  for (const c of CASES) {
    it(`plan ${c.argv.join(' ')} -> test/golden/${c.name}`, async () => {
      const r = await runCli(c.argv, { cwd: REPO, columns: 120, env: { NO_COLOR: '1' } });
      expect(r.code).toBe(0);
      golden(c.name, r.stdout);
    });
  }
});
