import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/built-cli.js';

const CACHE = resolve(import.meta.dirname, '../../dist/plan.cjs.cache');

describe('the code cache shipped with the bundle', () => {
  // A run under other V8 flags has the cache rejected (V8 hashes its flags into it); writing its own
  // would make every plain run reject that one in turn. The heap-capped tests run plan this way.
  it('is kept by a run under other Node flags', () => {
    const before = readFileSync(CACHE);
    const out = execFileSync(process.execPath, ['--max-old-space-size=300', BIN, '--version'], { encoding: 'utf8', env: { ...process.env, PLAN_CODE_CACHE: '' } });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readFileSync(CACHE).equals(before)).toBe(true);
  });
});
