import { parse } from 'yaml';
import { appendEntry } from '../../src/write/append-entry.js';
import type { StatLike, WriteFs } from '../../src/write/fs-facade.js';
import { updateLocked } from '../../src/write/locked-update.js';
import { describeSchedule, explore, MemFs, Run, type ExploreResult, type Observation, type WriterSpec } from './lock-model.js';

/**
 * The cases of the lock model (test/write/lock-interleavings.test.ts): one progress file, writers
 * of it, the initial state, and what must hold on every state. Whoever loads this module must make
 * randomHex (src/runtime/node-crypto.ts) deterministic per writer (see writer-random.ts).
 */

export const DIR = '/model/plans/2024/progress';
export const FILE = `${DIR}/bhyt.yaml`;
export const LOCK = `${FILE}.lock`;
const T0 = Date.parse('2024-06-14T08:00:00Z');
const BASE_PID = 1001;
const DEAD_PID = 999;
const HEADER = '# Số liệu tiến độ của chỉ tiêu bhyt\nentries:\n  - target: bhyt\n    date: 2024-01-14\n    value: 1\n';
const GUARD = /\.lock\.r\.([0-9a-fx]+)\.\d+$/;

/**
 * The scheduling points: every operation on the lock and its guards. The data file's reads and
 * rename run inside a writer's holding window (acquisition to removal of its lock), so they cannot
 * interleave unless two windows overlap, which `holders` reports; the final content is checked too.
 */
export const shared = (p: string) => p === LOCK || GUARD.test(p);

export type Kind = 'update' | 'append';

/**
 * A deliberately broken lock, to show the model finds the takeover race of issue 9: the recovery's
 * re-read of the lock under its guard sees what the reading before the guard saw (as if the code
 * did not re-read). Done in the file system the writer is given, so the product code is the real one:
 * after the writer creates the guard of the incarnation it last read at the lock path, its next
 * reading of the lock path returns that earlier reading without looking.
 */
function withoutReRead(fs: WriteFs): WriteFs {
  let lastStat: StatLike | undefined;
  let last: { stat: StatLike; bytes: Uint8Array; token: string } | undefined;
  let trust = false;
  return {
    ...fs,
    async link(existing, newPath) {
      await fs.link(existing, newPath);
      const guard = GUARD.exec(newPath);
      trust = guard !== null && last !== undefined && guard[1] === last.token;
    },
    async lstat(path) {
      if (path === LOCK && trust && last) return last.stat;
      const st = await fs.lstat(path);
      if (path === LOCK) lastStat = st;
      return st;
    },
    async readFile(path, maxBytes) {
      if (path === LOCK && trust && last) {
        trust = false;
        return last.bytes;
      }
      const bytes = await fs.readFile(path, maxBytes);
      if (path === LOCK && lastStat) {
        let token = '';
        try {
          token = String((JSON.parse(Buffer.from(bytes).toString('utf8')) as { token?: unknown }).token ?? '');
        } catch {
          // not a lock of ours
        }
        last = { stat: lastStat, bytes, token };
      }
      return bytes;
    },
  };
}

/**
 * `update`: the lock, read, temp file and guarded rename of every plan write (updateLocked), with a
 * trivial edit (one line per writer), cheap enough to try every interleaving. `append`: the whole of
 * appendEntry (YAML splice and verify), for random schedules.
 */
export function writers(n: number, kind: Kind, broken = false): WriterSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    run: ({ fs: modelFs, pid, sleep, isPidAlive }) => {
      const fs = broken ? withoutReRead(modelFs) : modelFs;
      const lock = { fs, pid, hostname: 'model', now: () => T0, isPidAlive: (p: number) => p !== DEAD_PID && isPidAlive(p), sleep, timeoutMs: 1e12 };
      if (kind === 'append') return appendEntry(FILE, { target: 'bhyt', date: '2024-06-14', value: 10 + i }, { fs, lock });
      return updateLocked(FILE, (before) => ({ text: `${Buffer.from(before!.bytes).toString('utf8')}  - value: ${10 + i}\n` }), { fs, lock });
    },
  }));
}

