import { randomBytes } from 'node:crypto';
import { hostname as osHostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { errnoCode, ioError, WriteError } from './errors.js';
import { nodeFs, type WriteFs } from './fs-facade.js';

/** Content of `<file>.lock`. */
export interface LockInfo {
  pid: number;
  hostname: string;
  /** ISO time from the injected clock. */
  createdAt: string;
  /** Random id so a holder only ever removes its own lock. */
  token: string;
}

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
}

export interface LockHandle {
  lockPath: string;
  /** Stale locks this acquisition removed, for the CLI to mention. */
  staleRemoved: StaleLock[];
  release(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_AGE_MS = 120_000;
/** An empty or unparsable lock older than this is stale (see staleReason). */
export const UNWRITTEN_LOCK_GRACE_MS = 3_000;

export function lockPathFor(file: string): string {
  return `${file}.lock`;
}

export function defaultIsPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ESRCH') return false;
    // EPERM: the process exists but belongs to someone else.
    return true;
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Takes the exclusive lock of `file` by creating `<file>.lock` with flag 'wx'. Retries with a small
 * randomized backoff until `timeoutMs` (then WriteError 'lock-timeout' with the holder in details).
 * A stale lock (dead pid on this host, or older than maxAgeMs) is moved aside with rename, checked to
 * still be the one judged stale, then unlinked; it is reported in `staleRemoved`.
 */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<LockHandle> {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? Date.now;
  const isPidAlive = options.isPidAlive ?? defaultIsPidAlive;
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const host = options.hostname ?? osHostname();
  const pid = options.pid ?? process.pid;
  const lockPath = lockPathFor(file);
  const staleRemoved: StaleLock[] = [];
  const started = performance.now();
  let attempt = 0;
  let lastHolder: Partial<LockInfo> | undefined;

  for (;;) {
    const info: LockInfo = { pid, hostname: host, createdAt: new Date(now()).toISOString(), token: randomBytes(8).toString('hex') };
    const content = JSON.stringify(info);
    try {
      await fs.writeFile(lockPath, content, { flag: 'wx' });
      return makeHandle(fs, lockPath, content, staleRemoved);
    } catch (e) {
      if (errnoCode(e) !== 'EEXIST') throw ioError(lockPath, 'create lock', e);
    }

    // Somebody holds it: is it stale?
    const existing = await readLock(fs, lockPath);
    if (existing !== undefined) {
      lastHolder = existing.info;
      const reason = staleReason(existing.info, existing.mtimeMs, { now: now(), maxAgeMs, host, isPidAlive });
      if (reason && (await removeStale(fs, lockPath, existing.raw))) {
        staleRemoved.push({ lockPath, reason, holder: existing.info });
        continue; // try again at once
      }
    }

    const elapsed = performance.now() - started;
    if (elapsed >= timeoutMs) {
      throw new WriteError('lock-timeout', file, `lock ${lockPath} held by another process`, {
        details: { lockPath, holder: lastHolder ?? {}, waitedMs: Math.round(elapsed) },
      });
    }
    attempt += 1;
    const base = Math.min(100, 5 * 2 ** Math.min(attempt, 5));
    await sleep(Math.min(base * (0.5 + Math.random()), Math.max(1, timeoutMs - elapsed)));
  }
}

/** Runs `fn` holding the lock of `file`; always releases it. */
export async function withLock<T>(file: string, fn: (lock: LockHandle) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = await acquireLock(file, options);
  try {
    return await fn(lock);
  } finally {
    await lock.release();
  }
}

function makeHandle(fs: WriteFs, lockPath: string, content: string, staleRemoved: StaleLock[]): LockHandle {
  let released = false;
  return {
    lockPath,
    staleRemoved,
    async release() {
      if (released) return;
      released = true;
      // Only remove the lock if it is still ours (it may have been judged stale and replaced).
      const current = await readLock(fs, lockPath);
      if (current?.raw !== content) return;
      try {
        await fs.unlink(lockPath);
      } catch (e) {
        if (errnoCode(e) !== 'ENOENT') throw ioError(lockPath, 'release lock', e);
      }
    },
  };
}

async function readLock(
  fs: WriteFs,
  lockPath: string,
): Promise<{ raw: string; info: Partial<LockInfo>; mtimeMs: number | undefined } | undefined> {
  let raw: string;
  let mtimeMs: number | undefined;
  try {
    raw = Buffer.from(await fs.readFile(lockPath)).toString('utf8');
    mtimeMs = (await fs.stat(lockPath)).mtimeMs;
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return undefined;
    throw ioError(lockPath, 'read lock', e);
  }
  let info: Partial<LockInfo> = {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null) info = parsed as Partial<LockInfo>;
  } catch {
    // Empty or partial: the holder is between create and write. Not stale by pid; age unknown.
  }
  return { raw, info, mtimeMs };
}

function staleReason(
  info: Partial<LockInfo>,
  mtimeMs: number | undefined,
  ctx: { now: number; maxAgeMs: number; host: string; isPidAlive: (pid: number) => boolean },
): StaleLock['reason'] | undefined {
  if (info.hostname === ctx.host && typeof info.pid === 'number' && Number.isInteger(info.pid) && info.pid > 0) {
    if (!ctx.isPidAlive(info.pid)) return 'dead-pid';
  }
  if (typeof info.createdAt === 'string') {
    const created = Date.parse(info.createdAt);
    if (Number.isFinite(created)) return ctx.now - created > ctx.maxAgeMs ? 'too-old' : undefined;
  }
  // Unreadable content: a holder killed between creating the lock and writing into it (SIGKILL), or a
  // hand-made file. A live holder writes its hundred bytes microseconds after creating the file, so a
  // lock still empty after a few seconds is abandoned: waiting maxAgeMs (2 minutes) for it made every
  // `plan record` after such a kill fail with lock-timeout.
  if (mtimeMs !== undefined && ctx.now - mtimeMs > Math.min(ctx.maxAgeMs, UNWRITTEN_LOCK_GRACE_MS)) return 'too-old';
  return undefined;
}

/**
 * Moves the lock aside (rename is atomic: of two waiters only one gets it), checks that what was
 * moved is the lock judged stale, and unlinks it. If a fresh lock was moved by mistake (it replaced
 * the stale one in between), it is put back with link, which never overwrites.
 */
async function removeStale(fs: WriteFs, lockPath: string, staleRaw: string): Promise<boolean> {
  const aside = `${lockPath}.stale.${process.pid}.${randomBytes(6).toString('hex')}`;
  try {
    await fs.rename(lockPath, aside);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return false; // someone else removed it
    throw ioError(lockPath, 'remove stale lock', e);
  }
  let movedRaw: string | undefined;
  try {
    movedRaw = Buffer.from(await fs.readFile(aside)).toString('utf8');
  } catch {
    movedRaw = undefined;
  }
  if (movedRaw !== staleRaw) {
    try {
      await fs.link(aside, lockPath);
    } catch {
      // Another lock exists already; the moved holder will find its lock gone at release, and the
      // content check of the atomic write still guards the data.
    }
  }
  try {
    await fs.unlink(aside);
  } catch {
    // best effort
  }
  return movedRaw === staleRaw;
}
