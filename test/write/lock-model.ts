import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { FileHandleLike, StatLike, WriteFs } from '../../src/write/fs-facade.js';

/**
 * A model checker for the lock protocol: real `appendEntry` calls (several writers) run on an
 * in-memory file system whose shared operations (anything touching the lock, its guards or the data
 * file) each wait for a scheduler's turn. The explorer tries every order of those operations, and a
 * kill of any writer before any of them (the writers' randomness is made deterministic per writer,
 * see `writerRandom`), and remembers the states seen (file system + each writer's history) so each
 * is explored once.
 *
 * Operations on a writer's private files (its temp files, not yet visible under a shared name) run
 * without a turn: they commute with every other writer's operations.
 *
 * How a state is reached again without running its whole schedule: a writer is a live async
 * function, which cannot be copied, but what it does next depends only on what its own calls
 * returned (file operations, `isPidAlive`, its deterministic random draws; its clock is fixed). Each
 * writer's calls and their outcomes are kept as a tape. A state is a copy of the file system, the
 * log and each writer's record (status, history, tape); to take a step of writer W from a saved
 * state, the explorer takes a paused instance of W at exactly that tape if one is left over, or
 * starts W afresh and feeds it its tape (no file system, no other writer, no scheduling) until it
 * pauses at the same point, then lets it perform its next operation on the state's file system.
 */

interface Node {
  data: Uint8Array;
  ino: number;
  mtimeMs: number;
  mode: number;
}

function errno(code: string, path: string): NodeJS.ErrnoException {
  // No stack: the writers only look at the code, and capturing one costs more than the operation.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const e = new Error(`${code}: model, '${path}'`);
  Error.stackTraceLimit = limit;
  return Object.assign(e, { code });
}

/** File contents as text, decoded once per buffer (a file's buffer is replaced, never changed). */
const texts = new WeakMap<Uint8Array, string>();

function textOf(data: Uint8Array): string {
  let t = texts.get(data);
  if (t === undefined) texts.set(data, (t = Buffer.from(data).toString('utf8')));
  return t;
}

export class MemFs {
  files = new Map<string, Node>();
  dirs = new Set<string>();
  private nextIno = 1;
  /** Called on every change (a sleeping writer may then find something new). */
  onChange: (path: string) => void = () => undefined;

  constructor(dir?: string) {
    for (let d = dir; d !== undefined; d = dirname(d)) {
      this.dirs.add(d);
      if (dirname(d) === d) break;
    }
  }

  /** A copy (hard links stay shared between their names). */
  clone(): MemFs {
    const c = new MemFs();
    c.dirs = new Set(this.dirs);
    c.nextIno = this.nextIno;
    const copies = new Map<Node, Node>();
    for (const [p, n] of this.files) {
      let m = copies.get(n);
      if (!m) copies.set(n, (m = { ...n }));
      c.files.set(p, m);
    }
    return c;
  }

  put(path: string, data: Uint8Array | string, mode = 0o644): void {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    this.files.set(path, { data: bytes, ino: this.nextIno++, mtimeMs: 1_000, mode });
    this.onChange(path);
  }

  text(path: string): string | undefined {
    const f = this.files.get(path);
    return f ? textOf(f.data) : undefined;
  }

  /**
   * Canonical content of the shared files, for state keys: private temp files only matter to their
   * owner (whose history says whether they exist), and fresh tokens are named by their writer.
   */
  key(shared: (path: string) => boolean): string {
    const parts: string[] = [];
    for (const [p, n] of this.files) if (shared(p)) parts.push(`${canonical(basename(p))}=${canonical(textOf(n.data))}`);
    return parts.sort().join('|');
  }

  private stat(path: string): StatLike {
    const f = this.files.get(path);
    if (f) return { mode: f.mode, size: f.data.length, mtimeMs: f.mtimeMs, ino: f.ino, isFile: () => true, isSymbolicLink: () => false };
    if (this.dirs.has(path)) return { mode: 0o755, size: 0, mtimeMs: 0, ino: 0, isFile: () => false, isSymbolicLink: () => false };
    throw errno('ENOENT', path);
  }