export function initial(withStaleLock: boolean): () => MemFs {
  return () => {
    const fs = new MemFs(DIR);
    fs.put(FILE, HEADER);
    if (withStaleLock) {
      fs.put(LOCK, JSON.stringify({ pid: DEAD_PID, hostname: 'model', createdAt: new Date(T0).toISOString(), token: 'dead0000dead0000dead0000dead0000' }));
    }
    return fs;
  };
}

export function makeRun(n: number, kind: Kind, staleLock: boolean, broken = false): Run {
  return new Run(initial(staleLock), writers(n, kind, broken), shared, BASE_PID);
}

/**
 * Who holds the lock, from the log: a writer from creating the lock path (an exclusive write, or a
 * hard link of its fresh temp file; not putting back a lock it had moved aside) until it removes it.
 */
function holders(obs: Observation): number[] {
  const holding = new Set<number>();
  for (const e of obs.log) {
    if (!e.ok || e.path !== LOCK) continue;
    if (e.op === 'writeFile' || (e.op === 'link' && /\.lock\.new\.\d+\.[0-9a-f]+$/.test(e.from ?? ''))) holding.add(e.writer);
    if (e.op === 'unlink' && holding.has(e.writer)) holding.delete(e.writer);
  }
  return [...holding].filter((w) => obs.writers[w]!.status === 'running');
}

/** The entries' values of each data file text seen (a handful of texts, parsed once each). */
const parsed = new Map<string, number[] | string>();

function values(text: string | undefined): number[] | string {
  if (text === undefined) return 'the file is gone';
  let v = parsed.get(text);
  if (v === undefined) {
    try {
      const data = parse(text) as { entries?: { value: number }[] };
      v = (data.entries ?? []).map((e) => e.value);
    } catch (e) {
      v = `the file does not parse: ${String(e)}`;
    }
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(text, v);
  }
  return v;
}

export function check(obs: Observation, final: boolean): string | undefined {
  const h = holders(obs);
  if (h.length > 1) return `writers ${h.map((w) => String.fromCharCode(65 + w)).join(', ')} hold the lock at once`;
  const v = values(obs.fs.text(FILE));
  if (typeof v === 'string') return v;
  if (v[0] !== 1) return `the old entry is gone: ${JSON.stringify(v)}`;
  if (new Set(v).size !== v.length) return `an entry is there twice: ${JSON.stringify(v)}`;
  for (const [i, w] of obs.writers.entries()) {
    if (w.status === 'done' && !v.includes(10 + i)) return `writer ${String.fromCharCode(65 + i)} reported its entry written, the file lacks it: ${JSON.stringify(v)}`;
    if (w.status === 'failed') return `surviving writer ${String.fromCharCode(65 + i)} was refused: ${String(w.error)}`;
  }
  if (final && obs.fs.files.has(LOCK)) {
    // A lock left by a killed writer is fine (the next writer clears it); one left by a live writer is not.
    const alive = obs.writers.every((w) => w.status !== 'dead');
    if (alive) return 'every writer ended but the lock is still there';
  }
  return undefined;
}

export interface ModelCase {
  writers: number;
  staleLock: boolean;
  maxKills: number;
  /** Run the deliberately broken lock (withoutReRead) instead of the real one. */
  broken?: boolean;
}

/** Every interleaving of `update` writers; `shown` lists the violations, readable. */
export async function runCase(o: ModelCase, progress?: (r: ExploreResult & { stack: number; depth: number }) => void, progressEvery?: number) {
  const result = await explore({
    makeRun: () => makeRun(o.writers, 'update', o.staleLock, o.broken),
    maxKills: o.maxKills,
    maxDepth: 400,
    check,
    maxStates: 50_000_000,
    progress,
    progressEvery,
  });
  const shown = result.violations.map((v) => `${v.problem}\n  schedule: ${describeSchedule(v.schedule)}`);
  return { ...result, shown };
}
