import * as fsp from 'node:fs/promises';

/**
 * The few file-system operations the write edge uses, with narrow signatures so tests can inject
 * failures (ENOSPC, EACCES, a concurrent edit) by wrapping one function.
 */
export interface StatLike {
  mode: number;
  size: number;
  mtimeMs: number;
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
  readFile(path: string): Promise<Uint8Array>;
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

export const nodeFs: WriteFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  readFile: (path) => fsp.readFile(path),
  writeFile: (path, data, options) => fsp.writeFile(path, data, options),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  unlink: (path) => fsp.unlink(path),
  chmod: (path, mode) => fsp.chmod(path, mode),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
  stat: (path) => fsp.stat(path),
  lstat: (path) => fsp.lstat(path),
  realpath: (path) => fsp.realpath(path),
  readdir: (path) => fsp.readdir(path),
};
