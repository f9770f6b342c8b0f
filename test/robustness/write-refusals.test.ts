import { chmodSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample } from '../helpers/plan-fixture.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';
import { INTERNAL_ERROR, removeTempRoot, REPO, runBounded, STACK_FRAME, tally } from './helpers.js';

/**
 * The real CLI refusing to write: exit 2, a clear message, and not a byte changed (no temp file, no
 * lock left). Disk-full and permission errors are injected into the CLI process by a preload that
 * wraps node:fs/promises (test/robustness/inject-fs.mjs).
 */

const INJECT = join(REPO, 'test/robustness/inject-fs.mjs');
// 2024-06-15: the example holds 93,4 for 06-14; a different figure for that date would be refused as a conflict.
const RECORD = ['record', 'bhyt', '94,1', '--date', '2024-06-15', '--as-of', '2024-06-20', '--lang', 'en'];
let tried = 0;
let failures = 0;

async function refuses(name: string, plans: string, expected: RegExp, o: { env?: Record<string, string>; nodeArgs?: string[]; uid?: number; check?: () => void } = {}) {
  const before = snapshotDir(plans);
  const r = await runBounded(RECORD, plans, { timeoutMs: 40_000, env: o.env, nodeArgs: o.nodeArgs, uid: o.uid });
  tried++;
  const after = snapshotDir(plans);
  const ok = r.code === 2 && expected.test(r.stderr) && JSON.stringify(after) === JSON.stringify(before);
  if (!ok) failures++;
  expect(r.code, `${name}: ${r.stderr}`).toBe(2);
  expect(r.stderr, name).toMatch(expected);
  expect(r.stderr, name).not.toMatch(INTERNAL_ERROR);
  expect(r.stderr, name).not.toMatch(STACK_FRAME);
  expect(r.stdout, name).toBe('');
  expect(after, `${name}: the plan folder changed`).toEqual(before);
  o.check?.();
}

describe('plan record refuses, exit 2, nothing changed', { timeout: 120_000 }, () => {
  it('disk full (ENOSPC while writing the temp file): the original is intact, no temp left', async () => {
    const plans = copyExample();
    await refuses('ENOSPC', plans, /ENOSPC|space/i, { env: { PLAN_INJECT: 'enospc' }, nodeArgs: ['--import', INJECT] });
  });

  it('permission refused at the rename (EACCES): the original is intact, no temp left', async () => {
    const plans = copyExample();
    await refuses('EACCES', plans, /EACCES|permission/i, { env: { PLAN_INJECT: 'eacces' }, nodeArgs: ['--import', INJECT] });
  });

  it('the file replaced while record was working: refused, the other content is kept', async () => {
    const plans = copyExample();
    const file = join(plans, '2024/progress/bhyt.yaml');
    const replaced = `${readFileSync(file, 'utf8')}# edited by a colleague meanwhile\n`;
    const before = snapshotDir(plans);
    const r = await runBounded(RECORD, plans, { env: { PLAN_INJECT: 'replace', PLAN_INJECT_TEXT: replaced }, nodeArgs: ['--import', INJECT] });
    tried++;
    const ok = r.code === 2 && readFileSync(file, 'utf8') === replaced;
    if (!ok) failures++;
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/changed/i);
    expect(readFileSync(file, 'utf8')).toBe(replaced);
    const after = snapshotDir(plans);
    delete before['2024/progress/bhyt.yaml'];
    delete after['2024/progress/bhyt.yaml'];
    expect(after).toEqual(before);
  });

  it('a progress file that is a symlink leading outside the plan folder', async () => {
    const plans = copyExample();
    const outside = mkdtempSync(join(tmpdir(), 'plan-outside-'));
    const file = join(plans, '2024/progress/bhyt.yaml');
    writeFileSync(join(outside, 'bhyt.yaml'), readFileSync(file));
    unlinkSync(file);
    symlinkSync(join(outside, 'bhyt.yaml'), file);
    const outsideBefore = snapshotDir(outside);
    await refuses('symlink outside', plans, /outside/i, { check: () => expect(snapshotDir(outside)).toEqual(outsideBefore) });
    removeTempRoot(outside);
  });

  it('a read-only plan folder (as an unprivileged user when the tests run as root)', async () => {
    const plans = copyExample();
    const root = dirname(plans);
    chmodSync(root, 0o755);
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) {
          walk(p);
          chmodSync(p, 0o555);
        } else chmodSync(p, 0o444);
      }
    };
    walk(plans);
    chmodSync(plans, 0o555);
    try {
      if (process.getuid?.() === 0) {
        // Root writes anywhere: run the CLI as "nobody" to meet the permission bits.
        // With a home of its own, as a real user has (the inherited HOME=/root is not writable to it).
        const home = mkdtempSync(join(tmpdir(), 'plan-home-'));
        chmodSync(home, 0o777);
        await refuses('read-only folder', plans, /EACCES|permission/i, { uid: 65534, env: { HOME: home, XDG_CACHE_HOME: join(home, '.cache') } });
        removeTempRoot(home);
      } else {
        await refuses('read-only folder', plans, /EACCES|permission/i);
      }
    } finally {
      const open = (d: string) => {
        chmodSync(d, 0o755);
        for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) open(join(d, e.name));
      };
      open(plans);
      removeTempRoot(root);
    }
  });

  it('figures', () => {
    tally('write-refusals', tried, failures);
  });
});
