import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyExample, minimalPlan, writePlan } from '../helpers/plan-fixture.js';
import { cases, INTERNAL_ERROR, limit, removeTempRoot, runBounded, seedFor, STACK_FRAME, tally, unlocatedDiagnostics } from './helpers.js';

/**
 * Property: whatever happens to the lines or bytes of a valid plan or progress file, `validate`,
 * `status` and `overdue` end (in bounded time), exit 0, 1 or 2, never print an internal error or a
 * stack trace, and locate every diagnostic at `file:line:column` inside a file that exists.
 */

// What a value may be retyped to: other YAML types, and the values that trip parsers and checks.
const RETYPES = [
  '~', '[]', '{}', '""', '"x"', 'x: y', '- a', '-1', '0', '-0', '.nan', '.NaN', '.inf', '-.inf', '1e309', '-1e309', '1e-400',
  '0x1F', '0o17', '0b101', '010', '"010"', '1_000', 'true', 'yes', 'null', '2024-02-30', '2023-02-29', '2024-02-29', '2024-13-01',
  '2024-06-14T25:00:00Z', '99999-01-01', '{a: [1', '[1, 2', '"unterminated', "'it''s'", '&a x', '*a', '!!binary AAAA', '!!js/function x',
  '|', '>-', '? x', '@x', '`x', '%YAML 1.2', '---', '...', '# comment', '\u001b[31mred\u001b[0m', '=1+1', '\u00a0', '__proto__',
  '"\\u0000"', '9007199254740993', '-99999999999999999999', '1e308', '12.5%', '93,5',
];

