import { basename, dirname, join, resolve, sep } from 'node:path';
import { hashHex, randomHex } from '../runtime/node-crypto.js';
import { MAX_FILE_BYTES } from '../load/read-text.js';
import { errnoCode, ioError, WriteError } from './errors.js';
import { retryBusy, type BusyRetry } from './busy-retry.js';
import { nodeFs, type WriteFs } from './fs-facade.js';

/** What a file looked like when we read it: compared again just before we replace it. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  sha256: string;
  /** Permission bits, kept on the new file. */
  mode: number;
}

export interface ReadResult {
  bytes: Uint8Array;
  stamp: FileStamp;
}

export function sha256(bytes: Uint8Array): string {
  return hashHex('sha256', bytes);
}

/**
 * Reads the file and its stamp; undefined if it does not exist. Only a regular file is read, and
 * only up to `maxBytes` (default: the loader's 8 MiB): a FIFO or a link to a device is refused
 * ('not-regular-file'), a longer file too ('too-large'), before a byte is read.
 */
export async function readWithStamp(file: string, fs: WriteFs = nodeFs, maxBytes = MAX_FILE_BYTES): Promise<ReadResult | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file, maxBytes);
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTREG') throw new WriteError('not-regular-file', file, 'not a regular file (a pipe, a device or a folder)', { details: { kind: 'special' } });
    if (code === 'EFBIG') throw new WriteError('too-large', file, `larger than ${maxBytes} bytes`, { details: { limit: maxBytes } });
    throw ioError(file, 'read', e);
  }
  let st;
  try {
    st = await fs.stat(file);
  } catch (e) {
    // Removed right after we read it: report it as changed at write time.
    if (errnoCode(e) === 'ENOENT') return { bytes, stamp: { mtimeMs: -1, size: -1, sha256: '', mode: 0o644 } };
    throw ioError(file, 'stat', e);
  }
  return { bytes, stamp: { mtimeMs: st.mtimeMs, size: st.size, sha256: sha256(bytes), mode: st.mode & 0o7777 } };
}

