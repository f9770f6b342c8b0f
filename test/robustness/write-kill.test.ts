import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendEntry, checkEntry, spliceEntry } from '../../src/write/index.js';
import { spawnCli } from '../helpers/built-cli.js';
import { copyExample } from '../helpers/plan-fixture.js';
import { BIN, REPO, cases, limit, removeTempRoot, rng, seedFor, tally } from './helpers.js';
import { useWriteBundle } from '../helpers/write-bundle.js';

/**
 * `plan record` killed with SIGKILL at random moments: the file is byte for byte the old or the new
 * content, and the next write succeeds (a dead writer's lock is judged stale and cleared).
 * Most trials kill a small worker that drives the real write path (bundled from src/write), which
 * starts in a fraction of the CLI's time so the kills can be aimed at the write itself; a smaller
 * number kill the real CLI.
 */

const worker = join(REPO, 'test/robustness/kill-worker.mjs');
const built = useWriteBundle();

/** Waits `ms` (fractional) then calls `fn`: setTimeout for the whole milliseconds, a short spin for the rest. */
function after(ms: number, fn: () => void): void {
  const until = performance.now() + ms;
  setTimeout(() => {
    while (performance.now() < until) {
      // spin for the sub-millisecond part
    }
    fn();
  }, Math.max(0, Math.floor(ms) - 1));
}

interface Run {
  /** The process finished its write before the kill. */
  completed: boolean;
  sawReady: boolean;
}

/** Starts the worker and kills it `delayMs` after it is ready (or after spawn, `fromSpawn`). Never hangs: a 15 s timer. */
function runAndKill(args: string[], delayMs: number, fromSpawn: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let sawReady = false;
    const kill = () => child.kill('SIGKILL');
    const guard = setTimeout(kill, 15_000);
    if (fromSpawn) after(delayMs, kill);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!sawReady && out.includes('ready')) {
        sawReady = true;
        if (!fromSpawn) after(delayMs, kill);
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(guard);
      resolve({ completed: out.includes('done'), sawReady });
    });
  });
}

/** One uninterrupted worker run: whole time, and from "ready" to "done" (the append itself). */
function timeRun(args: string[]): Promise<{ wholeMs: number; readyToDoneMs: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let ready = 0;
    let out = '';
    const child = spawn(process.execPath, [worker, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!ready && out.includes('ready')) ready = performance.now();
      if (out.includes('done')) {
        const done = performance.now();
        resolve({ wholeMs: done - t0, readyToDoneMs: done - ready });
      }
    });
    child.on('error', reject);
    child.on('close', () => clearTimeout(guard));
  });
}

const HEADER = '# yaml-language-server: $schema=../../plan.schema.json\n# Số liệu tiến độ của chỉ tiêu bhyt\nentries:\n  - target: bhyt\n    date: 2024-01-31\n    value: 90\n';

function extras(dir: string): string[] {
  return readdirSync(dir).filter((f) => f !== 'bhyt.yaml');
}

