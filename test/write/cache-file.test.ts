import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCacheFile } from '../../src/write/cache-file.js';

describe('writeCacheFile', () => {
  it('creates missing folders and leaves no temp file', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-cachefile-'));
    const file = join(root, 'a', 'b', 'c.json');
    expect(writeCacheFile(file, '{"x":1}')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{"x":1}');
    expect(readdirSync(join(root, 'a', 'b'))).toEqual(['c.json']);
  });

  it('gives up quietly where nothing can be written (a cache never stops a command)', () => {
    expect(writeCacheFile('/dev/null/plan/c.json', '{}')).toBe(false);
    expect(writeCacheFile('/proc/plan-cache-test/c.json', '{}')).toBe(false);
  });
});