  /** Performs one operation (WriteFs method `op`, or `handle.*` of a handle open on `args[0]`). */
  exec(op: string, args: unknown[]): unknown {
    const path = args[0] as string;
    switch (op) {
      case 'open': {
        if (this.dirs.has(path)) return undefined;
        const flags = args[1] as string;
        if (flags.includes('x') && this.files.has(path)) throw errno('EEXIST', path);
        this.put(path, new Uint8Array(), (args[2] as number | undefined) ?? 0o644);
        return undefined;
      }
      case 'handle.writeFile': {
        if (this.dirs.has(path)) return undefined;
        const f = this.files.get(path);
        if (f) f.data = Uint8Array.from(args[1] as Uint8Array);
        this.onChange(path);
        return undefined;
      }
      case 'handle.sync':
      case 'handle.close':
        return undefined;
      case 'readFile': {
        const f = this.files.get(path);
        if (!f) throw errno(this.dirs.has(path) ? 'ENOTREG' : 'ENOENT', path);
        const maxBytes = args[1] as number | undefined;
        if (maxBytes !== undefined && f.data.length > maxBytes) throw errno('EFBIG', path);
        return Uint8Array.from(f.data);
      }
      case 'writeFile': {
        const data = args[1] as Uint8Array | string;
        const options = args[2] as { flag: string; mode?: number };
        if (options.flag.includes('x') && this.files.has(path)) throw errno('EEXIST', path);
        this.put(path, typeof data === 'string' ? Buffer.from(data) : Uint8Array.from(data), options.mode);
        return undefined;
      }
      case 'rename': {
        const to = args[1] as string;
        const f = this.files.get(path);
        if (!f) throw errno('ENOENT', path);
        this.files.delete(path);
        this.files.set(to, f);
        this.onChange(path);
        this.onChange(to);
        return undefined;
      }
      case 'link': {
        const newPath = args[1] as string;
        const f = this.files.get(path);
        if (!f) throw errno('ENOENT', path);
        if (this.files.has(newPath)) throw errno('EEXIST', newPath);
        this.files.set(newPath, f);
        this.onChange(newPath);
        return undefined;
      }
      case 'unlink':
        if (!this.files.delete(path)) throw errno('ENOENT', path);
        this.onChange(path);
        return undefined;
      case 'chmod': {
        const f = this.files.get(path);
        if (!f) throw errno('ENOENT', path);
        f.mode = args[1] as number;
        this.onChange(path);
        return undefined;
      }
      case 'mkdir':
        this.dirs.add(path);
        return undefined;
      case 'stat':
      case 'lstat':
        return this.stat(path);
      case 'realpath':
        if (this.files.has(path) || this.dirs.has(path)) return path;
        throw errno('ENOENT', path);
      default:
        throw new Error(`model: no operation ${op}`);
    }
  }
}

export { writerRandom } from './writer-random.js';
import { canonical, writerRandom, type WriterDraws } from './writer-random.js';

export type Choice = { kind: 'step'; writer: number } | { kind: 'kill'; writer: number };

export interface WriterSpec {
  /** Starts the writer; it must use `fs`, `pid` and `sleep` for everything. */
  run: (io: { fs: WriteFs; pid: number; sleep: (ms: number) => Promise<void>; isPidAlive: (pid: number) => boolean }) => Promise<unknown>;
}

/** One call of a writer and its outcome; a tape is the list of them, last first. */
class Tape {
  readonly length: number;
  constructor(
    readonly prev: Tape | undefined,
    readonly op: string,
    readonly ok: boolean,
    readonly value: unknown,
  ) {
    this.length = prev ? prev.length + 1 : 0;
  }

  /** The calls in order (the root, a writer's empty tape, is left out). */
  entries(): Tape[] {
    const out: Tape[] = [];
    for (let t: Tape | undefined = this; t?.prev; t = t.prev) out.push(t);
    return out.reverse();
  }
}

interface WriterState {
  /** The operation the writer waits to perform (its turn). */
  pending: { op: string; path: string } | undefined;
  status: 'running' | 'done' | 'failed' | 'dead';
  error?: unknown;
  /**
   * What the writer saw (its shared operations and their outcomes, since it last slept while
   * acquiring the lock), as a chained digest: each entry e turns it into SHA-1(previous, e). A
   * state's text stays a few hundred bytes however long the histories grow.
   */
  history: string;
  /** Slept with nothing changed since: another sleep would repeat the same state. */
  idle: boolean;
  /** Every call the writer made, with its outcome: all its own state depends on. */
  tape: Tape;
}