function isInside(child: string, root: string): boolean {
  return child === root || child.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * The real path a write to `file` would land on (symlinks resolved; for a file that does not exist
 * yet, its nearest existing ancestor is resolved). With `root`, refuses (WriteError
 * 'symlink-outside') when that real path is outside realpath(root). A dangling symlink is refused
 * ('io', ENOENT): following it would create a file somewhere unexpected.
 */
export async function resolveWritePath(file: string, root?: string, fs: WriteFs = nodeFs): Promise<string> {
  const abs = resolve(file);
  let real: string;
  try {
    real = await fs.realpath(abs);
  } catch (e) {
    if (errnoCode(e) !== 'ENOENT') throw ioError(abs, 'resolve path', e);
    let isLink = false;
    try {
      isLink = (await fs.lstat(abs)).isSymbolicLink();
    } catch {
      isLink = false;
    }
    if (isLink) {
      throw new WriteError('io', abs, 'symlink points to a file that does not exist', { details: { syscallCode: 'ENOENT' } });
    }
    real = await resolveMissing(abs, fs);
  }
  if (root !== undefined) {
    let realRoot: string;
    try {
      realRoot = await fs.realpath(resolve(root));
    } catch (e) {
      throw ioError(resolve(root), 'resolve root', e);
    }
    if (!isInside(real, realRoot)) {
      throw new WriteError('symlink-outside', abs, `resolves to ${real}, outside ${realRoot}`, {
        details: { realPath: real, root: realRoot },
      });
    }
  }
  return real;
}

async function resolveMissing(abs: string, fs: WriteFs): Promise<string> {
  const rest: string[] = [];
  let dir = abs;
  for (;;) {
    rest.unshift(basename(dir));
    const parent = dirname(dir);
    if (parent === dir) return abs;
    dir = parent;
    try {
      return join(await fs.realpath(dir), ...rest);
    } catch (e) {
      if (errnoCode(e) !== 'ENOENT') throw ioError(dir, 'resolve path', e);
    }
  }
}

export interface AtomicWriteOptions {
  /** Refuse to write anywhere whose real path is outside this folder. */
  root?: string;
  /**
   * The file as read (under the lock): if it now differs in mtime, size or content, refuse with
   * 'file-changed'. `null`: the file must not exist. Omitted: no check.
   */
  expected?: FileStamp | null;
  /** Mode of a new file (before umask). An existing file keeps its own mode. Default 0o666. */
  mode?: number;
  fs?: WriteFs;
  busy?: BusyRetry;
}

/**
 * Replaces `file` atomically: writes `.<name>.<pid>.<random>.tmp` in the same folder, fsyncs it,
 * renames it over the target and fsyncs the folder (best effort). Keeps the original mode. On any
 * error the temp file is removed and the original is untouched. Writes to the real path, so a
 * symlink stays a symlink. Returns the real path written.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<string> {
  const fs = options.fs ?? nodeFs;
  const target = await resolveWritePath(file, options.root, fs);
  const before = await currentStamp(target, fs);
  if (options.expected !== undefined) checkUnchanged(target, options.expected, before);
  const tmp = await writeTemp(target, data, before?.mode ?? options.mode ?? 0o666, before !== undefined, fs);
  await replaceWithTemp(tmp, target, { expected: options.expected, fs, busy: options.busy });
  await fsyncDir(dirname(target), fs);
  return target;
}

/**
 * Writes the complete new content next to `target` (same folder, so the rename stays on one file
 * system), fsynced and with the mode the file will keep. Returns the temp file's path.
 */
export async function writeTemp(target: string, data: Uint8Array | string, mode: number, keepMode: boolean, fs: WriteFs = nodeFs): Promise<string> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomHex(6)}.tmp`);
  let created = false;
  let handle: Awaited<ReturnType<WriteFs['open']>> | undefined;
  try {
    handle = await fs.open(tmp, 'wx', mode);
    created = true;
    await handle.writeFile(bytes);
    await handle.sync();
    const h = handle;
    handle = undefined;
    await h.close();
    if (keepMode) await fs.chmod(tmp, mode);
    return tmp;
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    if (created) await fs.unlink(tmp).catch(() => undefined);
    throw ioError(target, 'write', e);
  }
}

/**
 * Renames the temp file over `target` after a last look at the target (`expected`, see
 * AtomicWriteOptions). A rename Windows refuses because someone has the file open is retried.
 * On failure the temp file is removed and `target` is untouched.
 */
export async function replaceWithTemp(
  tmp: string,
  target: string,
  o: { expected?: FileStamp | null; fs?: WriteFs; busy?: BusyRetry } = {},
): Promise<void> {
  const fs = o.fs ?? nodeFs;
  try {
    if (o.expected !== undefined) checkUnchanged(target, o.expected, await currentStamp(target, fs));
    await retryBusy(() => fs.rename(tmp, target), o.busy);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw ioError(target, 'write', e);
  }
}

export async function syncFolder(dir: string, fs: WriteFs = nodeFs): Promise<void> {
  await fsyncDir(dir, fs);
}

const TEMP_SUFFIX = /^\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temp files of `file` (`.<name>.<pid>.<random>.tmp`) that a writer killed between
 * creating and renaming them left behind. Call it only while holding the file's lock: then no live
 * writer has one in flight (a writer whose lock was taken from it as stale only sees its rename fail).
 * Returns the names removed.
 */
export async function removeAbandonedTemps(file: string, fs: WriteFs = nodeFs): Promise<string[]> {
  if (!fs.readdir) return [];
  const dir = dirname(file);
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !TEMP_SUFFIX.test(name.slice(prefix.length))) continue;
    try {
      await fs.unlink(join(dir, name));
      removed.push(name);
    } catch {
      // best effort: litter, never a reason to refuse the write
    }
  }
  return removed;
}

async function currentStamp(file: string, fs: WriteFs): Promise<FileStamp | undefined> {
  return (await readWithStamp(file, fs))?.stamp;
}

function checkUnchanged(file: string, expected: FileStamp | null, now: FileStamp | undefined): void {
  if (expected === null) {
    if (now !== undefined) throw new WriteError('file-changed', file, 'the file was created by someone else meanwhile');
    return;
  }
  if (now === undefined) throw new WriteError('file-changed', file, 'the file was removed meanwhile');
  if (now.mtimeMs !== expected.mtimeMs || now.size !== expected.size || now.sha256 !== expected.sha256) {
    throw new WriteError('file-changed', file, 'the file was changed by someone else since it was read', {
      details: { expected, actual: now },
    });
  }
}

async function fsyncDir(dir: string, fs: WriteFs): Promise<void> {
  try {
    const h = await fs.open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // Best effort: some platforms and file systems cannot fsync a directory.
  }
}
