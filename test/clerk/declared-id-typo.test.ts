import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyExample } from '../helpers/plan-fixture.js';

/**
 * Issue 14, item 1: a typo in a declared id ("id: vh-xhh") gave one unknown-ref per use of the real
 * id (23 for vh-xh), none at the line to fix. Now: one error, at the declaration. Each case is one
 * edit of the shipped plan; a typo in one use stays one unknown-ref at that use.
 */
const CASES: { name: string; file: string; from: string; to: string; code: string; line: number; uses?: number }[] = [
  { name: 'a unit used by targets and tasks', file: 'units.yaml', from: '  - id: tp-ht\n', to: '  - id: tp-hht\n', code: 'declared-id-typo', line: 33 },
  { name: 'a legal basis used by the header and every target', file: 'legal-bases.yaml', from: '  - id: nq-10\n', to: '  - id: nq-01\n', code: 'declared-id-typo', line: 16 },
  { name: 'a target with its entries and tasks', file: 'targets.yaml', from: '  - id: thu-ngan-sach\n', to: '  - id: thu-ngan-sachh\n', code: 'declared-id-typo', line: 8 },
];

async function errorsAfter(file: string, from: string, to: string) {
  const plans = copyExample();
  const path = join(plans, '2024', file);
  const before = readFileSync(path, 'utf8');
  expect(before).toContain(from);
  const after = before.replace(from, to);
  writeFileSync(path, after);
  const res = await runCli(['validate', '--format', 'json', '--as-of', '2024-12-31'], { cwd: plans });
  expect(res.code).toBe(1);
  return {
    line: after.slice(0, after.indexOf(to)).split('\n').length,
    errors: JSON.parse(res.stdout).errors as { file: string; line: number; code: string; params: Record<string, unknown>; message: string }[],
  };
}

describe('a typo in a declared id is one error at the declaration', () => {
  it.each(CASES)('$name', async (c) => {
    const { errors } = await errorsAfter(c.file, c.from, c.to);
    expect(errors.map((e) => [e.code, e.file, e.line])).toEqual([[c.code, `2024/${c.file}`, c.line]]);
    expect(errors[0]!.params.declared).toBe(/id: "?([^"\n]+)"?\n$/.exec(c.to)![1]);
    expect(errors[0]!.message).toMatch(/có phải gõ nhầm mã ở đây/);
    if (c.uses !== undefined) expect(errors[0]!.params.uses).toBe(c.uses);
  });

  it('one use mistyped (the declaration is used elsewhere): one unknown-ref at that use', async () => {
    const { errors, line } = await errorsAfter('targets.yaml', 'lead: tc-kt\n', 'lead: tc-ktt\n');
    expect(errors.map((e) => [e.code, e.file, e.line])).toEqual([['unknown-ref', '2024/targets.yaml', line]]);
  });

  it('a typo as near to another unused declaration blames none: each use keeps its own error', async () => {
    // "kt-8" and the unused "kt-01" are both one edit from "kt-08": saying kt-01 is mistyped would break a
    // good id. Numbered siblings (tasks kt-01..kt-09, sections II.1..II.5) tie this way for any one-letter typo.
    const { errors } = await errorsAfter('tasks/II.1-kinh-te.yaml', '  - id: kt-08\n', '  - id: kt-8\n');
    expect(errors.every((e) => e.code === 'unknown-ref')).toBe(true);
    expect(errors).toHaveLength(12);
    // ... and none of them guesses "kt-01", a good id nothing records against yet.
    expect(errors.every((e) => e.params.suggestion === undefined)).toBe(true);
  });
});
