import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export const REPO = resolve(import.meta.dirname, '../..');
export const BIN = join(REPO, 'bin/plan.js');

/** `npm run soak` sets PLAN_SOAK=1: the same properties with more cases and a fresh seed. */
export const SOAK = process.env.PLAN_SOAK === '1';

/** Fixed seeds in `npm test` (reproducible); the soak draws one and prints it. */
export function seedFor(name: string, fixed: number): number {
  if (!SOAK) return fixed;
  const seed = Number(process.env.PLAN_SOAK_SEED) || randomInt(2 ** 31);
  console.log(`robustness seed ${name}: ${seed}`);
  return seed;
}

/** A test's time limit: its CI figure, or an hour under the soak. */
export function limit(ms: number): number {
  return SOAK ? 3_600_000 : ms;
}

/** Cases to try: the CI count, or the soak count. */
export function cases(ci: number, soak: number): number {
  return SOAK ? soak : ci;
}

/**
 * Figures for docs/reliability.md: one JSON line per category when PLAN_ROBUSTNESS_REPORT names a
 * file (the soak script sets it), and always a line on the console.
 */
export function tally(category: string, tried: number, failures: number, extra: Record<string, unknown> = {}): void {
  const line = { category, tried, failures, ...extra };
  const out = process.env.PLAN_ROBUSTNESS_REPORT;
  if (out) appendFileSync(out, `${JSON.stringify(line)}\n`);
}

export interface BoundedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time, ms. */
  ms: number;
  /** Peak resident memory of the process, MB (process.resourceUsage().maxRSS). */
  maxRssMb: number;
  /** Killed by our timer. */
  timedOut: boolean;
}

const RSS_PRELOAD = join(REPO, 'test/robustness/report-rss.mjs');

/**
 * Runs the built CLI as a process with a kill timer (a test never hangs CI) and reports its peak
 * memory. Output is kept up to 64 MB per stream.
 */
export function runBounded(
  args: string[],
  cwd: string,
  o: { timeoutMs?: number; env?: Record<string, string>; nodeArgs?: string[]; uid?: number } = {},
): Promise<BoundedRun> {
  const rssDir = mkdtempSync(join(tmpdir(), 'plan-rss-'));
  const rssFile = join(rssDir, 'rss');
  if (o.uid !== undefined) chmodSync(rssDir, 0o777);
  const timeoutMs = o.timeoutMs ?? 10_000;
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', RSS_PRELOAD, ...(o.nodeArgs ?? []), BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', PLAN_RSS_FILE: rssFile, ...o.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(o.uid !== undefined ? { uid: o.uid, gid: o.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    const cap = 64 * 1024 * 1024;
    child.stdout.on('data', (d: Buffer) => void (stdout.length < cap && (stdout += d.toString())));
    child.stderr.on('data', (d: Buffer) => void (stderr.length < cap && (stderr += d.toString())));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      fail(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      let maxRssMb = Number.NaN;
      try {
        maxRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch {
        // killed before exit
      }
      rmSync(rssDir, { recursive: true, force: true });
      done({ code, signal, stdout, stderr, ms, maxRssMb, timedOut });
    });
  });
}

/** A diagnostic header line of the text renderer: `file:line:column: lỗi[code]: ...`. */
export const LOCATED = /^(.+):(\d+):(\d+): (?:lỗi|cảnh báo|error|warning)\[[a-z0-9-]+\]: /;
/** Any line that starts a diagnostic, located or not. */
export const DIAGNOSTIC_START = /(?:lỗi|cảnh báo|error|warning)\[[a-z0-9-]+\]: /;

/** Lines of stderr that report a diagnostic without `file:line:column`. */
export function unlocatedDiagnostics(stderr: string): string[] {
  return stderr.split('\n').filter((l) => DIAGNOSTIC_START.test(l) && !LOCATED.test(l));
}

/** The one-line message main.ts prints for a bug of ours (a throw past the commands). */
export const INTERNAL_ERROR = /Lỗi nội bộ của plan|Internal error in plan/;
/** A stack frame: never shown to the user. */
export const STACK_FRAME = /\n\s+at .*:\d+:\d+\)?/;

/**
 * Removes a temp folder made by a test: only a direct child of the temp dir named plan-*, so that a
 * wrong dirname() can never remove anything else.
 */
export function removeTempRoot(path: string): void {
  const resolved = resolve(path);
  if (dirname(resolved) !== resolve(tmpdir()) || !basename(resolved).startsWith('plan-')) {
    throw new Error(`refusing to remove ${resolved}: not a plan-* folder directly under ${tmpdir()}`);
  }
  rmSync(resolved, { recursive: true, force: true });
}

export function writeText(path: string, text: string | Buffer): void {
  writeFileSync(path, text);
}

/** Seeded PRNG (mulberry32): the kill moments are reproducible from the seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
