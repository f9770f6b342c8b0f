import { hashHex, randomHex } from '../runtime/node-crypto.js';
import { basename, dirname, join } from 'node:path';
import { isBusy, retryBusy, type BusyRetry } from './busy-retry.js';
import { errnoCode, ioError, WriteError } from './errors.js';
import type { WriteFs } from './fs-facade.js';

/** Content of `<file>.lock` (and of a recovery guard). */
export interface LockInfo {
  pid: number;
  hostname: string;
  /** ISO time from the injected clock. */
  createdAt: string;
  /** Random id: one incarnation of the lock, never reused. */
  token: string;
}

/** A lock file as read: its content, and the identity of this incarnation of it. */
export interface ReadLock {
  raw: string;
  info: Partial<LockInfo>;
  mtimeMs: number | undefined;
  /** The token, or (for an unreadable lock) a hash of its bytes, inode and time. Never reused. */
  id: string;
}

/** A lock is about 120 bytes; anything much larger at the lock path is not one of ours. */
export const MAX_LOCK_BYTES = 4096;

export function newToken(): string {
  return randomHex(16);
}

const TOKEN = /^[0-9a-f]{16,64}$/;

/**
 * Reads a lock or guard file; undefined when there is none. Only a regular file is read (a FIFO at
 * the lock path would hang the read, a link to /dev/zero would fill the memory), and only 4 KiB.
 */
export async function readLockFile(fs: WriteFs, path: string): Promise<ReadLock | undefined> {
  let raw: string;
  let mtimeMs: number | undefined;
  let ino: number | undefined;
  try {
    const st = await fs.lstat(path);
    if (!st.isFile()) throw notRegular(path, st.isSymbolicLink() ? 'symlink' : 'special');
    mtimeMs = st.mtimeMs;
    ino = st.ino;
    raw = Buffer.from(await fs.readFile(path, MAX_LOCK_BYTES)).toString('utf8');
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTREG' || code === 'EFBIG') throw notRegular(path, code === 'EFBIG' ? 'too-large' : 'special');
    throw ioError(path, 'read lock', e);
  }
  let info: Partial<LockInfo> = {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null) info = parsed as Partial<LockInfo>;
  } catch {
    // Empty or partial: written by hand, torn by a power cut, or by the no-hard-link fallback.
  }
  const id = typeof info.token === 'string' && TOKEN.test(info.token)
    ? info.token
    : `x${hashHex('sha256', `${raw}\0${ino ?? ''}\0${mtimeMs ?? ''}`).slice(0, 31)}`;
  return { raw, info, mtimeMs, id };
}

function notRegular(path: string, kind: string): WriteError {
  return new WriteError('not-regular-file', path, `not a lock file (${kind}); remove it by hand if no plan is running`, { details: { kind } });
}

/** Hard links are missing on some file systems (FAT USB sticks, some network shares). */
const NO_LINKS = new Set(['ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** Temp files of createExclusive: `<path>.new.<pid>.<12 hex>`. */
export const NEW_SUFFIX = /\.new\.\d+\.[0-9a-f]{12}$/;

/**
 * Creates `path` holding `content`, only if nothing is there: 'created' or 'exists'. The content is
 * written to a temp file first and hard-linked into place (link never overwrites), so the file
 * never exists empty: every lock anyone reads carries its token. Where hard links are missing, an
 * exclusive create ('wx') is the fallback; such a lock is briefly empty, and is told apart from
 * others by its inode and time.
 */
export async function createExclusive(
  fs: WriteFs,
  path: string,
  content: string,
  o: { pid: number; busy: BusyRetry },
): Promise<'created' | 'exists'> {
  const tmp = join(dirname(path), `${basename(path)}.new.${o.pid}.${randomHex(6)}`);
  try {
    await fs.writeFile(tmp, content, { flag: 'wx' });
  } catch (e) {
    throw ioError(path, 'create lock', e);
  }
  let result: 'created' | 'exists' | 'fallback';
  try {
    await fs.link(tmp, path);
    result = 'created';
  } catch (e) {
    const code = errnoCode(e);
    // ENOENT: a lock holder cleared our temp file as litter; try again.
    if (code === 'EEXIST' || code === 'ENOENT' || isBusy(e, o.busy.windows ?? process.platform === 'win32')) result = 'exists';
    else if (NO_LINKS.has(code ?? '') || (code === 'EPERM' && process.platform !== 'win32')) result = 'fallback';
    else {
      await removeQuietly(fs, tmp, o.busy);
      throw ioError(path, 'create lock', e);
    }
  }
  await removeQuietly(fs, tmp, o.busy);
  if (result !== 'fallback') return result;
  try {
    await fs.writeFile(path, content, { flag: 'wx' });
    return 'created';
  } catch (e) {
    if (errnoCode(e) === 'EEXIST') return 'exists';
    throw ioError(path, 'create lock', e);
  }
}

/** Unlinks; a missing file is fine. Other errors are thrown. */
export async function removeFile(fs: WriteFs, path: string, busy: BusyRetry): Promise<void> {
  try {
    await retryBusy(() => fs.unlink(path), busy);
  } catch (e) {
    if (errnoCode(e) !== 'ENOENT') throw ioError(path, 'remove lock', e);
  }
}

export async function removeQuietly(fs: WriteFs, path: string, busy: BusyRetry): Promise<void> {
  try {
    await removeFile(fs, path, busy);
  } catch {
    // litter, cleared by the next holder
  }
}