export interface Observation {
  fs: MemFs;
  writers: readonly { status: WriterState['status']; error?: unknown; pendingOp?: string }[];
  /** Every shared operation so far: writer, op, path (the shared one), first path argument, outcome. */
  log: readonly LogEntry[];
}

interface LogEntry {
  writer: number;
  op: string;
  path: string;
  ok: boolean;
  from?: string;
}

function digest(r: unknown): string {
  if (r instanceof Uint8Array) return canonical(Buffer.from(r).toString('utf8'));
  if (r && typeof r === 'object' && 'size' in r) {
    const st = r as StatLike;
    return `${st.size}:${st.isFile()}`;
  }
  return '';
}

/** A history with one more entry (see WriterState.history); '' is the empty history. */
function extend(history: string, entry: string): string {
  return createHash('sha1').update(history).update('\0').update(entry).digest('hex');
}

/** Whether the function that called the model's `sleep` is `acquireLock` (a short stack suffices). */
function calledFromAcquireLock(): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 3;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  return /at acquireLock/.test(stack);
}

/** The scheduling point of each WriteFs method (the others never wait for a turn). */
const GATES: Record<string, string> = { open: 'open', readFile: 'read', writeFile: 'write', rename: 'rename', link: 'link', unlink: 'unlink', stat: 'stat', lstat: 'lstat' };

/**
 * One live execution of a writer. It replays its tape first (every call answered from it), then
 * runs live on the file system of `run`, the state it is stepped in (it may be paused in one state
 * and resumed in a copy of it).
 */
class Instance {
  parked: { op: string; path: string; resume: () => void } | undefined;
  ended = false;
  run: Run | undefined;
  readonly draws: WriterDraws;
  private notify: (() => void) | undefined;
  private pos = 0;

  constructor(
    readonly writer: number,
    private readonly replay: readonly Tape[],
  ) {
    this.draws = { id: writer, n: 0 };
  }

  get replaying(): boolean {
    return this.pos < this.replay.length;
  }

  /** The next recorded call, which must be `op` (the writers are deterministic). */
  served(op: string): Tape {
    const t = this.replay[this.pos++]!;
    if (t.op !== op) throw new Error(`model: writer ${this.writer} replayed ${op} where its tape has ${t.op}`);
    return t;
  }

  /** The state being changed by this writer's live calls, and its record there. */
  live(): { run: Run; rec: WriterState } {
    if (!this.run) throw new Error(`model: writer ${this.writer} ran past its tape while replaying`);
    return { run: this.run, rec: this.run.writers[this.writer]! };
  }

  park(op: string, path: string): Promise<void> {
    return new Promise((resume) => {
      this.parked = { op, path, resume };
      this.signal();
    });
  }

  signal(): void {
    const n = this.notify;
    this.notify = undefined;
    n?.();
  }

  /** Resolves once the writer waits for its next turn or has ended (only microtasks run meanwhile). */
  async paused(): Promise<void> {
    while (!this.parked && !this.ended) await new Promise<void>((r) => (this.notify = r));
  }
}

/** What the runs of one model share: the writers, and paused instances by the tape they are at. */
interface Model {
  specs: WriterSpec[];
  shared: (path: string) => boolean;
  basePid: number;
  roots: Tape[];
  /** A paused instance of a writer at exactly that tape, not used by any run yet. */
  pool: WeakMap<Tape, Instance>;
  instancesStarted: number;
}

export interface RunSnapshot {
  readonly model: Model;
  readonly fs: MemFs;
  readonly writers: readonly WriterState[];
  readonly log: readonly LogEntry[];
  readonly dead: readonly number[];
}

/**
 * One state of the writers, changed in place by `apply`. A new Run starts the writers from the
 * initial state, one after the other (each until its first scheduling point: before it, a writer
 * only touches its own temp files); `snapshot` and `Run.restore` copy a state. Each step resumes one
 * writer alone until its next scheduling point, so `writerRandom.current` names the writer whose
 * code runs, and microtasks suffice (no real I/O, no timer: `sleep` is a scheduling point too).
 */
export class Run {
  readonly fs: MemFs;
  readonly writers: WriterState[];
  readonly log: LogEntry[];
  readonly dead: Set<number>;
  readonly shared: (path: string) => boolean;
  private readonly model: Model;
  private started: boolean;

