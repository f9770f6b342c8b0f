import { hostname as osHostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { BusyRetry } from './busy-retry.js';
import { errnoCode, WriteError } from './errors.js';
import { nodeFs, type WriteFs } from './fs-facade.js';
import { createExclusive, NEW_SUFFIX, newToken, readLockFile, removeFile, removeQuietly, type LockInfo, type ReadLock } from './lock-files.js';

export type { LockInfo } from './lock-files.js';

/**
 * The lock of a file `f` is `f.lock`, created only where nothing is (hard link of a complete temp
 * file) and holding a token never reused. Every removal of `f.lock`, by its holder or by a waiter
 * that judged it stale, happens under a recovery guard `f.lock.r.<token>.<k>` (an exclusive create
 * too) after re-reading the lock's token under that guard; the holder's final rename of the data
 * file happens in the same guarded section, after it sees its own token still in place. So:
 * - while `f.lock` holds token T, nobody but a holder of a guard of T can remove it, and guards of T
 *   exclude each other (level k+1 is taken only when level k's holder is dead or too old);
 * - a holder renames the data file only while its token is in `f.lock`, and a token that left
 *   `f.lock` never comes back: so no one else held the lock from its acquisition to its write, and
 *   two writes can never overlap. docs/reliability.md gives the whole argument.
 */
export interface StaleLock {
  lockPath: string;
  reason: 'dead-pid' | 'too-old';
  holder: Partial<LockInfo>;
}

export interface LockOptions {
  /** Give up after this long (monotonic time). Default 10 000 ms. */
  timeoutMs?: number;
  /** A lock older than this (by `now`) is stale even if its pid is alive. Default 120 000 ms. */
  maxAgeMs?: number;
  /** Clock for createdAt and staleness. Default Date.now. */
  now?: () => number;
  /** Default: process.kill(pid, 0), ESRCH = dead, EPERM = alive. */
  isPidAlive?: (pid: number) => boolean;
  hostname?: string;
  pid?: number;
  fs?: WriteFs;
  /** Default setTimeout; tests may speed it up. */
  sleep?: (ms: number) => Promise<void>;
  /** Retries of renames and unlinks Windows refuses while a file is open. */
  busy?: BusyRetry;
}

export interface LockHandle {
  lockPath: string;
  token: string;
  /** Stale locks this acquisition removed, for the CLI to mention. */
  staleRemoved: StaleLock[];
  /**
   * Runs `fn` (the write) if the lock is still ours, inside its guarded section, then releases the
   * lock. false: the lock had been taken from us as stale; `fn` did not run, nothing was written.
   */
  commit(fn: () => Promise<void>): Promise<boolean>;
  release(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_AGE_MS = 120_000;
/** An unparsable lock older than this is stale (see staleReason). */
export const UNWRITTEN_LOCK_GRACE_MS = 3_000;
/** Guard levels tried: each needs the one below held by a dead process. */
const MAX_GUARD_LEVELS = 8;

export function lockPathFor(file: string): string {
  return `${file}.lock`;
}

export function guardPath(lockPath: string, id: string, level: number): string {
  return `${lockPath}.r.${id}.${level}`;
}

export function defaultIsPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return errnoCode(e) !== 'ESRCH';
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Ctx {
  fs: WriteFs;
  now: () => number;
  isPidAlive: (pid: number) => boolean;
  sleep: (ms: number) => Promise<void>;
  maxAgeMs: number;
  host: string;
  pid: number;
  busy: BusyRetry;
}

function contextOf(options: LockOptions): Ctx {
  const sleep = options.sleep ?? defaultSleep;
  return {
    fs: options.fs ?? nodeFs,
    now: options.now ?? Date.now,
    isPidAlive: options.isPidAlive ?? defaultIsPidAlive,
    sleep,
    maxAgeMs: options.maxAgeMs ?? DEFAULT_MAX_AGE_MS,
    host: options.hostname ?? osHostname(),
    pid: options.pid ?? process.pid,
    busy: { sleep, ...options.busy },
  };
}

function infoText(ctx: Ctx, token: string): string {
  const info: LockInfo = { pid: ctx.pid, hostname: ctx.host, createdAt: new Date(ctx.now()).toISOString(), token };
  return JSON.stringify(info);
}

/**
 * Takes the exclusive lock of `file`. Retries with a small randomized backoff until `timeoutMs`
 * (then WriteError 'lock-timeout' with the holder in details). A stale lock (dead pid on this host,
 * or older than maxAgeMs) is removed under its recovery guard and reported in `staleRemoved`.
 */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<LockHandle> {
  const ctx = contextOf(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const lockPath = lockPathFor(file);
  const staleRemoved: StaleLock[] = [];
  const started = performance.now();
  let attempt = 0;
  let lastHolder: Partial<LockInfo> | undefined;

  for (;;) {
    const token = newToken();
    if ((await createExclusive(ctx.fs, lockPath, infoText(ctx, token), ctx)) === 'created') {
      return makeHandle(ctx, lockPath, token, staleRemoved, started, timeoutMs);
    }
    const existing = await readLockFile(ctx.fs, lockPath);
    if (existing === undefined) continue; // released meanwhile: try again at once
    lastHolder = existing.info;
    const reason = staleReason(existing, ctx);
    if (reason && (await recover(ctx, lockPath, existing))) {
      staleRemoved.push({ lockPath, reason, holder: existing.info });
      continue;
    }
    const elapsed = performance.now() - started;
    if (elapsed >= timeoutMs) {
      throw new WriteError('lock-timeout', file, `lock ${lockPath} held by another process`, {
        details: { lockPath, holder: lastHolder ?? {}, waitedMs: Math.round(elapsed) },
      });
    }
    attempt += 1;
    const base = Math.min(100, 5 * 2 ** Math.min(attempt, 5));
    await ctx.sleep(Math.min(base * (0.5 + Math.random()), Math.max(1, timeoutMs - elapsed)));
  }
}

/** Runs `fn` holding the lock of `file`; always releases it. (Writers use acquireLock + commit.) */
export async function withLock<T>(file: string, fn: (lock: LockHandle) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = await acquireLock(file, options);
  try {
    return await fn(lock);
  } finally {
    await lock.release();
  }
}

function staleReason(lock: ReadLock, ctx: Ctx): StaleLock['reason'] | undefined {
  const { info, mtimeMs } = lock;
  if (info.hostname === ctx.host && typeof info.pid === 'number' && Number.isInteger(info.pid) && info.pid > 0) {
    if (!ctx.isPidAlive(info.pid)) return 'dead-pid';
  }
  const now = ctx.now();
  if (typeof info.createdAt === 'string') {
    const created = Date.parse(info.createdAt);
    if (Number.isFinite(created)) return now - created > ctx.maxAgeMs ? 'too-old' : undefined;
  }
  // Unreadable content: a hand-made file, a power cut, or the no-hard-link fallback killed between
  // creating and writing. A live holder writes its hundred bytes microseconds after creating it.
  if (mtimeMs !== undefined && now - mtimeMs > Math.min(ctx.maxAgeMs, UNWRITTEN_LOCK_GRACE_MS)) return 'too-old';
  return undefined;
}

/**
 * The guard of lock incarnation `id`: the lowest level whose guard we create, going one level up
 * only past a guard whose holder is dead or too old. undefined: a live process holds a guard of
 * `id` (or just dropped it, which it does only after `id` left the lock path).
 */
interface Guard {
  path: string;
  level: number;
}

async function takeGuard(ctx: Ctx, lockPath: string, id: string): Promise<Guard | undefined> {
  for (let level = 1; level <= MAX_GUARD_LEVELS; level++) {
    const g = guardPath(lockPath, id, level);
    if ((await createExclusive(ctx.fs, g, infoText(ctx, newToken()), ctx)) === 'created') return { path: g, level };
    const holder = await readLockFile(ctx.fs, g);
    if (holder === undefined || !staleReason(holder, ctx)) return undefined;
  }
  return undefined;
}

/**
 * Ends a guarded section of `id`. Once `id` has left the lock path (it never comes back), any later
 * holder of a guard of `id` re-reads and finds another token, so every level can go.
 */
async function dropGuards(ctx: Ctx, lockPath: string, id: string, own: Guard, idGone: boolean): Promise<void> {
  await removeQuietly(ctx.fs, own.path, ctx.busy);
  // Levels below ours were left by dead processes (that is how we got past them).
  if (idGone) for (let level = 1; level < own.level; level++) await removeQuietly(ctx.fs, guardPath(lockPath, id, level), ctx.busy);
}

/** Removes the stale lock `stale` if, under its guard, the lock path still holds that incarnation. */
async function recover(ctx: Ctx, lockPath: string, stale: ReadLock): Promise<boolean> {
  const guard = await takeGuard(ctx, lockPath, stale.id);
  if (!guard) return false;
  let gone = false;
  let removed = false;
  try {
    const current = await readLockFile(ctx.fs, lockPath);
    if (current?.id === stale.id) {
      await removeFile(ctx.fs, lockPath, ctx.busy);
      removed = true;
    }
    gone = true;
  } finally {
    await dropGuards(ctx, lockPath, stale.id, guard, gone);
  }
  return removed;
}

function makeHandle(ctx: Ctx, lockPath: string, token: string, staleRemoved: StaleLock[], started: number, timeoutMs: number): LockHandle {
  let done = false;
  const section = async (fn: () => Promise<void>): Promise<boolean> => {
    if (done) return false;
    let attempt = 0;
    for (;;) {
      const guard = await takeGuard(ctx, lockPath, token);
      if (guard) {
        let ours = false;
        let removed = false;
        try {
          ours = (await readLockFile(ctx.fs, lockPath))?.id === token;
          if (ours) await fn();
          return ours;
        } finally {
          done = true;
          try {
            if (ours) await removeFile(ctx.fs, lockPath, ctx.busy);
            removed = true;
          } finally {
            await dropGuards(ctx, lockPath, token, guard, removed);
          }
        }
      }
      // Someone judged our lock stale and is removing it: it is lost once our token is gone.
      if ((await readLockFile(ctx.fs, lockPath))?.id !== token) {
        done = true;
        return false;
      }
      if (performance.now() - started > timeoutMs + ctx.maxAgeMs) {
        throw new WriteError('lock-timeout', lockPath, 'could not end the lock section');
      }
      attempt += 1;
      await ctx.sleep(Math.min(100, 5 * 2 ** Math.min(attempt, 5)));
    }
  };
  return {
    lockPath,
    token,
    staleRemoved,
    commit: section,
    async release() {
      await section(async () => undefined);
    },
  };
}

/**
 * Litter of dead processes next to `file`, cleared by the lock holder: lock temp files
 * (`.lock.new.*`), guards of lock incarnations other than ours (they left the lock path for ever),
 * and `.lock.stale.*` files of the earlier protocol. Returns the names removed.
 */
export async function removeLockLitter(file: string, token: string, fs: WriteFs = nodeFs): Promise<string[]> {
  if (!fs.readdir) return [];
  const prefix = `${basename(lockPathFor(file))}.`;
  let names: string[];
  try {
    names = await fs.readdir(dirname(file));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    const guard = /^r\.([0-9a-fx]+)\.\d+$/.exec(rest);
    const litter = NEW_SUFFIX.test(`.${rest}`) || /^stale\.\d+\.[0-9a-f]+$/.test(rest) || (guard !== null && guard[1] !== token);
    if (!litter) continue;
    try {
      await fs.unlink(join(dirname(file), name));
      removed.push(name);
    } catch {
      // best effort
    }
  }
  return removed;
}
