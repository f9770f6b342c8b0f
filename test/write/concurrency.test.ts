import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useWriteBundle } from '../helpers/write-bundle.js';
import { tempDir } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const worker = join(here, 'append-worker.mjs');
const built = useWriteBundle();

function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('concurrency', () => {
  it.each([
    ['an existing file with comments', true],
    ['a file that does not exist yet', false],
  ])('20 processes appending at once to %s all land', async (_name, existing) => {
    const root = tempDir();
    const f = join(root, 'bhyt.yaml');
    const prefix = '# yaml-language-server: $schema=../../plan.schema.json\n# BHYT\nentries:\n  - target: bhyt\n    date: 2024-03-31\n    value: -1\n';
    const suffix = '# chú thích cuối\n';
    if (existing) writeFileSync(f, prefix + suffix);
    const go = join(built.dir, `go-${existing}`);
    const running = Array.from({ length: 20 }, (_, i) => run([built.bundle, f, root, String(i), go]));
    setTimeout(() => writeFileSync(go, ''), 500);
    const results = await Promise.all(running);
    for (const r of results) {
      expect(r.err).toBe('');
      expect(JSON.parse(r.out), r.out).toMatchObject({ ok: true });
      expect(r.code).toBe(0);
    }
    expect(results.filter((r) => (JSON.parse(r.out) as { created: boolean }).created)).toHaveLength(existing ? 0 : 1);
    const text = readFileSync(f, 'utf8');
    const data = parse(text) as { entries: { value: number }[] };
    const values = data.entries.map((e) => e.value).filter((v) => v >= 0);
    expect(values).toHaveLength(20);
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(data.entries).toHaveLength(existing ? 21 : 20);
    if (existing) {
      expect(text.startsWith(prefix)).toBe(true);
      expect(text.endsWith(suffix)).toBe(true);
    }
    expect(readdirSync(root)).toEqual(['bhyt.yaml']); // no temp files, no lock left
  }, 60_000);
});