  constructor(makeFs: () => MemFs, specs: WriterSpec[], shared: (path: string) => boolean, basePid: number, from?: RunSnapshot) {
    this.model = from?.model ?? { specs, shared, basePid, roots: specs.map(() => new Tape(undefined, '', true, undefined)), pool: new WeakMap(), instancesStarted: 0 };
    this.shared = this.model.shared;
    this.fs = from ? from.fs.clone() : makeFs();
    this.writers = from
      ? from.writers.map((w) => ({ ...w }))
      : this.model.roots.map((tape) => ({ pending: undefined, status: 'running' as const, history: '', idle: false, tape }));
    this.log = from ? [...from.log] : [];
    this.dead = new Set(from?.dead);
    this.started = from !== undefined;
    // Only a change others can see wakes a sleeping writer (temp files are private).
    this.fs.onChange = (path) => {
      if (this.shared(path)) for (const w of this.writers) w.idle = false;
    };
  }

  /** A copy of this state, to come back to (`Run.restore`) after exploring from it. */
  snapshot(): RunSnapshot {
    return { model: this.model, fs: this.fs.clone(), writers: this.writers.map((w) => ({ ...w })), log: [...this.log], dead: [...this.dead] };
  }

  static restore(s: RunSnapshot): Run {
    return new Run(() => s.fs, s.model.specs, s.model.shared, s.model.basePid, s);
  }

  /** Instances started (the first runs, and one per writer fed its tape again). */
  get instancesStarted(): number {
    return this.model.instancesStarted;
  }

  /** A fresh instance of writer `i` fed `tape`, paused where the tape ends. */
  private async startInstance(i: number, tape: Tape, bind: Run | undefined): Promise<Instance> {
    const m = this.model;
    m.instancesStarted++;
    const inst = new Instance(i, tape.entries());
    inst.run = bind;
    const pid = m.basePid + i;
    const call = (op: string, args: unknown[]): Promise<unknown> => this.call(inst, op, args);
    const handleOf = (path: string): FileHandleLike => ({
      writeFile: async (data) => void (await call('handle.writeFile', [path, data])),
      sync: async () => void (await call('handle.sync', [path])),
      close: async () => void (await call('handle.close', [path])),
    });
    const fs: WriteFs = {
      open: async (...a) => (await call('open', a), handleOf(a[0])),
      readFile: async (...a) => (await call('readFile', a)) as Uint8Array,
      writeFile: async (...a) => void (await call('writeFile', a)),
      rename: async (...a) => void (await call('rename', a)),
      link: async (...a) => void (await call('link', a)),
      unlink: async (...a) => void (await call('unlink', a)),
      chmod: async (...a) => void (await call('chmod', a)),
      mkdir: async (...a) => void (await call('mkdir', a)),
      stat: async (...a) => (await call('stat', a)) as StatLike,
      lstat: async (...a) => (await call('lstat', a)) as StatLike,
      realpath: async (...a) => (await call('realpath', a)) as string,
    };
    // A writer sleeping while it acquires the lock starts afresh after it: what it saw before
    // (it has read nothing of the data file yet) no longer matters. Elsewhere the history stays.
    const sleep = async () => {
      if (inst.replaying) {
        inst.served('sleep');
        return;
      }
      const acquiring = calledFromAcquireLock();
      await inst.park('sleep', '');
      const { rec } = inst.live();
      rec.tape = new Tape(rec.tape, 'sleep', true, undefined);
      rec.history = extend(acquiring ? '' : rec.history, acquiring ? 'slept acquiring' : 'slept');
      rec.idle = true;
    };
    const isPidAlive = (p: number) => {
      if (inst.replaying) return inst.served('isPidAlive').value as boolean;
      const { run, rec } = inst.live();
      const alive = !run.dead.has(p) && p >= m.basePid && p < m.basePid + m.specs.length;
      rec.tape = new Tape(rec.tape, 'isPidAlive', true, alive);
      return alive;
    };
    const previous = writerRandom.current;
    writerRandom.current = inst.draws;
    m.specs[i]!.run({ fs, pid, sleep, isPidAlive }).then(
      () => {
        inst.ended = true;
        if (inst.run) {
          const rec = inst.run.writers[i]!;
          if (rec.status === 'running') rec.status = 'done';
        }
        inst.signal();
      },
      (e: unknown) => {
        inst.ended = true;
        if (inst.run) {
          const rec = inst.run.writers[i]!;
          if (rec.status === 'running') {
            rec.status = 'failed';
            rec.error = e;
          }
        }
        inst.signal();
      },
    );
    await inst.paused();
    writerRandom.current = previous;
    return inst;
  }

