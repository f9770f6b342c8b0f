import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { FileHandleLike, StatLike, WriteFs } from '../../src/write/fs-facade.js';

/**
 * A model checker for the lock protocol: real `appendEntry` calls (several writers) run on an
 * in-memory file system whose shared operations (anything touching the lock, its guards or the data
 * file) each wait for a scheduler's turn. The explorer tries every order of those operations, and a
 * kill of any writer before any of them, replaying each schedule from the start (the writers'
 * randomness is made deterministic per writer, see `writerRandom`), and remembers the states seen
 * (file system + each writer's history) so each is explored once.
 *
 * Operations on a writer's private files (its temp files, not yet visible under a shared name) run
 * without a turn: they commute with every other writer's operations.
 */

interface Node {
  data: Uint8Array;
  ino: number;
  mtimeMs: number;
  mode: number;
}

function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: model, '${path}'`), { code });
}

export class MemFs {
  files = new Map<string, Node>();
  dirs = new Set<string>();
  private nextIno = 1;
  /** Called on every change (a sleeping writer may then find something new). */
  onChange: (path: string) => void = () => undefined;

  constructor(dir: string) {
    for (let d = dir; ; d = dirname(d)) {
      this.dirs.add(d);
      if (dirname(d) === d) break;
    }
  }

  put(path: string, data: Uint8Array | string, mode = 0o644): void {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    this.files.set(path, { data: bytes, ino: this.nextIno++, mtimeMs: 1_000, mode });
    this.onChange(path);
  }

  text(path: string): string | undefined {
    const f = this.files.get(path);
    return f ? Buffer.from(f.data).toString('utf8') : undefined;
  }

  /**
   * Canonical content of the shared files, for state keys: private temp files only matter to their
   * owner (whose history says whether they exist), and fresh tokens are named by their writer.
   */
  key(shared: (path: string) => boolean): string {
    return [...this.files.entries()]
      .filter(([p]) => shared(p))
      .map(([p, n]) => `${canonical(basename(p))}=${canonical(Buffer.from(n.data).toString('utf8'))}`)
      .sort()
      .join('|');
  }

  private stat(path: string): StatLike {
    const f = this.files.get(path);
    if (f) return { mode: f.mode, size: f.data.length, mtimeMs: f.mtimeMs, ino: f.ino, isFile: () => true, isSymbolicLink: () => false };
    if (this.dirs.has(path)) return { mode: 0o755, size: 0, mtimeMs: 0, ino: 0, isFile: () => false, isSymbolicLink: () => false };
    throw errno('ENOENT', path);
  }

  /** The facade one writer sees; `gate` is awaited before each shared operation. */
  facade(gate: (op: string, path: string) => Promise<void>, shared: (path: string) => boolean): WriteFs {
    const g = async (op: string, ...paths: string[]) => {
      const p = paths.find(shared);
      if (p !== undefined) await gate(op, p);
    };
    const self = this;
    return {
      async open(path, flags, mode) {
        await g('open', path);
        if (self.dirs.has(path)) return { writeFile: async () => undefined, sync: async () => undefined, close: async () => undefined };
        if (flags.includes('x') && self.files.has(path)) throw errno('EEXIST', path);
        self.put(path, new Uint8Array(), mode ?? 0o644);
        const handle: FileHandleLike = {
          writeFile: async (data) => {
            const f = self.files.get(path);
            if (f) f.data = Uint8Array.from(data);
            self.onChange(path);
          },
          sync: async () => undefined,
          close: async () => undefined,
        };
        return handle;
      },
      async readFile(path, maxBytes) {
        await g('read', path);
        const f = self.files.get(path);
        if (!f) throw errno(self.dirs.has(path) ? 'ENOTREG' : 'ENOENT', path);
        if (maxBytes !== undefined && f.data.length > maxBytes) throw errno('EFBIG', path);
        return Uint8Array.from(f.data);
      },
      async writeFile(path, data, options) {
        await g('write', path);
        if (options.flag.includes('x') && self.files.has(path)) throw errno('EEXIST', path);
        self.put(path, typeof data === 'string' ? Buffer.from(data) : data, options.mode);
      },
      async rename(from, to) {
        await g('rename', from, to);
        const f = self.files.get(from);
        if (!f) throw errno('ENOENT', from);
        self.files.delete(from);
        self.files.set(to, f);
        self.onChange(from);
        self.onChange(to);
      },
      async link(existing, newPath) {
        await g('link', existing, newPath);
        const f = self.files.get(existing);
        if (!f) throw errno('ENOENT', existing);
        if (self.files.has(newPath)) throw errno('EEXIST', newPath);
        self.files.set(newPath, f);
        self.onChange(newPath);
      },
      async unlink(path) {
        await g('unlink', path);
        if (!self.files.delete(path)) throw errno('ENOENT', path);
        self.onChange(path);
      },
      async chmod(path, mode) {
        const f = self.files.get(path);
        if (!f) throw errno('ENOENT', path);
        f.mode = mode;
        self.onChange(path);
      },
      async mkdir(path) {
        self.dirs.add(path);
      },
      async stat(path) {
        await g('stat', path);
        return self.stat(path);
      },
      async lstat(path) {
        await g('lstat', path);
        return self.stat(path);
      },
      async realpath(path) {
        if (self.files.has(path) || self.dirs.has(path)) return path;
        throw errno('ENOENT', path);
      },
    };
  }
}

export { writerRandom } from './writer-random.js';
import { canonical, writerRandom } from './writer-random.js';

export type Choice = { kind: 'step'; writer: number } | { kind: 'kill'; writer: number };

export interface WriterSpec {
  /** Starts the writer; it must use `fs`, `pid` and `sleep` for everything. */
  run: (io: { fs: WriteFs; pid: number; sleep: (ms: number) => Promise<void>; isPidAlive: (pid: number) => boolean }) => Promise<unknown>;
}

interface WriterState {
  pending: { op: string; path: string; resolve: () => void } | undefined;
  status: 'running' | 'done' | 'failed' | 'dead';
  error?: unknown;
  history: string[];
  /** Slept with nothing changed since: another sleep would repeat the same state. */
  idle: boolean;
}

export interface Observation {
  fs: MemFs;
  writers: readonly { status: WriterState['status']; error?: unknown; pendingOp?: string }[];
  /** Every shared operation so far: writer, op, path, outcome. */
  /** Every shared operation so far: writer, op, path (the shared one), first path argument, outcome. */
  log: readonly { writer: number; op: string; path: string; ok: boolean; from?: string }[];
}

function digest(r: unknown): string {
  if (r instanceof Uint8Array) return canonical(Buffer.from(r).toString('utf8'));
  if (r && typeof r === 'object' && 'size' in r) {
    const st = r as StatLike;
    return `${st.size}:${st.isFile()}`;
  }
  return '';
}

/** One run of the writers along a schedule. */
export class Run {
  readonly fs: MemFs;
  readonly writers: WriterState[] = [];
  readonly log: { writer: number; op: string; path: string; ok: boolean; from?: string }[] = [];
  private waiters: (() => void)[] = [];
  readonly dead = new Set<number>();

  constructor(makeFs: () => MemFs, specs: WriterSpec[], readonly shared: (path: string) => boolean, readonly basePid: number) {
    this.fs = makeFs();
    // Only a change others can see wakes a sleeping writer (temp files are private).
    this.fs.onChange = (path) => {
      if (shared(path)) for (const w of this.writers) w.idle = false;
    };
    specs.forEach((spec, i) => {
      const w: WriterState = { pending: undefined, status: 'running', history: [], idle: false };
      this.writers.push(w);
      const pid = basePid + i;
      const gate = (op: string, path: string) =>
        new Promise<void>((resolve) => {
          w.pending = { op, path, resolve };
          this.wake();
        });
      const inner = this.fs.facade(gate, shared);
      // Record each shared operation and what it returned in the writer's history (its local state).
      const fsView = new Proxy(inner, {
        get: (target, prop: keyof WriteFs) => {
          const f = target[prop] as ((...a: unknown[]) => Promise<unknown>) | undefined;
          if (typeof f !== 'function') return f;
          return async (...args: unknown[]) => {
            const paths = args.filter((a): a is string => typeof a === 'string');
            const p = paths.find(shared);
            try {
              const r = await f.apply(target, args);
              if (p !== undefined) this.note(i, String(prop), p, true, digest(r), paths[0]);
              return r;
            } catch (e) {
              if (p !== undefined) this.note(i, String(prop), p, false, (e as NodeJS.ErrnoException).code ?? 'error');
              throw e;
            }
          };
        },
      });
      // A writer sleeping while it acquires the lock starts afresh after it: what it saw before
      // (it has read nothing of the data file yet) no longer matters. Elsewhere the history stays.
      const sleep = async () => {
        const acquiring = /at acquireLock/.test(new Error().stack ?? '');
        await gate('sleep', '');
        if (acquiring) w.history = ['slept acquiring'];
        else w.history.push('slept');
        w.idle = true;
      };
      const isPidAlive = (p: number) => !this.dead.has(p) && p >= basePid && p < basePid + specs.length;
      writerRandom.run({ id: i, n: 0 }, () => {
        spec.run({ fs: fsView, pid, sleep, isPidAlive }).then(
          () => {
            if (w.status === 'running') w.status = 'done';
            this.wake();
          },
          (e: unknown) => {
            if (w.status === 'running') {
              w.status = 'failed';
              w.error = e;
            }
            this.wake();
          },
        );
      });
    });
  }

  private note(i: number, op: string, path: string, ok: boolean, result: string, from?: string) {
    this.log.push({ writer: i, op, path, ok, from });
    this.writers[i]!.history.push(`${op}:${canonical(basename(path))}:${ok ? 'ok' : 'err'}:${result}`);
  }

  private wake() {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves once every running writer waits at a gate (or has ended). */
  async settle(): Promise<void> {
    for (;;) {
      if (this.writers.every((w) => w.status !== 'running' || w.pending !== undefined)) return;
      await new Promise<void>((r) => {
        this.waiters.push(r);
        // A writer may end or gate through promise chains only: give them a macrotask too.
        setImmediate(r);
      });
    }
  }

  choices(maxKills: number): Choice[] {
    const out: Choice[] = [];
    const kills = this.dead.size;
    this.writers.forEach((w, writer) => {
      if (w.status !== 'running' || !w.pending) return;
      if (!(w.pending.op === 'sleep' && w.idle)) out.push({ kind: 'step', writer });
      if (kills < maxKills) out.push({ kind: 'kill', writer });
    });
    return out;
  }

  async apply(c: Choice): Promise<void> {
    const w = this.writers[c.writer]!;
    if (c.kind === 'kill') {
      w.status = 'dead';
      w.pending = undefined; // never resumed
      this.dead.add(this.basePid + c.writer);
      for (const x of this.writers) x.idle = false;
      return;
    }
    const p = w.pending!;
    w.pending = undefined;
    p.resolve();
    await this.settle();
  }

  key(): string {
    return `${this.fs.key(this.shared)}#${this.writers.map((w) => `${w.status}:${w.idle ? 'i' : ''}:${w.pending?.op ?? ''}:${w.history.join(',')}`).join('#')}`;
  }

  observe(): Observation {
    return { fs: this.fs, writers: this.writers.map((w) => ({ status: w.status, error: w.error, pendingOp: w.pending?.op })), log: this.log };
  }
}

