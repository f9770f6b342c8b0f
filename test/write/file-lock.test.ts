import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteError } from '../../src/write/errors.js';
import { acquireLock, defaultIsPidAlive, withLock, type LockInfo } from '../../src/write/file-lock.js';
import { leftovers, tempDir } from './helpers.js';
import { expectWriteError } from './expect-write-error.js';

const T0 = Date.parse('2024-06-14T08:00:00Z');
const fixedClock = (t: number) => () => t;

function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  expect(r.status).toBe(0);
  return r.pid!;
}

function writeLock(file: string, info: Partial<LockInfo> | string) {
  writeFileSync(`${file}.lock`, typeof info === 'string' ? info : JSON.stringify(info));
}


describe('file lock', () => {
  it('creates <file>.lock with pid, hostname, createdAt from the clock, and releases it', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    const lock = await acquireLock(f, { now: fixedClock(T0) });
    const info = JSON.parse(readFileSync(`${f}.lock`, 'utf8')) as LockInfo;
    expect(info).toMatchObject({ pid: process.pid, hostname: hostname(), createdAt: '2024-06-14T08:00:00.000Z' });
    expect(lock.staleRemoved).toEqual([]);
    await lock.release();
    expect(existsSync(`${f}.lock`)).toBe(false);
    await lock.release(); // twice is harmless
  });

  it('times out with lock-timeout while a live process holds a fresh lock', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    const holder = await acquireLock(f, { now: fixedClock(T0) });
    const started = performance.now();
    const err = await expectWriteError(acquireLock(f, { timeoutMs: 150, now: fixedClock(T0 + 1000) }));
    expect(err.code).toBe('lock-timeout');
    expect(err.path).toBe(f);
    expect(err.details.holder).toMatchObject({ pid: process.pid });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(performance.now() - started).toBeLessThan(3000);
    await holder.release();
  });

  it('removes a lock whose pid is dead on this host, and reports it', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    const pid = deadPid();
    expect(defaultIsPidAlive(pid)).toBe(false);
    writeLock(f, { pid, hostname: hostname(), createdAt: new Date(T0).toISOString(), token: 'x' });
    const lock = await acquireLock(f, { timeoutMs: 2000, now: fixedClock(T0 + 1) });
    expect(lock.staleRemoved).toEqual([{ lockPath: `${f}.lock`, reason: 'dead-pid', holder: expect.objectContaining({ pid }) }]);
    expect(JSON.parse(readFileSync(`${f}.lock`, 'utf8')).pid).toBe(process.pid);
    await lock.release();
    expect(leftovers(dir, [])).toEqual([]);
  });

  it('a dead pid on another host is not judged by pid, only by age', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    writeLock(f, { pid: deadPid(), hostname: 'may-khac', createdAt: new Date(T0).toISOString(), token: 'x' });
    const err = await expectWriteError(acquireLock(f, { timeoutMs: 100, maxAgeMs: 60_000, now: fixedClock(T0 + 59_999) }));
    expect(err.code).toBe('lock-timeout');
    const lock = await acquireLock(f, { timeoutMs: 100, maxAgeMs: 60_000, now: fixedClock(T0 + 60_001) });
    expect(lock.staleRemoved.map((s) => s.reason)).toEqual(['too-old']);
    await lock.release();
  });

  it('a live holder older than maxAge is stale (clock injected)', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    writeLock(f, { pid: process.pid, hostname: hostname(), createdAt: new Date(T0).toISOString(), token: 'x' });
    expect((await expectWriteError(acquireLock(f, { timeoutMs: 80, maxAgeMs: 1000, now: fixedClock(T0 + 1000) }))).code).toBe('lock-timeout');
    const lock = await acquireLock(f, { timeoutMs: 80, maxAgeMs: 1000, now: fixedClock(T0 + 1001) });
    expect(lock.staleRemoved[0]?.reason).toBe('too-old');
    await lock.release();
  });

  it('an unreadable lock is judged by its mtime', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    writeLock(f, '');
    utimesSync(`${f}.lock`, new Date(T0), new Date(T0));
    expect((await expectWriteError(acquireLock(f, { timeoutMs: 80, maxAgeMs: 1000, now: fixedClock(T0 + 500) }))).code).toBe('lock-timeout');
    const lock = await acquireLock(f, { timeoutMs: 80, maxAgeMs: 1000, now: fixedClock(T0 + 5000) });
    expect(lock.staleRemoved[0]?.reason).toBe('too-old');
    await lock.release();
  });

  it('many waiters on one stale lock: exactly one removes it, all get the lock in turn', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    writeLock(f, { pid: deadPid(), hostname: hostname(), createdAt: new Date(T0).toISOString(), token: 'x' });
    let inside = 0;
    let maxInside = 0;
    let staleReports = 0;
    await Promise.all(
      Array.from({ length: 12 }, () =>
        withLock(
          f,
          async (lock) => {
            staleReports += lock.staleRemoved.length;
            inside++;
            maxInside = Math.max(maxInside, inside);
            await new Promise((r) => setTimeout(r, 3));
            inside--;
          },
          { timeoutMs: 5000, now: fixedClock(T0) },
        ),
      ),
    );
    expect(maxInside).toBe(1);
    expect(staleReports).toBe(1);
    expect(leftovers(dir, [])).toEqual([]);
  });

  it('withLock releases when the function throws', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    await expect(withLock(f, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(`${f}.lock`)).toBe(false);
  });

  it('release does not remove a lock that is no longer ours', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    const lock = await acquireLock(f);
    writeLock(f, { pid: 1, hostname: 'khac', createdAt: new Date(T0).toISOString(), token: 'other' });
    await lock.release();
    expect(JSON.parse(readFileSync(`${f}.lock`, 'utf8')).token).toBe('other');
  });
});