  /** A writer's file operation: answered from its tape, or (its turn first, if shared) performed here. */
  private async call(inst: Instance, op: string, args: unknown[]): Promise<unknown> {
    if (inst.replaying) {
      const t = inst.served(op);
      if (!t.ok) throw t.value;
      return t.value instanceof Uint8Array ? Uint8Array.from(t.value) : t.value;
    }
    const paths = args.filter((a): a is string => typeof a === 'string');
    const p = op.startsWith('handle.') ? undefined : paths.find(this.model.shared);
    const gate = GATES[op];
    if (p !== undefined && gate !== undefined) await inst.park(gate, p);
    // After a turn the instance may be resumed in a copy of the state it paused in.
    const { run, rec } = inst.live();
    let ok = true;
    let value: unknown;
    try {
      value = run.fs.exec(op, args);
    } catch (e) {
      ok = false;
      value = e;
    }
    rec.tape = new Tape(rec.tape, op, ok, value instanceof Uint8Array ? Uint8Array.from(value) : value);
    if (p !== undefined) run.note(inst.writer, op, p, ok, ok ? digest(value) : ((value as NodeJS.ErrnoException).code ?? 'error'), ok ? paths[0] : undefined);
    if (!ok) throw value;
    return value;
  }

  private note(i: number, op: string, path: string, ok: boolean, result: string, from?: string) {
    this.log.push({ writer: i, op, path, ok, from });
    const w = this.writers[i]!;
    w.history = extend(w.history, `${op}:${canonical(basename(path))}:${ok ? 'ok' : 'err'}:${result}`);
  }

  /** The first call starts the writers (each runs alone until its first turn). */
  async settle(): Promise<void> {
    if (this.started) return;
    this.started = true;
    for (const [i, rec] of this.writers.entries()) this.parked(i, await this.startInstance(i, rec.tape, this));
  }

  /** Records where instance `inst` of writer `i` stopped, and keeps it for the next step from there. */
  private parked(i: number, inst: Instance): void {
    const rec = this.writers[i]!;
    if (!inst.parked) return;
    rec.pending = { op: inst.parked.op, path: inst.parked.path };
    this.model.pool.set(rec.tape, inst);
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
      this.dead.add(this.model.basePid + c.writer);
      for (const x of this.writers) x.idle = false;
      return;
    }
    let inst = this.model.pool.get(w.tape);
    if (inst) this.model.pool.delete(w.tape);
    else {
      inst = await this.startInstance(c.writer, w.tape, undefined);
      if (!inst.parked || inst.parked.op !== w.pending?.op || inst.parked.path !== w.pending.path) {
        throw new Error(`model: writer ${c.writer} fed its tape stopped at ${inst.parked?.op ?? 'its end'}, not at ${w.pending?.op ?? '?'}`);
      }
    }
    const p = inst.parked!;
    inst.parked = undefined;
    inst.run = this;
    w.pending = undefined;
    writerRandom.current = inst.draws;
    p.resume();
    await inst.paused();
    writerRandom.current = undefined;
    this.parked(c.writer, inst);
  }

  /** The state, in full: what the explorer compares (as a digest, see `explore`). */
  keyText(): string {
    return `${this.fs.key(this.shared)}#${this.writers.map((w) => `${w.status}:${w.idle ? 'i' : ''}:${w.pending?.op ?? ''}:${w.history}`).join('#')}`;
  }

  /**
   * A fixed-size digest of `keyText` (SHA-1, 20 bytes as a one-byte string): the explorer keeps one
   * per state seen, where the full texts (kilobytes each) filled the heap with three writers. Two
   * different states share a digest with probability about n²/2¹⁶¹: below 10⁻³⁴ for 10⁷ states.
   */
  key(): string {
    return createHash('sha1').update(this.keyText()).digest().toString('latin1');
  }

  observe(): Observation {
    return { fs: this.fs, writers: this.writers.map((w) => ({ status: w.status, error: w.error, pendingOp: w.pending?.op })), log: this.log };
  }
}

