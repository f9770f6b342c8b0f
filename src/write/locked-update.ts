import { dirname } from 'node:path';
import { readWithStamp, removeAbandonedTemps, replaceWithTemp, syncFolder, writeTemp, type ReadResult } from './atomic-write.js';
import { WriteError } from './errors.js';
import { acquireLock, removeLockLitter, type LockOptions, type StaleLock } from './file-lock.js';
import { nodeFs, type WriteFs } from './fs-facade.js';

/** Times our lock may be taken from us as stale (we were paused past maxAgeMs) before we give up. */
const LOCK_ROUNDS = 4;

/** A file changed this recently, and ending mid-line, may be half saved by another program. */
export const SETTLE_MS = 1_000;
/** How long we wait for such a file to settle before refusing. */
export const SETTLE_MAX_MS = 6_000;

/**
 * Reads the file, waiting while it looks half saved: changed within SETTLE_MS and not ending with a
 * line break (an editor or a sync tool writing it in chunks; every file plan writes ends with one).
 * Once it has stood still for SETTLE_MS it is read as it is; if it keeps changing, the update is
 * refused ('file-changed') rather than made on a half file.
 */
async function readSettled(target: string, fs: WriteFs, o: LockOptions): Promise<ReadResult | undefined> {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let r = await readWithStamp(target, fs);
  for (let waited = 0; r && r.bytes.length > 0 && r.bytes[r.bytes.length - 1] !== 0x0a && now() - r.stamp.mtimeMs < SETTLE_MS; waited += 100) {
    if (waited >= SETTLE_MAX_MS) {
      throw new WriteError('file-changed', target, 'another program is still writing the file', { details: { settling: true } });
    }
    await sleep(100);
    r = await readWithStamp(target, fs);
  }
  return r;
}

export interface LockedUpdate<T> {
  created: boolean;
  staleLocks: StaleLock[];
  /** What `make` returned besides the text. */
  value: T;
}

/**
 * The one way plan changes a file another writer may change too: under `<target>.lock`, read the
 * file, `make` its new text, write it to a temp file, and rename that over the target inside the
 * lock's guarded section (LockHandle.commit), after checking the file is as read. If our lock was
 * taken from us as stale meanwhile, nothing is written and the whole update starts again on the
 * current content. `target` is a real path (resolveWritePath) whose folder exists.
 */
export async function updateLocked<T extends { text: string }>(
  target: string,
  make: (before: ReadResult | undefined) => T,
  options: { fs?: WriteFs; lock?: LockOptions } = {},
): Promise<LockedUpdate<T>> {
  const fs = options.fs ?? nodeFs;
  const lockOptions: LockOptions = { ...options.lock, fs: options.lock?.fs ?? fs };
  const staleLocks: StaleLock[] = [];
  for (let round = 1; ; round++) {
    const lock = await acquireLock(target, lockOptions);
    staleLocks.push(...lock.staleRemoved);
    let tmp: string | undefined;
    try {
      // Writers killed mid-write (SIGKILL, power loss) may have left temp files: clear them.
      await removeAbandonedTemps(target, fs);
      await removeLockLitter(target, lock.token, fs);
      const before = await readSettled(target, fs, lockOptions);
      if (before && (before.stamp.mode & 0o222) === 0) {
        throw new WriteError('read-only', target, 'the file is read-only; plan does not replace it');
      }
      const value = make(before);
      tmp = await writeTemp(target, value.text, before?.stamp.mode ?? 0o666, before !== undefined, fs);
      const written = tmp;
      const committed = await lock.commit(() => replaceWithTemp(written, target, { expected: before?.stamp ?? null, fs, busy: lockOptions.busy }));
      if (committed) {
        tmp = undefined;
        await syncFolder(dirname(target), fs);
        return { created: before === undefined, staleLocks, value };
      }
    } finally {
      await lock.release(); // nothing to do after a commit
      if (tmp !== undefined) await fs.unlink(tmp).catch(() => undefined);
    }
    if (round >= LOCK_ROUNDS) {
      throw new WriteError('lock-lost', target, `the lock was taken from this process as stale ${round} times`);
    }
  }
}
