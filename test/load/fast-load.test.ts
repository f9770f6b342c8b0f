import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastLoad } from '../../src/load/fast-load.js';
import { parseSource } from '../../src/load/parse-yaml.js';
import { EXAMPLE_PLANS, minimalPlan } from '../helpers/plan-fixture.js';

const slow = (text: string) => parseSource(text, 'x.yaml', '/x.yaml', { fast: false });

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

/** Scalars and layouts where two YAML parsers are most likely to disagree. */
const EDGES = [
  'a: 010\nb: 0o10\nc: 0x1F\nd: +12\ne: -0\nf: 1e3\ng: 12e03\nh: .5\ni: 00\nj: 1_000\nk: .inf\nl: -.Inf\nm: .nan\n',
  'a: 2024-06-30\nb: 2024-02-30\nc: "2024-06-30"\nd: 2024-06-30T10:00:00Z\n',
  'a: yes\nb: no\nc: on\nd: off\ne: true\nf: False\ng: ~\nh: null\ni: Null\nj:\n',
  'a: "93,5"\nb: 93,5\nc: 6.021.447.000\nd: 11.16\ne: "010"\nf: \'x: y\'\n',
  'a: |\n  dòng một\n  dòng hai\nb: >\n  gấp\n  dòng\nc: |-\n  x\n',
  'a: [1, "hai", {b: c}]\nd: {e: [f, g]}\n',
  '# chú thích\na: Tỷ lệ # không phải chú thích? x\nb: "Tỷ lệ # trong nháy"\nc: x # chú thích\n',
  'a: Hoạt động Văn hóa – Xã hội “Toàn dân”\nb: "\\u1EA1 \\t tab"\nc: \'it\'\'s\'\n',
  'entries:\r\n  - target: bhyt\r\n    value: 93.5\r\n',
  'a: Bộ GD&ĐT\nb: NN&PTNT\nc: 5 * 3\n',
  '? complex\n: value\n',
  'a: "multi\n  line"\nb: plain\n  continued\n',
  '',
  '# chỉ có chú thích\n',
  '---\na: 1\n...\n',
  'a: 1\n---\nb: 2\n',
];

/** Inputs the slow path refuses: the fast path must never accept them. */
const BROKEN = ['a: 1\na: 2\n', 'a: [1, 2\n', 'a: "open\n', 'a: b: c\n', '- a\nb: c\n', 'a:\n  - 1\n - 2\n'];

describe('the fast reader and the positional reader agree', () => {
  const texts = [
    ...yamlFiles(EXAMPLE_PLANS).map((f) => readFileSync(f, 'utf8')),
    ...Object.values(minimalPlan()),
    ...EDGES,
  ];

  it.each(texts.map((t, i) => [i, t] as const))('text %i gives the same data both ways', (_i, text) => {
    const fast = fastLoad(text);
    const reference = slow(text);
    if (!fast.ok) return; // the slow path is used; nothing to compare
    expect(reference.diagnostics).toEqual([]);
    expect(fast.data).toEqual(reference.data ?? null);
  });

  it('takes the fast path for every file of the example plan', () => {
    for (const f of yamlFiles(EXAMPLE_PLANS)) expect(fastLoad(readFileSync(f, 'utf8')).ok, f).toBe(true);
  });

  it.each(BROKEN)('never accepts what the positional reader refuses: %j', (text) => {
    expect(slow(text).diagnostics.length).toBeGreaterThan(0);
    expect(fastLoad(text).ok).toBe(false);
  });
});