export interface ExploreResult {
  states: number;
  schedules: number;
  maxDepth: number;
  /** States restored from a snapshot to take another choice from them (see `explore`). */
  restores: number;
  /** Writer instances started: one per writer at the start, plus one per writer fed its tape again. */
  instances: number;
  ms: number;
  violations: { schedule: Choice[]; problem: string }[];
}

/** A schedule, as a path in the search tree: its last choice and the schedule before it. */
interface PathNode {
  parent: PathNode | undefined;
  choice: Choice;
  depth: number;
}

function scheduleOf(node: PathNode | undefined): Choice[] {
  const out: Choice[] = [];
  for (let n = node; n; n = n.parent) out.push(n.choice);
  return out.reverse();
}

/**
 * Depth-first search over schedules. `check` is called on every state (`final` when no writer runs
 * any more) and returns a problem or undefined. Stops after `maxViolations` problems.
 *
 * The search goes on along the first choice of every state with the run it has, and keeps the other
 * choices on a stack, with a snapshot of the state (shared by its choices) and a path node for the
 * schedule (a choice and its parent, rebuilt into the schedule only for a report). Taking one from
 * the stack restores the snapshot and applies the choice: one writer fed its tape at most, not the
 * whole schedule run again. States are visited in the same order as by replaying every schedule.
 */
export async function explore(o: {
  makeRun: () => Run;
  maxKills: number;
  maxDepth: number;
  check: (obs: Observation, final: boolean) => string | undefined;
  maxViolations?: number;
  maxStates?: number;
  /** Called every `progressEvery` states (default 100 000) with the figures so far. */
  progress?: (r: ExploreResult & { stack: number; depth: number }) => void;
  progressEvery?: number;
}): Promise<ExploreResult> {
  const started = performance.now();
  const seen = new Set<string>();
  const result: ExploreResult = { states: 0, schedules: 0, maxDepth: 0, restores: 0, instances: 0, ms: 0, violations: [] };
  const stack: { snap: RunSnapshot; node: PathNode }[] = [];
  const every = o.progressEvery ?? 100_000;
  let run = o.makeRun();
  await run.settle();
  let node: PathNode | undefined;
  for (;;) {
    const depth = node?.depth ?? 0;
    const key = run.key();
    let next: Choice | undefined;
    if (!seen.has(key)) {
      seen.add(key);
      result.states++;
      if (o.progress && result.states % every === 0) o.progress({ ...result, instances: run.instancesStarted, ms: performance.now() - started, stack: stack.length, depth });
      if (o.maxStates !== undefined && result.states > o.maxStates) throw new Error(`more than ${o.maxStates} states`);
      result.maxDepth = Math.max(result.maxDepth, depth);
      const choices = run.choices(o.maxKills);
      const running = run.writers.some((w) => w.status === 'running');
      const final = !running;
      let problem = o.check(run.observe(), final);
      if (!problem && running && choices.every((c) => c.kind === 'kill')) problem = 'stuck: every running writer waits and nothing can change';
      if (!problem && depth >= o.maxDepth) problem = `no end after ${o.maxDepth} operations`;
      if (problem) {
        result.violations.push({ schedule: scheduleOf(node), problem });
        if (result.violations.length >= (o.maxViolations ?? 1)) break;
      } else if (final) {
        result.schedules++;
      } else {
        if (choices.length > 1) {
          const snap = run.snapshot();
          for (let i = choices.length - 1; i >= 1; i--) stack.push({ snap, node: { parent: node, choice: choices[i]!, depth: depth + 1 } });
        }
        next = choices[0];
      }
    }
    if (next) {
      await run.apply(next);
      node = { parent: node, choice: next, depth: depth + 1 };
      continue;
    }
    const top = stack.pop();
    if (!top) break;
    result.restores++;
    // Let timers (the test's timeout, the reporter) run now and then.
    if (result.restores % 256 === 0) await new Promise((r) => setImmediate(r));
    run = Run.restore(top.snap);
    node = top.node;
    await run.apply(node.choice);
  }
  result.instances = run.instancesStarted;
  result.ms = performance.now() - started;
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
  const started = performance.now();
  const result: ExploreResult = { states: 0, schedules: 0, maxDepth: 0, restores: 0, instances: 0, ms: 0, violations: [] };
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
  result.ms = performance.now() - started;
  return result;
}
