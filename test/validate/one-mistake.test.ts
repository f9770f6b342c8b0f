import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/check/validate-plan.js';
import { diagnosticMessage } from '../../src/i18n/diagnostic-messages.js';
import { copyExample } from '../helpers/plan-fixture.js';

/**
 * One mistake, one error: each run makes one edit of one kind to one line of the shipped plan and
 * expects exactly one error, at the edited line (a deleted key: at the item that lost it). Before the
 * root-cause work a dd/mm/yyyy `due` gave 3 errors, `value: 11,16` 5, one mis-indented line 8-16.
 */
const plans = copyExample();
const folder = join(plans, '2024');
const AS_OF = '2024-12-31';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

const ORIGINAL = new Map(yamlFiles(folder).map((f) => [f, readFileSync(f, 'utf8')]));
afterEach(() => {
  for (const [f, text] of ORIGINAL) writeFileSync(f, text);
});

interface Mutation {
  kind: string;
  file: string;
  /** 1-based line of the edit. */
  line: number;
  /** Where the error must be: the edited line, or the item's first line for a deleted key. */
  expectLine: number;
  edit: (line: string) => string | null;
}

/** Up to `max` lines matching `re`, spread over all the files (first, then every k-th). */
function pick(re: RegExp, max: number): { file: string; line: number; lines: string[] }[] {
  const found: { file: string; line: number; lines: string[] }[] = [];
  for (const [file, text] of ORIGINAL) {
    const lines = text.split('\n');
    lines.forEach((l, i) => {
      if (re.test(l)) found.push({ file, line: i + 1, lines });
    });
  }
  const every = Math.max(1, Math.ceil(found.length / max));
  return found.filter((_, i) => i % every === 0);
}

/** The first line of the list item a line belongs to. */
function itemStart(lines: string[], line: number): number {
  for (let i = line - 1; i >= 0; i--) if (/^\s*- /.test(lines[i]!)) return i + 1;
  return 1;
}

const MUTATIONS: Mutation[] = [
  ...pick(/^\s+(date|due|issued|start|end): \d{4}-\d\d-\d\d\s*$/, 14).map(({ file, line }) => ({
    kind: 'date dd/mm/yyyy',
    file,
    line,
    expectLine: line,
    edit: (l: string) => l.replace(/(\d{4})-(\d\d)-(\d\d)/, '$3/$2/$1'),
  })),
  ...pick(/^\s+(value|min|max): \d+\.\d+\s*$/, 10).map(({ file, line }) => ({
    kind: 'decimal comma',
    file,
    line,
    expectLine: line,
    edit: (l: string) => l.replace(/(\d+)\.(\d+)/, '$1,$2'),
  })),
  ...pick(/^ {4}(unit|text|name|kind): /, 12).map(({ file, line, lines }) => ({
    kind: 'deleted required key',
    file,
    line,
    expectLine: itemStart(lines, line),
    edit: () => null,
  })),
  ...pick(/^ {4}(unit|text|name|lead|wording): /, 12).map(({ file, line }) => ({
    kind: 'typo in a key',
    file,
    line,
    expectLine: line,
    edit: (l: string) => l.replace(/^( {4})(\w)(\w)/, '$1$3$2'),
  })),
  ...pick(/^\s+(- )?(lead|target|task): [a-z]/, 12).map(({ file, line }) => ({
    kind: 'typo in an id',
    file,
    line,
    expectLine: line,
    edit: (l: string) => l.replace(/: ([a-z][\w.-]*)\s*$/, ': $1x'),
  })),
  ...pick(/^ {4}[a-z]\w*: \S/, 14).map(({ file, line }, i) => ({
    kind: 'bad indent',
    file,
    line,
    expectLine: line,
    edit: (l: string) => (i % 2 === 0 ? l.slice(1) : ` ${l}`),
  })),
];

function mutate(m: Mutation): void {
  const lines = ORIGINAL.get(m.file)!.split('\n');
  const edited = m.edit(lines[m.line - 1]!);
  if (edited === null) lines.splice(m.line - 1, 1);
  else lines[m.line - 1] = edited;
  writeFileSync(m.file, lines.join('\n'));
}

describe('one edit to the shipped plan gives one error, at the edited line', () => {
  it('the unedited plan is valid and every kind of edit is tried', () => {
    expect(validatePlan(folder, { cwd: plans, asOf: AS_OF }).all).toEqual([]);
    const kinds = new Set(MUTATIONS.map((m) => m.kind));
    expect([...kinds].sort()).toEqual(['bad indent', 'date dd/mm/yyyy', 'decimal comma', 'deleted required key', 'typo in a key', 'typo in an id']);
    for (const k of kinds) expect(MUTATIONS.filter((m) => m.kind === k).length, k).toBeGreaterThanOrEqual(3);
  });

  it.each(MUTATIONS.map((m) => [`${m.kind}: ${relative(folder, m.file)}:${m.line}`, m] as const))('%s', (_name, m) => {
    mutate(m);
    const errors = validatePlan(folder, { cwd: plans, asOf: AS_OF }).all.filter((d) => d.severity === 'error');
    const shown = errors.map((d) => `${d.location.file}:${d.location.line} ${d.code} ${diagnosticMessage(d, 'vi').message}`);
    expect(shown, shown.join('\n')).toHaveLength(1);
    expect(errors[0]!.location.file).toBe(relative(plans, m.file));
    expect(errors[0]!.location.line).toBe(m.expectLine);
  });
});

describe('the two cases of the issue, word for word', () => {
  const set = (file: string, from: string, to: string) => {
    const path = join(folder, file);
    const text = ORIGINAL.get(path)!;
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  const errors = () => validatePlan(folder, { cwd: plans, asOf: AS_OF }).all.filter((d) => d.severity === 'error');

  it('a task due written dd/mm/yyyy: one error, its hint gives the ISO date', () => {
    set('tasks/II.2-van-hoa-xa-hoi.yaml', 'due: 2024-09-05', 'due: 05/09/2024');
    const found = errors();
    expect(found).toHaveLength(1);
    expect(diagnosticMessage(found[0]!, 'vi').hint).toContain('YYYY-MM-DD');
    expect(diagnosticMessage(found[0]!, 'vi').hint).toContain('2024-09-05');
  });

  it('value: 11,16 gives one error whose hint says 11.16', () => {
    set('targets.yaml', 'value: 11.16', 'value: 11,16');
    const found = errors();
    expect(found).toHaveLength(1);
    expect(diagnosticMessage(found[0]!, 'vi').hint).toContain('Viết 11.16, dấu chấm thập phân');
  });

  it('a tab gives one error, not one per following line', () => {
    set('targets.yaml', '\n    name: "Tỷ lệ trẻ em dưới 5', '\n\tname: "Tỷ lệ trẻ em dưới 5');
    const found = errors();
    expect(found.map((d) => d.code)).toEqual(['yaml-tab']);
  });

  it('a YAML syntax error is told in Vietnamese, the caret on the line\'s first character', () => {
    set('targets.yaml', '      value: 11.16\n', '      value: 11.16\n     bad: 1\n');
    const found = errors();
    expect(found).toHaveLength(1);
    const { message, hint } = diagnosticMessage(found[0]!, 'vi');
    expect(message + hint).not.toMatch(/must|mapping|column/);
    expect(found[0]!.location.column).toBe(6);
  });
});
