import * as fs from 'node:fs';

// node:fs/promises (with readline and the stream modules it brings) is reached through fs.promises,
// a getter Node fills on first use: commands that never write (status, validate) never load it.
const fsp = () => fs.promises;

/**
 * The few file-system operations the write edge uses, with narrow signatures so tests can inject
 * failures (ENOSPC, EACCES, a concurrent edit) or drive every interleaving of the lock protocol by
 * wrapping them (test/write/lock-interleavings.test.ts runs the writers on an in-memory facade).
 */
export interface StatLike {
  mode: number;
  size: number;
  mtimeMs: number;
  /** Inode (file index on Windows); tells two incarnations of a lock file apart. Optional in test facades. */
  ino?: number;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

export interface FileHandleLike {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface WriteFs {
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>;
  /**
   * The bytes of a regular file. With `maxBytes`, a longer file is refused (EFBIG) before it is read.
   * A FIFO, device, socket or folder is refused (code ENOTREG) without blocking on it.
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string, options: { flag: string; mode?: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  mkdir(path: string): Promise<void>;
  stat(path: string): Promise<StatLike>;
  lstat(path: string): Promise<StatLike>;
  realpath(path: string): Promise<string>;
  /** Names in a folder (for clearing abandoned temp files); optional in test facades. */
  readdir?(path: string): Promise<string[]>;
}

export function fsError(code: string, path: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}, '${path}'`), { code, path });
}

// O_NONBLOCK: opening a FIFO for reading must not wait for a writer that never comes.
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** Opens without blocking, then reads only a regular file, only up to maxBytes. */
async function readRegular(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const h = await fsp().open(path, READ_FLAGS);
  try {
    const st = await h.stat();
    if (!st.isFile()) throw fsError('ENOTREG', path, 'not a regular file');
    if (st.size > maxBytes) throw fsError('EFBIG', path, `larger than ${maxBytes} bytes`);
    // Read at most maxBytes + 1: a file growing while we read is still bounded.
    const limit = Number.isFinite(maxBytes) ? maxBytes + 1 : undefined;
    if (limit === undefined) return await h.readFile();
    const buf = Buffer.alloc(Math.min(limit, Math.max(st.size, 0) + 64 * 1024));
    let n = 0;
    for (;;) {
      if (n === buf.length) break;
      const { bytesRead } = await h.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    if (n > maxBytes) throw fsError('EFBIG', path, `larger than ${maxBytes} bytes`);
    return buf.subarray(0, n);
  } finally {
    await h.close();
  }
}

export const nodeFs: WriteFs = {
  open: (path, flags, mode) => fsp().open(path, flags, mode),
  readFile: (path, maxBytes) => readRegular(path, maxBytes),
  writeFile: (path, data, options) => fsp().writeFile(path, data, options),
  rename: (from, to) => fsp().rename(from, to),
  link: (existing, newPath) => fsp().link(existing, newPath),
  unlink: (path) => fsp().unlink(path),
  chmod: (path, mode) => fsp().chmod(path, mode),
  mkdir: async (path) => {
    await fsp().mkdir(path, { recursive: true });
  },
  stat: (path) => fsp().stat(path),
  lstat: (path) => fsp().lstat(path),
  realpath: (path) => fsp().realpath(path),
  readdir: (path) => fsp().readdir(path),
};
