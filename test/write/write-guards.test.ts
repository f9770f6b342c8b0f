import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ProgressEntry } from '../../src/model/progress-entry.js';
import { appendEntry } from '../../src/write/append-entry.js';
import { tempDir } from './helpers.js';
import { expectWriteError } from './expect-write-error.js';

/** Issue 9 items 2, 4, 5, 8 and 13: what appendEntry must never write over, and how it says so. */

const entry: ProgressEntry = { target: 'bhyt', date: '2024-12-20', value: 50 };
const T_NOW = Date.parse('2024-12-20T08:00:00Z');
const HEAD = '# h\nillustrative: true\nentries:\n';
const item = (d: string, v: number) => `  - target: bhyt\n    date: ${d}\n    value: ${v}\n`;
const lock = { now: () => T_NOW, timeoutMs: 5_000 };

/** A progress file; `mtime` null leaves the time the filesystem gave it (just written: not yet settled). */
function file(content: string | Buffer, mtime: number | null = T_NOW - 60_000): { root: string; f: string } {
  const root = tempDir();
  const f = join(root, 'bhyt.yaml');
  writeFileSync(f, content);
  if (mtime !== null) utimesSync(f, new Date(mtime), new Date(mtime));
  return { root, f };
}

describe('appendEntry refuses what it cannot append to safely', () => {
  it('item 2: a CR-only file is refused at its first lone CR, byte for byte untouched', async () => {
    const text = '# h\rillustrative: true\rentries:\r  - target: bhyt\r    date: 2024-01-14\r    value: 91.8\r';
    const { root, f } = file(text);
    const err = await expectWriteError(appendEntry(f, entry, { root, lock }));
    expect(err.code).toBe('line-endings');
    expect(err.details).toMatchObject({ line: 1, column: 4 });
    expect(readFileSync(f, 'utf8')).toBe(text);
  });

  it('item 2: mixed LF and CRLF lines are read alike by both readers and appended to', async () => {
    const { root, f } = file(`# h\r\nillustrative: true\nentries:\r\n${item('2024-01-14', 91.8)}`);
    await appendEntry(f, entry, { root, lock });
    expect((parse(readFileSync(f, 'utf8')) as { entries: unknown[] }).entries).toHaveLength(2);
  });

  it('item 4: an append that would pass the 8 MiB limit is refused before writing', async () => {
    const big = HEAD + item('2024-01-14', 1) + `# ${'x'.repeat(8 * 1024 * 1024 - 120)}\n`;
    const { root, f } = file(big);
    const err = await expectWriteError(appendEntry(f, entry, { root, lock }));
    expect(err.code).toBe('too-large');
    expect(readFileSync(f, 'utf8')).toBe(big);
  });

  it('item 4: an append that would pass 50,000 lines and items is refused before writing', async () => {
    const many = HEAD + item('2024-01-14', 1) + '#\n'.repeat(49_996);
    const { root, f } = file(many);
    const err = await expectWriteError(appendEntry(f, entry, { root, lock }));
    expect(err.code).toBe('too-large');
    expect(readFileSync(f, 'utf8')).toBe(many);
  });

  it('item 5: a file being saved in two chunks is waited for, and the entry lands after the whole file', async () => {
    const whole = HEAD + Array.from({ length: 8 }, (_, i) => item(`2024-0${i + 1}-14`, 91.8)).join('');
    const cut = whole.indexOf('value: 91.8', whole.length - 30) + 'value: 9'.length;
    const { root, f } = file(whole.slice(0, cut), null);
    // The "editor" writes the rest 300 ms later.
    setTimeout(() => appendFileSync(f, whole.slice(cut)), 300);
    await appendEntry(f, entry, { root, lock: { timeoutMs: 10_000 } });
    const after = readFileSync(f, 'utf8');
    expect(after.startsWith(whole)).toBe(true);
    const values = (parse(after) as { entries: { value: number }[] }).entries.map((e) => e.value);
    expect(values).toEqual([...Array(8).fill(91.8), 50]);
  }, 20_000);

  it('item 5: a file that keeps changing is refused, not written over', async () => {
    const { root, f } = file(HEAD + item('2024-01-14', 91.8) + '  - target: bh', null);
    const timer = setInterval(() => appendFileSync(f, 'y'), 200);
    try {
      const err = await expectWriteError(appendEntry(f, entry, { root, lock: { timeoutMs: 20_000 } }));
      expect(err.code).toBe('file-changed');
      expect(err.details).toMatchObject({ settling: true });
    } finally {
      clearInterval(timer);
    }
  }, 30_000);

  it('item 8: a FIFO at the lock path is refused at once, not waited on', async () => {
    const { root, f } = file(HEAD + item('2024-01-14', 1));
    execFileSync('mkfifo', [`${f}.lock`]);
    const err = await expectWriteError(appendEntry(f, entry, { root, lock }));
    expect(err.code).toBe('not-regular-file');
  }, 10_000);

  it('item 8: a lock path linked to /dev/zero is refused without reading it', async () => {
    const { root, f } = file(HEAD + item('2024-01-14', 1));
    symlinkSync('/dev/zero', `${f}.lock`);
    const err = await expectWriteError(appendEntry(f, entry, { root, lock }));
    expect(err.code).toBe('not-regular-file');
  }, 10_000);

  it('item 8: a progress file that is a FIFO is refused, not read', async () => {
    const root = tempDir();
    const f = join(root, 'bhyt.yaml');
    execFileSync('mkfifo', [f]);
    const err = await expectWriteError(appendEntry(f, entry, { root, lock }));
    expect(err.code).toBe('not-regular-file');
  }, 10_000);

  it('item 13: a read-only (0444) progress file is not replaced', async () => {
    const text = HEAD + item('2024-01-14', 1);
    const { root, f } = file(text);
    chmodSync(f, 0o444);
    const err = await expectWriteError(appendEntry(f, entry, { root, lock }));
    expect(err.code).toBe('read-only');
    expect(readFileSync(f, 'utf8')).toBe(text);
    expect(statSync(f).mode & 0o777).toBe(0o444);
  });
});
