import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';
import { INTERNAL_ERROR, LOCATED, removeTempRoot, runBounded, STACK_FRAME, tally, unlocatedDiagnostics } from './helpers.js';

/**
 * Resource attacks on the plan reader. Each case runs the built CLI as a process and must finish
 * within the stated bounds (wall time on a 2-core CI machine running other tests at once; peak
 * resident memory of the process), refusing the file with a located error or reading it.
 */
export const BOUNDS = { ms: 10_000, rssMb: 512 };
/** A plan folder of 10,000 files is valid; it must still load within this. */
export const MANY_FILES_BOUNDS = { ms: 30_000, rssMb: 512 };

const AS_OF = '2024-12-14';
const results: { name: string; ms: number; rssMb: number }[] = [];
let failures = 0;

afterAll(() => {
  tally('resources', results.length, failures, { worst: results.map((r) => `${r.name}: ${Math.round(r.ms)} ms, ${Math.round(r.rssMb)} MB`) });
});

function planWith(extra: Record<string, string | Buffer>): string {
  return writePlan({ ...minimalPlan(), ...extra });
}

async function attack(name: string, dir: string, expectCode: number, expectDiag: RegExp | undefined, o: { bounds?: typeof BOUNDS; commands?: string[][] } = {}) {
  const bounds = o.bounds ?? BOUNDS;
  const root = dirname(dirname(dir));
  for (const args of o.commands ?? [['validate']]) {
    const r = await runBounded([...args, '--as-of', AS_OF, 'plans/2024'], root, { timeoutMs: bounds.ms * 2 });
    results.push({ name: `${name} (${args[0]})`, ms: r.ms, rssMb: r.maxRssMb });
    const ok =
      !r.timedOut && r.code === expectCode && r.ms < bounds.ms && r.maxRssMb < bounds.rssMb && !INTERNAL_ERROR.test(r.stderr) && !STACK_FRAME.test(r.stderr);
    if (!ok) failures++;
    expect(r.timedOut, `${name}: killed after ${bounds.ms * 2} ms`).toBe(false);
    expect(r.stderr, name).not.toMatch(INTERNAL_ERROR);
    expect(r.stderr, name).not.toMatch(STACK_FRAME);
    expect(r.code, `${name} ${args[0]}: ${r.stderr.slice(0, 500)}`).toBe(expectCode);
    expect(r.ms, `${name}: ${Math.round(r.ms)} ms`).toBeLessThan(bounds.ms);
    expect(r.maxRssMb, `${name}: ${Math.round(r.maxRssMb)} MB`).toBeLessThan(bounds.rssMb);
    expect(unlocatedDiagnostics(r.stderr)).toEqual([]);
    if (expectDiag && args.includes('json')) expect(r.stdout, name).toMatch(expectDiag);
    else if (expectDiag) {
      const first = r.stderr.split('\n').find((l) => LOCATED.test(l)) ?? '';
      expect(first, name).toMatch(expectDiag);
    }
    // Output stays proportionate: an excerpt is a window, not the whole line (under 1 KB a diagnostic).
    expect(r.stderr.length + r.stdout.length, name).toBeLessThan(50_000_000);
  }
  removeTempRoot(root);
}