export interface ExploreResult {
  states: number;
  schedules: number;
  maxDepth: number;
  violations: { schedule: Choice[]; problem: string }[];
}

/**
 * Depth-first search over schedules. `check` is called on every state (`final` when no writer runs
 * any more) and returns a problem or undefined. Stops after `maxViolations` problems.
 */
export async function explore(o: {
  makeRun: () => Run;
  maxKills: number;
  maxDepth: number;
  check: (obs: Observation, final: boolean) => string | undefined;
  maxViolations?: number;
  maxStates?: number;
}): Promise<ExploreResult> {
  const seen = new Set<string>();
  const result: ExploreResult = { states: 0, schedules: 0, maxDepth: 0, violations: [] };
  const stack: Choice[][] = [[]];
  while (stack.length > 0) {
    const schedule = stack.pop()!;
    const run = o.makeRun();
    await run.settle();
    for (const c of schedule) await run.apply(c);
    const key = run.key();
    if (seen.has(key)) continue;
    seen.add(key);
    result.states++;
    if (process.env.PLAN_MODEL_TRACE && result.states % 500 === 0) console.log(`states ${result.states}, depth ${schedule.length}, stack ${stack.length}`);
    if (o.maxStates !== undefined && result.states > o.maxStates) throw new Error(`more than ${o.maxStates} states`);
    result.maxDepth = Math.max(result.maxDepth, schedule.length);
    const choices = run.choices(o.maxKills);
    const running = run.writers.some((w) => w.status === 'running');
    const final = !running;
    let problem = o.check(run.observe(), final);
    if (!problem && running && choices.every((c) => c.kind === 'kill')) problem = 'stuck: every running writer waits and nothing can change';
    if (!problem && schedule.length >= o.maxDepth) problem = `no end after ${o.maxDepth} operations`;
    if (problem) {
      result.violations.push({ schedule, problem });
      if (result.violations.length >= (o.maxViolations ?? 1)) return result;
      continue;
    }
    if (final) {
      result.schedules++;
      continue;
    }
    for (let i = choices.length - 1; i >= 0; i--) stack.push([...schedule, choices[i]!]);
  }
  return result;
}