describe('SIGKILL at random moments', () => {
  it('the write path (worker): every file is old or new byte for byte, and the next write succeeds', { timeout: limit(240_000) }, async () => {
    const seed = seedFor('kill-worker', 424242);
    const random = rng(seed);
    const trials = cases(200, 2_000);
    const lanes = 8;
    const tally_ = { old: 0, new: 0, completed: 0, staleLocksCleared: 0, tempsLeft: 0, failures: 0 };

    // How long an append takes once the worker is ready, and a whole run: the kill windows.
    const probe = mkdtempSync(join(tmpdir(), 'plan-kill-probe-'));
    writeFileSync(join(probe, 'bhyt.yaml'), HEADER);
    let wholeRunMs = 0;
    let writeWindowMs = 0;
    for (let i = 0; i < 3; i++) {
      const t = await timeRun([built.bundle, join(probe, 'bhyt.yaml'), probe, String(i)]);
      wholeRunMs = Math.max(wholeRunMs, t.wholeMs);
      writeWindowMs = Math.max(writeWindowMs, t.readyToDoneMs);
    }
    removeTempRoot(probe);
    // Aim past the end too, so that some kills land after the rename and before the unlock or exit.
    writeWindowMs *= 1.3;

    const laneTrial = async (lane: number) => {
      const dir = mkdtempSync(join(tmpdir(), `plan-kill-${lane}-`));
      const file = join(dir, 'bhyt.yaml');
      writeFileSync(file, HEADER);
      for (let t = lane; t < trials; t += lanes) {
        const old = readFileSync(file, 'utf8');
        const value = 1000 + t;
        const entry = checkEntry({ target: 'bhyt', date: '2024-06-14', value, by: 'kill test' });
        const expectedNew = spliceEntry(old, entry).text;
        const fromSpawn = random() < 0.3;
        // sqrt: more kills late in the append, where the rename and the unlock are.
        const delay = fromSpawn ? random() * wholeRunMs : Math.sqrt(random()) * writeWindowMs;
        const run = await runAndKill([built.bundle, file, dir, String(value)], delay, fromSpawn);
        const now = readFileSync(file, 'utf8');
        const what = `seed ${seed}, trial ${t}, kill ${fromSpawn ? 'after spawn' : 'after ready'} +${delay.toFixed(2)} ms`;
        if (now !== old && now !== expectedNew) tally_.failures++;
        expect(now === old || now === expectedNew, `${what}: the file is neither the old nor the new content`).toBe(true);
        if (run.completed) tally_.completed++;
        else if (now === old) tally_.old++;
        else tally_.new++;
        const leftBefore = extras(dir);
        tally_.tempsLeft += leftBefore.filter((f) => f.endsWith('.tmp')).length;
        // The next write must succeed at once: a lock left by the killed writer is stale (dead pid).
        const next = checkEntry({ target: 'bhyt', date: '2024-06-15', value, by: 'after the kill' });
        const result = await appendEntry(file, next, { root: dir, lock: { timeoutMs: 5_000 } });
        tally_.staleLocksCleared += result.staleLocks.length;
        expect(readFileSync(file, 'utf8'), what).toBe(spliceEntry(now, next).text);
        expect(extras(dir), `${what}: left behind`).toEqual([]);
      }
      const entries = (parse(readFileSync(file, 'utf8')) as { entries: unknown[] }).entries;
      removeTempRoot(dir);
      return entries.length;
    };
    await Promise.all(Array.from({ length: lanes }, (_, i) => laneTrial(i)));
    tally('sigkill-worker', trials, tally_.failures, { ...tally_, writeWindowMs: Math.round(writeWindowMs), wholeRunMs: Math.round(wholeRunMs) });
    console.log(`SIGKILL worker trials: ${JSON.stringify(tally_)}, windows ${Math.round(writeWindowMs)} / ${Math.round(wholeRunMs)} ms`);
    // The windows were aimed well: some kills landed before the rename and some after.
    expect(tally_.old).toBeGreaterThan(0);
    expect(tally_.new + tally_.completed).toBeGreaterThan(0);
  });

  it('the real CLI: plan record killed at random moments; the file is old or new, the next record succeeds', { timeout: limit(240_000) }, async () => {
    const seed = seedFor('kill-cli', 777);
    const random = rng(seed);
    const trials = cases(20, 200);
    // 2024-06-15: the example already holds 93,4 for 06-14, and a second, different figure for a date needs --correct.
    const asOf = ['--date', '2024-06-15', '--as-of', '2024-06-20'];
    // The new content, from one run left to finish.
    const calib = copyExample();
    const target = join(calib, '2024/progress/bhyt.yaml');
    const old = readFileSync(target, 'utf8');
    const t0 = performance.now();
    const full = await spawnCli(['record', 'bhyt', '77,7', ...asOf], calib);
    const wholeRunMs = performance.now() - t0;
    expect(full.code, full.stderr).toBe(0);
    const expectedNew = readFileSync(target, 'utf8');
    removeTempRoot(join(calib, '..'));
    const tally_ = { old: 0, new: 0, completed: 0, failures: 0, staleLockNotices: 0 };

    for (let t = 0; t < trials; t++) {
      const plans = copyExample();
      const file = join(plans, '2024/progress/bhyt.yaml');
      const delay = random() * wholeRunMs * 1.1;
      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, 'record', 'bhyt', '77,7', ...asOf], { cwd: plans, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
        const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
        after(delay, () => child.kill('SIGKILL'));
        child.on('error', reject);
        child.on('close', (c) => {
          clearTimeout(guard);
          resolve(c);
        });
      });
      const now = readFileSync(file, 'utf8');
      const what = `seed ${seed}, CLI trial ${t}, kill at +${delay.toFixed(1)} ms`;
      if (now !== old && now !== expectedNew) tally_.failures++;
      expect(now === old || now === expectedNew, `${what}: neither old nor new`).toBe(true);
      if (code === 0) tally_.completed++;
      else if (now === old) tally_.old++;
      else tally_.new++;
      const next = await spawnCli(['record', 'bhyt', '88,8', '--date', '2024-06-16', '--as-of', '2024-06-20'], plans);
      expect(next.code, `${what}: the next record: ${next.stderr}`).toBe(0);
      if (next.stderr !== '') tally_.staleLockNotices++;
      const after_ = readFileSync(file, 'utf8');
      expect(after_.startsWith(now), what).toBe(true);
      expect((parse(after_) as { entries: { value: number }[] }).entries.at(-1)?.value).toBe(88.8);
      expect(readdirSync(join(plans, '2024/progress')).filter((f) => f.startsWith('.') || f.endsWith('.lock')), what).toEqual([]);
      expect(existsSync(`${file}.lock`)).toBe(false);
      if (t % 5 === 0) {
        const validate = await spawnCli(['validate', '--as-of', '2024-12-31'], plans);
        expect(validate.code, `${what}: ${validate.stderr}`).toBe(0);
      }
      removeTempRoot(join(plans, '..'));
    }
    tally('sigkill-cli', trials, tally_.failures, tally_);
    console.log(`SIGKILL CLI trials: ${JSON.stringify(tally_)}`);
  });
});

