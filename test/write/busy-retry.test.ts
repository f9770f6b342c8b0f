import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendEntry } from '../../src/write/append-entry.js';
import { retryBusy } from '../../src/write/busy-retry.js';
import { nodeFs, type WriteFs } from '../../src/write/fs-facade.js';
import { errno, leftovers, tempDir } from './helpers.js';

/**
 * Windows refuses to rename over, or unlink, a file that another process has open (an editor, the
 * indexer, an antivirus scan): EPERM, EACCES or EBUSY for a moment. The write path retries those;
 * elsewhere EPERM and EACCES are real permission errors and fail at once. Simulated here on any
 * OS with an fs that refuses the first calls the way Windows does.
 */

const fakeSleep = () => {
  const slept: number[] = [];
  return { slept, sleep: async (ms: number) => void slept.push(ms) };
};

describe('retryBusy: which errors wait, and for how long', () => {
  const cases: { code: string; windows: boolean; failures: number; outcome: 'done' | string; sleeps: number }[] = [
    { code: 'EPERM', windows: true, failures: 3, outcome: 'done', sleeps: 3 },
    { code: 'EACCES', windows: true, failures: 2, outcome: 'done', sleeps: 2 },
    { code: 'EBUSY', windows: true, failures: 4, outcome: 'done', sleeps: 4 },
    { code: 'EBUSY', windows: false, failures: 1, outcome: 'done', sleeps: 1 },
    { code: 'EPERM', windows: false, failures: 1, outcome: 'EPERM', sleeps: 0 },
    { code: 'EACCES', windows: false, failures: 1, outcome: 'EACCES', sleeps: 0 },
    { code: 'ENOSPC', windows: true, failures: 1, outcome: 'ENOSPC', sleeps: 0 },
    // Busy for ever: gives up after its 3 s budget (5, 10, 20 … 200 ms pauses) with the last error.
    { code: 'EPERM', windows: true, failures: 1e9, outcome: 'EPERM', sleeps: 20 },
  ];
  it.each(cases)('$code on $failures call(s), windows: $windows -> $outcome after $sleeps pause(s)', async (c) => {
    const { slept, sleep } = fakeSleep();
    let calls = 0;
    const op = async () => {
      if (calls++ < c.failures) throw errno(c.code, 'rename');
      return 'done';
    };
    let outcome: string;
    try {
      outcome = await retryBusy(op, { windows: c.windows, sleep });
    } catch (e) {
      outcome = (e as NodeJS.ErrnoException).code!;
    }
    expect(outcome).toBe(c.outcome);
    expect(slept).toHaveLength(c.sleeps);
    expect(slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3_000 + 200);
  });
});

describe('plan record on a Windows-like file system', () => {
  /** An fs whose rename over the progress file and unlink of the lock fail `n` times each, as Windows does while a reader has them open. */
  function busyFs(n: { rename: number; unlink: number }): { fs: WriteFs; refused: { rename: number; unlink: number } } {
    const refused = { rename: 0, unlink: 0 };
    const fs: WriteFs = {
      ...nodeFs,
      rename: async (from, to) => {
        if (to.endsWith('.yaml') && refused.rename < n.rename) {
          refused.rename++;
          throw errno('EPERM', 'rename');
        }
        return nodeFs.rename(from, to);
      },
      unlink: async (path) => {
        if (path.endsWith('.lock') && refused.unlink < n.unlink) {
          refused.unlink++;
          throw errno('EBUSY', 'unlink');
        }
        return nodeFs.unlink(path);
      },
    };
    return { fs, refused };
  }

  it('an entry lands, whole, when the rename and the lock removal are refused a few times first', async () => {
    const dir = tempDir();
    const file = join(dir, 'bhyt.yaml');
    writeFileSync(file, 'entries:\n  - target: bhyt\n    date: 2024-01-14\n    value: 91.8\n');
    const { fs, refused } = busyFs({ rename: 3, unlink: 2 });
    const { sleep } = fakeSleep();
    await appendEntry(file, { target: 'bhyt', date: '2024-06-14', value: 93.5 }, { fs, lock: { fs, sleep, busy: { windows: true, sleep } } });
    expect(refused).toEqual({ rename: 3, unlink: 2 });
    const entries = (parse(readFileSync(file, 'utf8')) as { entries: { value: number }[] }).entries;
    expect(entries.map((e) => e.value)).toEqual([91.8, 93.5]);
    expect(leftovers(dir, ['bhyt.yaml'])).toEqual([]);
  });

  it('off Windows, EPERM on the rename is a permission error: refused, the file untouched', async () => {
    const dir = tempDir();
    const file = join(dir, 'bhyt.yaml');
    const before = 'entries:\n  - target: bhyt\n    date: 2024-01-14\n    value: 91.8\n';
    writeFileSync(file, before);
    const { fs } = busyFs({ rename: 1, unlink: 0 });
    const { sleep } = fakeSleep();
    await expect(appendEntry(file, { target: 'bhyt', date: '2024-06-14', value: 93.5 }, { fs, lock: { fs, sleep, busy: { windows: false, sleep } } })).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(leftovers(dir, ['bhyt.yaml'])).toEqual([]);
  });
});
