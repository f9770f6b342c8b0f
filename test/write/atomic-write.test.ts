import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWithStamp, writeFileAtomic } from '../../src/write/atomic-write.js';
import { WriteError } from '../../src/write/errors.js';
import { nodeFs, type WriteFs } from '../../src/write/fs-facade.js';
import { errno, failingHandle, leftovers, tempDir } from './helpers.js';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WriteError);
    return (e as WriteError).code;
  }
  throw new Error('expected a WriteError');
}

describe('writeFileAtomic', () => {
  it('creates a file and replaces it, keeping its mode', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    await writeFileAtomic(f, 'một\n', { expected: null });
    expect(readFileSync(f, 'utf8')).toBe('một\n');
    chmodSync(f, 0o640);
    const before = await readWithStamp(f);
    await writeFileAtomic(f, 'hai\n', { expected: before!.stamp });
    expect(readFileSync(f, 'utf8')).toBe('hai\n');
    expect(statSync(f).mode & 0o777).toBe(0o640);
    expect(leftovers(dir, ['a.yaml'])).toEqual([]);
  });

  const failures: [string, (base: WriteFs) => WriteFs][] = [
    ['ENOSPC on write', (b) => failingHandle(b, 'writeFile', errno('ENOSPC'))],
    ['EIO on fsync', (b) => failingHandle(b, 'sync', errno('EIO', 'fsync'))],
    ['EACCES on rename', (b) => ({ ...b, rename: async () => Promise.reject(errno('EACCES', 'rename')) })],
    ['EPERM on chmod', (b) => ({ ...b, chmod: async () => Promise.reject(errno('EPERM', 'chmod')) })],
    ['EACCES on open', (b) => ({ ...b, open: async () => Promise.reject(errno('EACCES', 'open')) })],
  ];
  it.each(failures)('%s: original untouched, temp file removed, typed io error', async (_name, make) => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    writeFileSync(f, 'gốc\n');
    const before = await readWithStamp(f);
    let tmpSeen: string | undefined;
    const base: WriteFs = { ...nodeFs, open: async (p, fl, m) => ((tmpSeen ??= fl === 'wx' ? p : undefined), nodeFs.open(p, fl, m)) };
    let err: unknown;
    try {
      await writeFileAtomic(f, 'mới\n', { expected: before!.stamp, fs: make(base) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WriteError);
    expect((err as WriteError).code).toBe('io');
    expect((err as WriteError).path).toBe(f);
    expect((err as WriteError).details.syscallCode).toMatch(/^E[A-Z]+$/);
    expect(readFileSync(f, 'utf8')).toBe('gốc\n');
    expect(leftovers(dir, ['a.yaml'])).toEqual([]);
    if (tmpSeen) expect(tmpSeen).toMatch(new RegExp(`/\\.a\\.yaml\\.${process.pid}\\.[0-9a-f]+\\.tmp$`));
  });

  it('refuses when the file changed since it was read (content, size or mtime)', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    writeFileSync(f, 'gốc\n');
    const stamp = (await readWithStamp(f))!.stamp;
    writeFileSync(f, 'sửa\n'); // same size in bytes? no matter: hash differs
    expect(await codeOf(writeFileAtomic(f, 'mới\n', { expected: stamp }))).toBe('file-changed');
    expect(readFileSync(f, 'utf8')).toBe('sửa\n');
    // Same content, different mtime.
    writeFileSync(f, 'gốc\n');
    const s2 = (await readWithStamp(f))!.stamp;
    expect(await codeOf(writeFileAtomic(f, 'mới\n', { expected: { ...s2, mtimeMs: s2.mtimeMs - 1000 } }))).toBe('file-changed');
    // Created meanwhile / removed meanwhile.
    expect(await codeOf(writeFileAtomic(f, 'mới\n', { expected: null }))).toBe('file-changed');
    expect(await codeOf(writeFileAtomic(join(dir, 'gone.yaml'), 'x', { expected: s2 }))).toBe('file-changed');
    expect(readFileSync(f, 'utf8')).toBe('gốc\n');
    expect(leftovers(dir, ['a.yaml'])).toEqual([]);
  });

  it('a change between the temp write and the rename is caught', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    writeFileSync(f, 'gốc\n');
    const stamp = (await readWithStamp(f))!.stamp;
    const fs: WriteFs = {
      ...nodeFs,
      chmod: async (p, m) => {
        await nodeFs.chmod(p, m);
        writeFileSync(f, 'trình soạn thảo\n'); // an editor saves while we write
      },
    };
    expect(await codeOf(writeFileAtomic(f, 'mới\n', { expected: stamp, fs }))).toBe('file-changed');
    expect(readFileSync(f, 'utf8')).toBe('trình soạn thảo\n');
    expect(leftovers(dir, ['a.yaml'])).toEqual([]);
  });

  it('writes through a symlink inside the root, keeping the link', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data', 'real.yaml'), 'a\n');
    symlinkSync('data/real.yaml', join(root, 'link.yaml'));
    const written = await writeFileAtomic(join(root, 'link.yaml'), 'b\n', { root });
    expect(written).toBe(join(realRoot(root), 'data', 'real.yaml'));
    expect(lstatSync(join(root, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'data', 'real.yaml'), 'utf8')).toBe('b\n');
  });

  it('refuses a symlink (file or folder) leading outside the root', async () => {
    const root = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.yaml'), 'bí mật\n');
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'link.yaml'));
    symlinkSync(outside, join(root, 'dirlink'));
    expect(await codeOf(writeFileAtomic(join(root, 'link.yaml'), 'x', { root }))).toBe('symlink-outside');
    expect(await codeOf(writeFileAtomic(join(root, 'dirlink', 'secret.yaml'), 'x', { root }))).toBe('symlink-outside');
    expect(await codeOf(writeFileAtomic(join(root, 'dirlink', 'new', 'x.yaml'), 'x', { root }))).toBe('symlink-outside');
    expect(await codeOf(writeFileAtomic(join(root, '..', 'escape.yaml'), 'x', { root }))).toBe('symlink-outside');
    expect(readFileSync(join(outside, 'secret.yaml'), 'utf8')).toBe('bí mật\n');
    expect(leftovers(outside, ['secret.yaml'])).toEqual([]);
  });

  it('refuses a dangling symlink', async () => {
    const root = tempDir();
    symlinkSync(join(root, 'nowhere.yaml'), join(root, 'link.yaml'));
    expect(await codeOf(writeFileAtomic(join(root, 'link.yaml'), 'x', { root }))).toBe('io');
    expect(existsSync(join(root, 'nowhere.yaml'))).toBe(false);
  });
});

function realRoot(p: string): string {
  return realpathSync(p);
}