/** A schedule, readable: "A B B kill:C A ...". */
export function describeSchedule(s: Choice[]): string {
  return s.map((c) => `${c.kind === 'kill' ? 'kill:' : ''}${String.fromCharCode(65 + c.writer)}`).join(' ');
}

/** Random schedules (seeded), for writers too costly to model-check exhaustively. */
export async function sample(o: {
  makeRun: () => Run;
  runs: number;
  seed: number;
  maxKills: number;
  maxDepth: number;
  check: (obs: Observation, final: boolean) => string | undefined;
}): Promise<ExploreResult> {
  let a = o.seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const result: ExploreResult = { states: 0, schedules: 0, maxDepth: 0, violations: [] };
  for (let r = 0; r < o.runs; r++) {
    const run = o.makeRun();
    await run.settle();
    const schedule: Choice[] = [];
    for (;;) {
      result.states++;
      const running = run.writers.some((w) => w.status === 'running');
      let problem = o.check(run.observe(), !running);
      const choices = run.choices(o.maxKills);
      // Kills are rarer than steps, or nearly every run would end in one.
      const steps = choices.filter((c) => c.kind === 'step');
      if (!problem && running && steps.length === 0) problem = 'stuck: every running writer waits and nothing can change';
      if (!problem && schedule.length >= o.maxDepth) problem = `no end after ${o.maxDepth} operations`;
      if (problem) {
        result.violations.push({ schedule, problem });
        return result;
      }
      if (!running) break;
      const kills = choices.filter((c) => c.kind === 'kill');
      const c = kills.length > 0 && rand() < 0.03 ? kills[Math.floor(rand() * kills.length)]! : steps[Math.floor(rand() * steps.length)]!;
      schedule.push(c);
      await run.apply(c);
    }
    result.schedules++;
    result.maxDepth = Math.max(result.maxDepth, schedule.length);
  }
  return result;
}
