import { existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendEntry } from '../../src/write/append-entry.js';
import { WriteError } from '../../src/write/errors.js';
import { nodeFs, type WriteFs } from '../../src/write/fs-facade.js';
import type { ProgressEntry } from '../../src/model/progress-entry.js';
import { errno, failingHandle, leftovers, tempDir } from './helpers.js';
import { expectWriteError } from './expect-write-error.js';

const entry: ProgressEntry = { target: 'bhyt', date: '2024-06-14', value: 93.5, by: 'Tổ: BHXH' };
const item = '  - target: bhyt\n    date: 2024-06-14\n    value: 93.5\n    by: "Tổ: BHXH"\n';


describe('appendEntry on disk', () => {
  it('creates a missing file (and folder) with the header', async () => {
    const root = tempDir();
    const f = join(root, 'progress', 'bhyt.yaml');
    const r = await appendEntry(f, entry, { root });
    expect(r.created).toBe(true);
    expect(readFileSync(f, 'utf8')).toBe(
      `# yaml-language-server: $schema=../../plan.schema.json\n# Số liệu tiến độ của chỉ tiêu bhyt\nentries:\n${item}`,
    );
    expect(leftovers(join(root, 'progress'), ['bhyt.yaml'])).toEqual([]);
  });

  it('appends byte-for-byte to a hand-written CRLF file with a BOM, comments and no final newline', async () => {
    const root = tempDir();
    const f = join(root, 'bhyt.yaml');
    const prefix = '\uFEFF# yaml-language-server: $schema=../../plan.schema.json\r\n# BHYT\r\nillustrative:  true\r\nentries:\r\n  - target: bhyt\r\n    date: 2024-03-31   # quý 1\r\n    value: 90';
    writeFileSync(f, prefix);
    const bytesBefore = readFileSync(f);
    const r = await appendEntry(f, entry, { root });
    const after = readFileSync(f);
    const inserted = Buffer.from('\r\n' + item.replace(/\n/g, '\r\n').slice(0, -2), 'utf8');
    expect(after.equals(Buffer.concat([bytesBefore, inserted]))).toBe(true);
    expect(r.created).toBe(false);
    expect((parse(after.toString('utf8')) as { entries: unknown[] }).entries).toHaveLength(2);
  });

  it('keeps the file mode', async () => {
    const root = tempDir();
    const f = join(root, 'bhyt.yaml');
    writeFileSync(f, 'entries:\n', { mode: 0o600 });
    await appendEntry(f, entry, { root });
    expect(statSync(f).mode & 0o777).toBe(0o600);
  });

  const refused: [string, string, string | Buffer][] = [
    ['yaml-invalid', 'broken YAML', 'entries:\n  - target: bhyt\n   date: x\n  oops: [\n'],
    ['yaml-invalid', 'not UTF-8', Buffer.from([0x65, 0x6e, 0x74, 0x72, 0x69, 0x65, 0x73, 0x3a, 0x0a, 0x23, 0xff, 0xfe, 0x0a])],
    ['flow-sequence', 'flow sequence', 'entries: [ {target: bhyt, date: 2024-03-31} ]\n'],
    ['unsupported-layout', 'entries is a map', 'entries:\n  bhyt: 1\n'],
  ];
  it.each(refused)('refuses (%s: %s) and leaves the file identical', async (code, _name, content) => {
    const root = tempDir();
    const f = join(root, 'bhyt.yaml');
    writeFileSync(f, content);
    const before = readFileSync(f);
    const mtime = statSync(f).mtimeMs;
    const err = await expectWriteError(appendEntry(f, entry, { root }));
    expect(err.code).toBe(code);
    expect(readFileSync(f).equals(before)).toBe(true);
    expect(statSync(f).mtimeMs).toBe(mtime);
    expect(leftovers(root, ['bhyt.yaml'])).toEqual([]); // no temp, no lock
  });

  it('refuses an invalid entry before touching anything', async () => {
    const root = tempDir();
    const err = await expectWriteError(appendEntry(join(root, 'x.yaml'), { target: 'bhyt', date: '2024-13-45' }, { root }));
    expect(err.code).toBe('invalid-entry');
    expect(leftovers(root, [])).toEqual([]);
  });

  it('ENOSPC while writing: typed io error, file identical, no temp, lock released', async () => {
    const root = tempDir();
    const f = join(root, 'bhyt.yaml');
    writeFileSync(f, 'entries:\n  - target: bhyt\n    date: 2024-03-31\n');
    const before = readFileSync(f);
    const err = await expectWriteError(appendEntry(f, entry, { root, fs: failingHandle(nodeFs, 'writeFile', errno('ENOSPC')) }));
    expect(err.code).toBe('io');
    expect(err.details.syscallCode).toBe('ENOSPC');
    expect(readFileSync(f).equals(before)).toBe(true);
    expect(leftovers(root, ['bhyt.yaml'])).toEqual([]);
    // And the next append works.
    await appendEntry(f, entry, { root });
    expect(readFileSync(f, 'utf8')).toBe(before.toString('utf8') + item);
  });

  it('someone saves the file without the lock between our read and write: file-changed, their save kept', async () => {
    const root = tempDir();
    const f = join(root, 'bhyt.yaml');
    writeFileSync(f, 'entries:\n');
    let reads = 0;
    const fs: WriteFs = {
      ...nodeFs,
      readFile: async (p) => {
        const bytes = await nodeFs.readFile(p);
        if (p === f && ++reads === 1) writeFileSync(f, 'entries:\n  - target: bhyt\n    date: 2024-01-01\n');
        return bytes;
      },
    };
    const err = await expectWriteError(appendEntry(f, entry, { root, fs }));
    expect(err.code).toBe('file-changed');
    expect(readFileSync(f, 'utf8')).toBe('entries:\n  - target: bhyt\n    date: 2024-01-01\n');
    expect(leftovers(root, ['bhyt.yaml'])).toEqual([]);
  });

  it('refuses a symlink leading outside the root', async () => {
    const root = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'x.yaml'), 'entries:\n');
    symlinkSync(join(outside, 'x.yaml'), join(root, 'bhyt.yaml'));
    expect((await expectWriteError(appendEntry(join(root, 'bhyt.yaml'), entry, { root }))).code).toBe('symlink-outside');
    expect(readFileSync(join(outside, 'x.yaml'), 'utf8')).toBe('entries:\n');
    expect(leftovers(outside, ['x.yaml'])).toEqual([]);
  });

  it('recovers a stale lock left by a dead process and reports it', async () => {
    const root = tempDir();
    const f = join(root, 'bhyt.yaml');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(`${f}.lock`, JSON.stringify({ pid: dead, hostname: hostname(), createdAt: '2024-06-14T08:00:00.000Z' }));
    const r = await appendEntry(f, entry, { root, lock: { timeoutMs: 2000, now: () => Date.parse('2024-06-14T08:00:01Z') } });
    expect(r.staleLocks).toHaveLength(1);
    expect(r.staleLocks[0]).toMatchObject({ reason: 'dead-pid', holder: { pid: dead } });
    expect(existsSync(`${f}.lock`)).toBe(false);
    expect(existsSync(f)).toBe(true);
  });

  it('lock-timeout when a live process holds the lock; the file is untouched', async () => {
    const root = tempDir();
    const f = join(root, 'bhyt.yaml');
    writeFileSync(f, 'entries:\n');
    writeFileSync(`${f}.lock`, JSON.stringify({ pid: process.pid, hostname: hostname(), createdAt: '2024-06-14T08:00:00.000Z' }));
    const err = await expectWriteError(appendEntry(f, entry, { root, lock: { timeoutMs: 100, now: () => Date.parse('2024-06-14T08:00:01Z') } }));
    expect(err.code).toBe('lock-timeout');
    expect(readFileSync(f, 'utf8')).toBe('entries:\n');
  });
});
