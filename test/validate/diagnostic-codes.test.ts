import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../src/diagnostics/codes.js';
import { runCli } from '../helpers/cli.js';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';

interface Case {
  code: DiagnosticCode;
  /** Files to replace or add in the minimal plan (null removes one). */
  files: Record<string, string | Buffer | null>;
  at: { file: string; line: number; column: number };
  setup?: (dir: string) => void;
}

const base = minimalPlan();
const target = (extra: string) => base['targets.yaml']! + extra;

const CASES: Case[] = [
  { code: 'io-error', files: {}, setup: (dir) => symlinkSync(join(dir, 'missing.yaml'), join(dir, 'dangling.yaml')), at: { file: 'dangling.yaml', line: 1, column: 1 } },
  { code: 'not-text', files: { 'junk.yaml': Buffer.from([0x61, 0x3a, 0x00, 0xff, 0x10]) }, at: { file: 'junk.yaml', line: 1, column: 1 } },
  { code: 'file-too-large', files: { 'big.yaml': `# ${'x'.repeat(9 * 1024 * 1024)}\n` }, at: { file: 'big.yaml', line: 1, column: 1 } },
  { code: 'too-many-items', files: { 'many.yaml': `entries: [${'1,'.repeat(50_000)}1]\n` }, at: { file: 'many.yaml', line: 1, column: 100_008 } },
  { code: 'merge-conflict', files: { 'units.yaml': 'units:\n<<<<<<< HEAD\n  - id: a\n=======\n  - id: b\n>>>>>>> other\n' }, at: { file: 'units.yaml', line: 2, column: 1 } },
  {
    // Issue 9 item 13: a folder of figures linked from outside the plan was skipped without a word.
    code: 'linked-folder',
    files: {},
    setup: (dir) => {
      const outside = mkdtempSync(join(tmpdir(), 'plan-outside-'));
      writeFileSync(join(outside, 'bhyt.yaml'), 'entries:\n  - target: bhyt\n    date: 2024-03-14\n    value: 93\n');
      symlinkSync(outside, join(dir, 'so-lieu'));
    },
    at: { file: 'so-lieu', line: 1, column: 1 },
  },
  { code: 'yaml-syntax', files: { 'units.yaml': 'units:\n  - id: a: b\n' }, at: { file: 'units.yaml', line: 2, column: 9 } },
  { code: 'yaml-duplicate-key', files: { 'units.yaml': base['units.yaml']!.replace('    kind: cong-chuc\n', '    kind: cong-chuc\n    kind: cong-an\n') }, at: { file: 'units.yaml', line: 5, column: 5 } },
  { code: 'yaml-alias', files: { 'extra.yaml': 'units: &u []\nlegalBases: *u\n' }, at: { file: 'extra.yaml', line: 2, column: 13 } },
  { code: 'yaml-tab', files: { 'units.yaml': base['units.yaml']!.replace('    kind:', '\tkind:') }, at: { file: 'units.yaml', line: 4, column: 1 } },
  { code: 'yaml-lone-cr', files: { 'units.yaml': base['units.yaml']!.replace(/\n/g, '\r') }, at: { file: 'units.yaml', line: 1, column: 7 } },
  { code: 'yaml-proto-key', files: { 'extra.yaml': 'units:\n  - __proto__: {id: x}\n' }, at: { file: 'extra.yaml', line: 2, column: 5 } },
  { code: 'yaml-too-deep', files: { 'extra.yaml': `units: ${'['.repeat(100)}${']'.repeat(100)}\n` }, at: { file: 'extra.yaml', line: 1, column: 71 } },
  { code: 'missing-field', files: { 'units.yaml': 'units:\n  - id: vh-xh\n    kind: cong-chuc\n' }, at: { file: 'units.yaml', line: 2, column: 5 } },
  { code: 'unknown-field', files: { 'units.yaml': base['units.yaml']! + '    nmae: x\n' }, at: { file: 'units.yaml', line: 5, column: 5 } },
  { code: 'wrong-type', files: { 'units.yaml': base['units.yaml']! + '  - id: 010\n    name: X\n    kind: cong-chuc\n' }, at: { file: 'units.yaml', line: 5, column: 9 } },
  { code: 'invalid-value', files: { 'units.yaml': base['units.yaml']!.replace('kind: cong-chuc', 'kind: cong-chucc') }, at: { file: 'units.yaml', line: 4, column: 11 } },
  { code: 'invalid-date', files: { 'legal-bases.yaml': base['legal-bases.yaml']!.replace('2023-12-27', '2023-02-29') }, at: { file: 'legal-bases.yaml', line: 5, column: 11 } },
  { code: 'invalid-id', files: { 'units.yaml': base['units.yaml']! + '  - id: Văn-hóa\n    name: X\n    kind: cong-chuc\n' }, at: { file: 'units.yaml', line: 5, column: 9 } },
  { code: 'invalid-format', files: { 'progress/bhyt.yaml': base['progress/bhyt.yaml']! + '    period: 2024-13\n' }, at: { file: 'progress/bhyt.yaml', line: 5, column: 13 } },
  { code: 'empty-text', files: { 'units.yaml': base['units.yaml']!.replace('name: Công chức Văn hóa - Xã hội', 'name: ""') }, at: { file: 'units.yaml', line: 3, column: 11 } },
  { code: 'out-of-range', files: { 'plan.yaml': base['plan.yaml']!.replace('year: 2024', 'year: 1800') }, at: { file: 'plan.yaml', line: 8, column: 9 } },
  { code: 'missing-plan', files: { 'plan.yaml': '# chưa có phần đầu\n' }, at: { file: '.', line: 1, column: 1 } },
  { code: 'duplicate-plan', files: { 'plan-copy.yaml': base['plan.yaml']! }, at: { file: 'plan.yaml', line: 1, column: 1 } },
  { code: 'duplicate-id', files: { 'units.yaml': base['units.yaml']! + '  - id: vh-xh\n    name: Trùng\n    kind: cong-chuc\n' }, at: { file: 'units.yaml', line: 5, column: 9 } },
  { code: 'unknown-ref', files: { 'targets.yaml': base['targets.yaml']!.replace('lead: vh-xh', 'lead: vh-hx') }, at: { file: 'targets.yaml', line: 11, column: 11 } },
  { code: 'date-outside-plan', files: { 'tasks.yaml': base['tasks.yaml']! + '    due: 2025-01-15\n' }, at: { file: 'tasks.yaml', line: 7, column: 10 } },
  {
    code: 'period-reversed',
    files: { 'plan.yaml': base['plan.yaml']! + '  periods:\n    - id: nam-hoc\n      name: năm học 2024-2025\n      start: 2025-05-31\n      end: 2024-09-05\n' },
    at: { file: 'plan.yaml', line: 21, column: 12 },
  },
  // A term plan's per-year figure for a year outside the term (2021-2025).
  {
    code: 'term-plan',
    files: {
      'plan.yaml': base['plan.yaml']!.replace('  year: 2024\n', '  term: { start: 2021, end: 2025 }\n'),
      'targets.yaml': base['targets.yaml']! + '    over: year\n    years:\n      - { year: 2026, value: 96 }\n',
    },
    at: { file: 'targets.yaml', line: 14, column: 17 },
  },
  { code: 'percent-out-of-range', files: { 'progress/bhyt.yaml': base['progress/bhyt.yaml']!.replace('93.5', '935') }, at: { file: 'progress/bhyt.yaml', line: 4, column: 12 } },
  {
    code: 'impossible-comparison',
    files: { 'targets.yaml': base['targets.yaml']!.replace('      kind: above\n      value: 95\n', '      kind: range\n      min: 90\n      max: 80\n') },
    at: { file: 'targets.yaml', line: 8, column: 12 },
  },
  { code: 'direction-mismatch', files: { 'targets.yaml': base['targets.yaml']!.replace('direction: higher', 'direction: lower') }, at: { file: 'targets.yaml', line: 9, column: 16 } },
  { code: 'basis-after-plan', files: { 'legal-bases.yaml': base['legal-bases.yaml']!.replace('2023-12-27', '2024-03-01') }, at: { file: 'legal-bases.yaml', line: 5, column: 11 } },
  { code: 'basis-symbol', files: { 'legal-bases.yaml': base['legal-bases.yaml']!.replace('"10/NQ-HĐND"', '"10/Nq-HĐND"') }, at: { file: 'legal-bases.yaml', line: 4, column: 13 } },
  { code: 'task-no-schedule', files: { 'tasks.yaml': base['tasks.yaml']!.replace('    cadence: monthly\n', '') }, at: { file: 'tasks.yaml', line: 2, column: 9 } },
  { code: 'entry-subject', files: { 'progress/bhyt.yaml': base['progress/bhyt.yaml']!.replace('  - target: bhyt\n', '  - target: bhyt\n    task: kt-01\n') }, at: { file: 'progress/bhyt.yaml', line: 2, column: 5 } },
  { code: 'entry-field', files: { 'progress/bhyt.yaml': base['progress/bhyt.yaml']! + '    status: done\n' }, at: { file: 'progress/bhyt.yaml', line: 5, column: 5 } },
  { code: 'entry-duplicate', files: { 'progress/bhyt.yaml': base['progress/bhyt.yaml']! + '  - target: bhyt\n    date: 2024-06-14\n    value: 93.5\n' }, at: { file: 'progress/bhyt.yaml', line: 5, column: 5 } },
  { code: 'entry-in-future', files: { 'progress/bhyt.yaml': base['progress/bhyt.yaml']!.replace('2024-06-14', '2024-12-14') }, at: { file: 'progress/bhyt.yaml', line: 3, column: 11 } },
  { code: 'wording-mismatch', files: { 'targets.yaml': base['targets.yaml']!.replace('value: 95', 'value: 90') }, at: { file: 'targets.yaml', line: 8, column: 14 } },
  { code: 'declared-id-typo', files: { 'units.yaml': base['units.yaml']!.replace('id: vh-xh', 'id: vh-xhh') }, at: { file: 'units.yaml', line: 2, column: 9 } },
  { code: 'part-loop', files: { 'targets.yaml': target('    partOf: bhyt\n') }, at: { file: 'targets.yaml', line: 12, column: 13 } },
  { code: 'placeholder', files: { 'plan.yaml': base['plan.yaml']!.replace('name: Trần Hữu Ngọc', 'name: "(chưa điền)"') }, at: { file: 'plan.yaml', line: 16, column: 11 } },
];