type Op =
  | { kind: 'delete'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'retype'; at: number; value: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'bytes'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; at: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  { arbitrary: fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: fc.nat({ max: RETYPES.length - 1 }) }), weight: 3 },
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Applies the operations to a file's bytes (lines for the line operations). */
export function mutate(original: Buffer, ops: readonly Op[]): Buffer {
  let bytes = original;
  for (const o of ops) {
    if (o.kind === 'bytes') {
      const at = o.at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(o.bytes), bytes.subarray(at)]);
      continue;
    }
    if (o.kind === 'truncate') {
      bytes = bytes.subarray(0, o.at % (bytes.length + 1));
      continue;
    }
    const lines = bytes.toString('latin1').split('\n');
    const n = lines.length;
    const pick = (i: number) => i % n;
    switch (o.kind) {
      case 'delete':
        lines.splice(pick(o.at), 1);
        break;
      case 'swap': {
        const a = pick(o.a);
        const b = pick(o.b);
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        break;
      }
      case 'duplicate':
        lines.splice(pick(o.at), 0, lines[pick(o.at)]!);
        break;
      case 'retype': {
        const i = pick(o.at);
        const line = lines[i]!;
        const value = Buffer.from(RETYPES[o.value]!, 'utf8').toString('latin1');
        const m = /^(\s*(?:- )?[^:#]*:)(\s*).*$/.exec(line);
        lines[i] = m ? `${m[1]} ${value}` : line.replace(/^(\s*- ).*$/, `$1${value}`);
        break;
      }
      case 'indent': {
        const i = pick(o.at);
        lines[i] = o.by >= 0 ? ' '.repeat(o.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-o.by}}`), '');
        break;
      }
    }
    bytes = Buffer.from(lines.join('\n'), 'latin1');
  }
  return bytes;
}

interface Outcome {
  command: string;
  code: number;
  ms: number;
  problem?: string;
}

const AS_OF = '2024-12-14';
const COMMANDS: [string, string[]][] = [
  ['validate', ['validate', '--format', 'json', '--as-of', AS_OF]],
  ['validate-text', ['validate', '--as-of', AS_OF]],
  ['status', ['status', '--as-of', AS_OF]],
  ['status-json', ['status', '--format', 'json', '--as-of', AS_OF]],
  ['overdue', ['overdue', '--as-of', AS_OF]],
];

/** Lines of a file as the CLI counts them (for "the location is inside the file"). */
function lineCount(abs: string): number {
  try {
    return readFileSync(abs).toString('latin1').split('\n').length;
  } catch {
    return 0;
  }
}

/** Checks one command's result against the property; returns what is wrong, if anything. */
function judge(name: string, cwd: string, r: { code: number; stdout: string; stderr: string }): string | undefined {
  if (![0, 1, 2].includes(r.code)) return `exit ${r.code}`;
  if (INTERNAL_ERROR.test(r.stderr)) return `internal error: ${r.stderr.slice(0, 400)}`;
  if (STACK_FRAME.test(r.stderr)) return 'stack trace on stderr';
  const unlocated = unlocatedDiagnostics(r.stderr);
  if (unlocated.length > 0) return `unlocated diagnostic: ${unlocated[0]}`;
  if (name === 'validate') {
    let out: { valid: boolean; errors: { file: string; line: number; column: number; code: string }[]; warnings: typeof out.errors };
    try {
      out = JSON.parse(r.stdout);
    } catch {
      return `validate --format json printed no JSON (exit ${r.code}): ${r.stderr.slice(0, 300)}`;
    }
    if ((r.code === 0) !== out.valid) return `exit ${r.code} but valid=${out.valid}`;
    if (r.code === 1 && out.errors.length === 0) return 'exit 1 without an error';
    for (const d of [...out.errors, ...out.warnings]) {
      if (!d.file || !(d.line >= 1) || !(d.column >= 1)) return `diagnostic without a location: ${JSON.stringify(d)}`;
      const abs = join(cwd, d.file);
      let isFile = false;
      try {
        isFile = statSync(abs).isFile();
      } catch {
        return `diagnostic names a file that does not exist: ${JSON.stringify(d)}`;
      }
      if (isFile && d.line > lineCount(abs) + 1) return `diagnostic past the end of ${d.file}: ${JSON.stringify(d)}`;
    }
  }
  // A plan with errors gets the report of its valid part (issue 14, item 9), said to be partial.
  if (r.code === 1 && r.stdout !== '' && name !== 'validate' && name !== 'validate-text') {
    if (!/Báo cáo chưa đủ/.test(r.stderr)) return 'a report printed for a plan with errors, not said to be partial';
    if (name === 'status-json') {
      try {
        if (JSON.parse(r.stdout).partial !== true) return 'status json of a plan with errors without partial: true';
      } catch {
        return 'status --format json printed no JSON';
      }
    }
  }
  if (r.code === 1 && name !== 'validate' && !/(?:lỗi|error)\[/.test(r.stderr)) return 'exit 1 without a diagnostic';
  return undefined;
}

const figures = { runs: 0, cases: 0, byExit: { 0: 0, 1: 0, 2: 0 } as Record<number, number>, slowestMs: 0, failures: 0 };

afterAll(() => {
  tally('mutation', figures.cases, figures.failures, { commandRuns: figures.runs, byExit: figures.byExit, slowestMs: Math.round(figures.slowestMs) });
});

async function tryAll(dir: string, cwd: string): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const [name, args] of COMMANDS) {
    const started = performance.now();
    const r = await runCli([...args, relative(cwd, dir) || '.'], { cwd });
    const ms = performance.now() - started;
    figures.runs++;
    figures.byExit[r.code] = (figures.byExit[r.code] ?? 0) + 1;
    figures.slowestMs = Math.max(figures.slowestMs, ms);
    const problem = judge(name, cwd, r) ?? (ms > 5_000 ? `took ${Math.round(ms)} ms` : undefined);
    outcomes.push({ command: name, code: r.code, ms, problem });
  }
  return outcomes;
}

function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out;
}

async function property(label: string, makePlan: () => string, seed: number, numRuns: number) {
  const sample = makePlan();
  const files = filesOf(sample);
  removeTempRoot(dirname(dirname(sample)));
  const arb = fc.record({ file: fc.constantFrom(...files), ops: fc.array(op, { minLength: 1, maxLength: 4 }) });
  await fc.assert(
    fc.asyncProperty(arb, async ({ file, ops }) => {
      const dir = makePlan();
      const root = dirname(dirname(dir));
      try {
        const path = join(dir, file);
        writeFileSync(path, mutate(readFileSync(path), ops));
        figures.cases++;
        const outcomes = await tryAll(dir, root);
        const bad = outcomes.find((o) => o.problem);
        if (bad) {
          figures.failures++;
          throw new Error(`${label}: ${file} after ${JSON.stringify(ops)}: ${bad.command}: ${bad.problem}`);
        }
      } finally {
        removeTempRoot(root);
      }
    }),
    { seed, numRuns, endOnFailure: true },
  );
}

describe('mutated plan and progress files', () => {
  it('the small plan: validate, status and overdue exit 0/1/2 with every error located', { timeout: limit(300_000) }, async () => {
    await property('minimal plan', () => writePlan(minimalPlan()), seedFor('mutation-minimal', 20240119), cases(150, 5_000));
  });

  it('the example plan (16 files, 93 entries): the same', { timeout: limit(300_000) }, async () => {
    const example = () => join(copyExample(), '2024');
    await property('example plan', example, seedFor('mutation-example', 5052024), cases(25, 800));
  });

  it('as real processes with a kill timer: no hang, no crash (a sample)', { timeout: limit(120_000) }, async () => {
    const seed = seedFor('mutation-process', 1901);
    const samples = fc.sample(fc.record({ file: fc.constantFrom('targets.yaml', 'progress/bhyt.yaml', 'plan.yaml', 'tasks.yaml'), ops: fc.array(op, { minLength: 1, maxLength: 4 }) }), {
      seed,
      numRuns: cases(8, 100),
    });
    for (const { file, ops } of samples) {
      const dir = writePlan(minimalPlan());
      const root = dirname(dirname(dir));
      const path = join(dir, file);
      writeFileSync(path, mutate(readFileSync(path), ops));
      const r = await runBounded(['validate', '--format', 'json', '--as-of', AS_OF, relative(root, dir)], root, { timeoutMs: 15_000 });
      figures.cases++;
      const problem = r.timedOut ? 'timed out' : judge('validate', root, { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr });
      if (problem) figures.failures++;
      expect(problem, `seed ${seed}: ${file} after ${JSON.stringify(ops)}`).toBeUndefined();
      removeTempRoot(root);
    }
  });
});
