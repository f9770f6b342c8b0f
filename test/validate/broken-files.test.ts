import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/built-cli.js';
import { copyExample } from '../helpers/plan-fixture.js';

const FILE = '2024/targets.yaml';

/** Each way a clerk, a merge or a bad copy breaks one file of the real plan. */
const BREAKS: [string, (text: string) => string | Buffer, RegExp][] = [
  ['a tab', (t) => t.replace('\n    name:', '\n\tname:'), /yaml-tab/],
  ['a duplicate key', (t) => t.replace('\n    unit:', '\n    unit: "%"\n    unit:'), /yaml-duplicate-key/],
  // Cut inside an item (half-way through a key past the middle), as a lost write would: a cut that
  // happens to fall between two items leaves a valid, shorter file, which no reader can tell apart.
  ['truncated in the middle', (t) => t.slice(0, t.indexOf('\n    unit:', Math.floor(t.length / 2)) + 7), /(yaml-syntax|missing-field)/],
  ['an alias bomb', () => `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 20 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`).join('\n')}\n`, /yaml-alias/],
  ['a bad date', (t) => t.replace(/date: 2\d{3}-\d\d-\d\d/, 'date: 2024-02-30').replace('lead: tc-kt', 'lead: tc-kt\n    baseline: {value: 1, date: 2024-02-30}'), /invalid-date/],
  ['binary garbage', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)), /not-text/],
];

describe('a copy of the plan with one file broken', () => {
  it.each(BREAKS)('%s: exit 1, located message, no stack trace', async (_name, breakIt, code) => {
    const plans = copyExample();
    const path = join(plans, FILE);
    writeFileSync(path, breakIt(readFileSync(path, 'utf8')));
    const res = await spawnCli(['validate', '--as-of', '2024-12-31'], plans);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(code);
    expect(res.stderr).toMatch(/2024\/targets\.yaml:\d+:\d+: lỗi\[/);
    expect(res.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });
});