describe('every diagnostic code has a fixture that triggers it where it should', () => {
  it('covers the whole catalogue', () => {
    expect(CASES.map((c) => c.code).sort()).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
  });

  it.each(CASES)('$code', async ({ code, files, at, setup }) => {
    const dir = writePlan({ ...base, ...files });
    setup?.(dir);
    const res = await runCli(['validate', '--format', 'json', '--as-of', '2024-07-01', dir], { cwd: dir });
    const out = JSON.parse(res.stdout) as { errors: Diag[]; warnings: Diag[] };
    const all = [...out.errors, ...out.warnings];
    const found = all.filter((d) => d.code === code);
    expect(found, JSON.stringify(all, null, 1)).toHaveLength(1);
    expect({ file: found[0]!.file, line: found[0]!.line, column: found[0]!.column }).toEqual(at);
    expect(found[0]!.message.length).toBeGreaterThan(5);
    expect(res.code).toBe(DIAGNOSTIC_CODES[code] === 'error' ? 1 : 0);
  });
});

interface Diag {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

describe('folder links (issue 9 item 13)', () => {
  it('a link to a folder inside the plan is no error, and its files are read once, where they are', async () => {
    const dir = writePlan(base);
    symlinkSync(join(dir, 'progress'), join(dir, 'so-lieu'));
    const res = await runCli(['validate', '--format', 'json', '--as-of', '2024-07-01', dir], { cwd: dir });
    const out = JSON.parse(res.stdout) as { errors: Diag[]; warnings: Diag[] };
    expect(out.errors).toEqual([]);
    expect(res.code).toBe(0);
  });
});