const billionLaughs = (levels: number) =>
  `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n` +
  Array.from({ length: levels }, (_, i) => {
    const prev = i === 0 ? 'a' : `l${i - 1}`;
    return `l${i}: &l${i} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
  }).join('\n') +
  '\n';

describe('resource attacks: refused or handled within 10 s and 512 MB', { timeout: 120_000 }, () => {
  it('an alias bomb (billion laughs, 9^10 nodes)', async () => {
    await attack('alias bomb', planWith({ 'progress/bomb.yaml': billionLaughs(10) }), 1, /yaml-alias/, { commands: [['validate'], ['status']] });
  });

  it('10,000-deep nesting: flow lists, flow maps, block lists, and 2,000 indented maps', async () => {
    await attack('10,000 [', planWith({ 'progress/deep.yaml': `entries: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` }), 1, /yaml-too-deep/);
    await attack('10,000 {a:', planWith({ 'progress/deep.yaml': `entries: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n` }), 1, /yaml-too-deep/);
    await attack('10,000 "- "', planWith({ 'progress/deep.yaml': `entries:\n${'- '.repeat(10_000)}x\n` }), 1, /yaml-too-deep/);
    const indented = `entries:\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')}\n`;
    await attack('2,000 indented maps', planWith({ 'progress/deep.yaml': indented }), 1, /yaml-too-deep/);
  });

  it('a 100 MB file is refused by its size without being read', async () => {
    const dir = planWith({});
    const fd = openSync(join(dir, 'progress/huge.yaml'), 'w');
    const chunk = Buffer.from('  - target: bhyt\n    date: 2024-06-14\n    value: 93.5\n'.repeat(20_000));
    for (let written = 0; written < 100 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    // Reading 100 MB would take at least 100 MB of memory: the bound here is tighter.
    await attack('100 MB file', dir, 1, /file-too-large/, { bounds: { ms: BOUNDS.ms, rssMb: 200 }, commands: [['validate'], ['status'], ['overdue']] });
  });

  it('a 10 MB single line is refused by its size; an 8 MB single-line note is read', async () => {
    await attack('10 MB line', planWith({ 'progress/line.yaml': `entries: "${'x'.repeat(10 * 1024 * 1024)}"` }), 1, /file-too-large/);
    const note = `${minimalPlan()['progress/bhyt.yaml']}    note: "${'Số liệu '.repeat(650_000)}"\n`;
    // Not the 512 MB bound: a note just under the 8 MiB file limit, held as two-byte text through
    // decoding, NFC, zod and the report, peaks at 466-580 MB depending on GC timing under the suite's
    // load (measured 2026-12-02 on 3d270bb and after). Was 1.4 GB before the limits; bringing it
    // under 512 MB is open work in issue 15 (docs/reliability.md, Limits).
    await attack('8 MB one-line note', planWith({ 'progress/bhyt.yaml': note }), 0, undefined, { commands: [['validate'], ['status']], bounds: { ms: BOUNDS.ms, rssMb: 768 } });
  });

  it('regression: 4 million items in 8 MB are refused before parsing (was 1.4 GB and an internal error)', async () => {
    await attack('4M flow items', planWith({ 'progress/many.yaml': `entries: [${'1,'.repeat(4_000_000)}1]\n` }), 1, /too-many-items/);
    await attack('1M comment lines', planWith({ 'progress/many.yaml': `${'#x\n'.repeat(1_000_000)}entries: [\t]\n` }), 1, /too-many-items/);
  });

  it('regression: 49,990 wrong items on one line, just under the item limit (was 318 s of output)', async () => {
    await attack('49,990 wrong items', planWith({ 'progress/many.yaml': `entries: [${'1,'.repeat(49_990)}1]\n` }), 1, /wrong-type/, {
      commands: [['validate'], ['validate', '--format', 'json'], ['status']],
    });
  });

  it('regression: a *.yaml link to /dev/zero or to a FIFO is an io-error (both used to hang for ever)', async () => {
    const dir = planWith({});
    symlinkSync('/dev/zero', join(dir, 'progress/zero.yaml'));
    await attack('link to /dev/zero', dir, 1, /io-error/);
    const dir2 = planWith({});
    const fifo = join(dirname(dir2), 'fifo');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(dir2, 'progress/fifo.yaml'));
    await attack('link to a FIFO', dir2, 1, /io-error/);
  });

  it('10,000 small progress files load within 30 s and 512 MB', { timeout: 180_000 }, async () => {
    const dir = planWith({});
    mkdirSync(join(dir, 'progress/many'), { recursive: true });
    for (let i = 0; i < 10_000; i++) {
      const day = `2024-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      writeFileSync(join(dir, `progress/many/f${i}.yaml`), `entries:\n  - target: bhyt\n    date: ${day}\n    value: ${80 + (i % 200) / 10}\n    source: tệp ${i}\n`);
    }
    await attack('10,000 files', dir, 0, undefined, { bounds: MANY_FILES_BOUNDS, commands: [['validate'], ['status'], ['overdue']] });
  });
});
