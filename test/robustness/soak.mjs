// npm run soak: the robustness suite with many more cases and fresh seeds (printed), then the table
// of figures for docs/reliability.md. Set PLAN_SOAK_SEED to replay a run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';

const dir = mkdtempSync(join(tmpdir(), 'plan-soak-'));
const report = join(dir, 'figures.jsonl');
const seed = process.env.PLAN_SOAK_SEED ?? String(randomInt(2 ** 31));
console.log(`soak seed: ${seed}`);
// The robustness suite, the lock model (every interleaving of three writers, with kills) and the two
// readers' agreement, each at full size.
const run = spawnSync('npx', ['vitest', 'run', 'test/robustness', 'test/write/lock-interleavings.test.ts', 'test/load/reader-agreement.test.ts', '--testTimeout', '3600000'], {
  stdio: 'inherit',
  // The lock model keeps a 20-byte digest of every state it has seen (a few million with three
  // writers): give the test processes a heap that holds them whatever the machine's default.
  env: {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=4096`.trim(),
    PLAN_SOAK: '1',
    PLAN_SOAK_SEED: seed,
    PLAN_ROBUSTNESS_REPORT: report,
  },
});
let lines = [];
try {
  lines = readFileSync(report, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
} catch {
  // no figures: vitest failed before any test ended
}
console.log('\n| Category | Cases | Failures | Details |\n|---|---:|---:|---|');
for (const l of lines) {
  const { category, tried, failures, ...rest } = l;
  console.log(`| ${category} | ${tried} | ${failures} | ${JSON.stringify(rest)} |`);
}
rmSync(dir, { recursive: true, force: true });
process.exit(run.status ?? 1);
