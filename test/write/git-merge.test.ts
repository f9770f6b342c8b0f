import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { appendEntry } from '../../src/write/append-entry.js';
import type { ProgressEntry } from '../../src/model/progress-entry.js';
import { tempDir } from './helpers.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Tries the merge; returns whether git reported it clean. */
function tryMerge(cwd: string, branch: string): boolean {
  try {
    git(cwd, 'merge', '--no-edit', branch);
    return true;
  } catch {
    return false;
  }
}

const e = (value: number, by: string): ProgressEntry => ({ target: 'bhyt', date: '2024-06-14', value, by });

/** A repo with the given files on main, and .gitattributes if union. */
function repo(files: Record<string, string>, union: boolean): string {
  const dir = tempDir('plan-git-');
  git(dir, 'init', '-q');
  mkdirSync(join(dir, 'progress'));
  if (union) writeFileSync(join(dir, '.gitattributes'), 'progress/*.yaml merge=union\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'base');
  return dir;
}

/** Branch a appends `ea` to fileA, branch b appends `eb` to fileB, then main merges a and b. */
async function twoBranches(dir: string, fileA: string, fileB: string) {
  git(dir, 'checkout', '-q', '-b', 'a');
  await appendEntry(join(dir, fileA), e(1, 'nhánh a'), { root: dir });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'a');
  git(dir, 'checkout', '-q', 'main');
  git(dir, 'checkout', '-q', '-b', 'b');
  await appendEntry(join(dir, fileB), e(2, 'nhánh b'), { root: dir });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'b');
  git(dir, 'checkout', '-q', 'main');
  const cleanA = tryMerge(dir, 'a');
  const cleanB = cleanA && tryMerge(dir, 'b');
  return { cleanA, cleanB };
}

function entriesOf(text: string): { ok: boolean; entries: ProgressEntry[] } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, entries: [] };
  const data = doc.toJS() as { entries?: ProgressEntry[] } | null;
  return { ok: true, entries: data?.entries ?? [] };
}

const header = '# yaml-language-server: $schema=../../plan.schema.json\n# Số liệu tiến độ của chỉ tiêu bhyt\n';

describe('git merges of appended progress files', () => {
  it('per-target files: two branches appending to different files merge cleanly (no attributes needed)', async () => {
    const dir = repo(
      {
        'progress/bhyt.yaml': `${header}entries:\n  - target: bhyt\n    date: 2024-03-31\n    value: 90\n`,
        'progress/ho-ngheo.yaml': `${header}entries:\n  - target: ho-ngheo\n    date: 2024-03-31\n    value: 3\n`,
      },
      false,
    );
    const r = await twoBranches(dir, 'progress/bhyt.yaml', 'progress/ho-ngheo.yaml');
    expect(r).toEqual({ cleanA: true, cleanB: true });
    expect(entriesOf(readFileSync(join(dir, 'progress/bhyt.yaml'), 'utf8')).entries.map((x) => x.value)).toEqual([90, 1]);
    expect(entriesOf(readFileSync(join(dir, 'progress/ho-ngheo.yaml'), 'utf8')).entries.map((x) => x.value)).toEqual([3, 2]);
  });

  it('the same file without merge=union conflicts (both insert at the same place)', async () => {
    const dir = repo({ 'progress/bhyt.yaml': `${header}entries:\n  - target: bhyt\n    date: 2024-03-31\n    value: 90\n` }, false);
    const r = await twoBranches(dir, 'progress/bhyt.yaml', 'progress/bhyt.yaml');
    expect(r).toEqual({ cleanA: true, cleanB: false });
  });

  // Finding: git's union driver resolves the conflict line by line after "zealous" refinement, so
  // lines the two new items share (`  - target: bhyt`, `    date: ...`) are written once and the two
  // items fuse into one item with duplicate keys. This happens in every layout, because in a
  // per-target file every item starts with the same `- target:` line. The tests pin that behaviour
  // so that a change in git (or in our layout) is noticed.
  const unionLayouts: [string, Record<string, string>][] = [
    ['items, final newline', { 'progress/bhyt.yaml': `${header}entries:\n  - target: bhyt\n    date: 2024-03-31\n    value: 90\n` }],
    ['items then a trailing comment', { 'progress/bhyt.yaml': `${header}entries:\n  - target: bhyt\n    date: 2024-03-31\n    value: 90\n# hết\n` }],
    ['entries before another key', { 'progress/bhyt.yaml': `${header}entries:\n  - target: bhyt\n    date: 2024-03-31\nillustrative: true\n` }],
    ['CRLF', { 'progress/bhyt.yaml': `${header}entries:\n  - target: bhyt\n    date: 2024-03-31\n`.replace(/\n/g, '\r\n') }],
    ['no final newline', { 'progress/bhyt.yaml': `${header}entries:\n  - target: bhyt\n    date: 2024-03-31` }],
    ['empty `entries:`', { 'progress/bhyt.yaml': `${header}entries:\n` }],
    ['`entries: []`', { 'progress/bhyt.yaml': `${header}entries: []\n` }],
    ['file created on both branches', {}],
  ];
  it.each(unionLayouts)('merge=union on the same file (%s): git says clean but the items fuse into invalid YAML', async (_name, files) => {
    const dir = repo(files, true);
    const r = await twoBranches(dir, 'progress/bhyt.yaml', 'progress/bhyt.yaml');
    expect(r).toEqual({ cleanA: true, cleanB: true });
    const merged = readFileSync(join(dir, 'progress/bhyt.yaml'), 'utf8');
    expect(merged).toContain('    value: 1');
    expect(merged).toContain('    value: 2');
    expect(merged.match(/ {2}- target: bhyt\r?\n {4}date: 2024-06-14/g)).toHaveLength(1);
    expect(entriesOf(merged).ok).toBe(false); // duplicate keys `value`, `by`
    // The writer then refuses to append to it rather than making it worse.
    await expect(appendEntry(join(dir, 'progress/bhyt.yaml'), e(3, 'sau'), { root: dir })).rejects.toMatchObject({ code: 'yaml-invalid' });
  });

  it('merge=union can even lose an entry silently (valid YAML, one entry fewer)', async () => {
    const dir = repo({ 'progress/bhyt.yaml': `${header}entries:\n  - target: bhyt\n    date: 2024-03-31\n` }, true);
    const f = join(dir, 'progress/bhyt.yaml');
    git(dir, 'checkout', '-q', '-b', 'a');
    await appendEntry(f, { target: 'bhyt', date: '2024-06-14', value: 1 }, { root: dir });
    git(dir, 'commit', '-q', '-am', 'a');
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'checkout', '-q', '-b', 'b');
    await appendEntry(f, { target: 'bhyt', date: '2024-06-14', value: 1, note: 'ước tính lại' }, { root: dir });
    git(dir, 'commit', '-q', '-am', 'b');
    git(dir, 'checkout', '-q', 'main');
    expect(tryMerge(dir, 'a') && tryMerge(dir, 'b')).toBe(true);
    const parsed = entriesOf(readFileSync(f, 'utf8'));
    expect(parsed.ok).toBe(true);
    expect(parsed.entries).toHaveLength(2); // base + ONE merged entry, not base + 2
  });
});
