import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readPlainYaml } from '../../src/load/plain-yaml.js';
import { EXAMPLE_PLANS, minimalPlan } from '../helpers/plan-fixture.js';

/**
 * The plain reader (src/load/plain-yaml.ts) stands in front of js-yaml on every start: where it gives
 * data, the data must be js-yaml's, and js-yaml must not have refused the text. Where it is unsure
 * it gives undefined, which costs only time. So every case here is: undefined, or js-yaml's result.
 */

const jsYamlRead = (text: string): { ok: true; data: unknown } | { ok: false } => {
  try {
    return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) ?? null };
  } catch {
    return { ok: false };
  }
};

function expectJsYamlsReading(text: string): void {
  const plain = readPlainYaml(text);
  if (plain === undefined) return;
  const js = jsYamlRead(text);
  expect(js.ok, `js-yaml refuses what the plain reader read:\n${text}`).toBe(true);
  if (js.ok) expect(plain, text).toStrictEqual(js.data);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));
}
const EXAMPLE = yamlFiles(EXAMPLE_PLANS).map((f) => [f.slice(EXAMPLE_PLANS.length + 1), readFileSync(f, 'utf8')] as const);

describe('the plain reader: cases (text → data, or undefined: left to js-yaml)', () => {
  const cases: [string, unknown][] = [
    ['a: 1\nb: x\n', { a: 1, b: 'x' }],
    ['# only a comment\n', null],
    ['', null],
    ['a:\n  b: 2\n  c: [x, "y", 3]\n', { a: { b: 2, c: ['x', 'y', 3] } }],
    ['list:\n  - id: a\n    n: 1.5\n  - id: b\n', { list: [{ id: 'a', n: 1.5 }, { id: 'b' }] }],
    ['list:\n- a\n- b\nnext: 1\n', { list: ['a', 'b'], next: 1 }],
    ['a: "x # not a comment" # a comment\n', { a: 'x # not a comment' }],
    ["a: 'it''s'\n", { a: "it's" }],
    ['a: "\\u1ec7 \\"q\\" \\\\ \\n"\n', { a: 'ệ "q" \\ \n' }],
    ['a: Tỷ lệ: 90%\n', undefined],
    ['a: x#y\n', { a: 'x#y' }],
    ['a: long text\n  continued here\n', { a: 'long text continued here' }],
    ['a: text # c\n  more\n', undefined],
    ['a: text\n\n  more\n', undefined],
    ['a: ~\nb: null\nc: Null\nd: true\ne: FALSE\nf:\n', { a: null, b: null, c: null, d: true, e: false, f: null }],
    ['a: -0\nb: -12.50\nc: 0\nd: -0.0\n', { a: 0, b: -12.5, c: 0, d: -0 }],
    ['a: 2024-01-15\nb: 05/KH-UBND\nc: 1.2.3\n', { a: '2024-01-15', b: '05/KH-UBND', c: '1.2.3' }],
    ['a: 012\n', undefined],
    ['a: 1e3\n', undefined],
    ['a: +5\n', undefined],
    ['a: .5\n', undefined],
    ['a: 0x1F\n', undefined],
    ['a: .inf\n', undefined],
    ['a: 1_000\n', { a: '1_000' }],
    ['True: 1\n', undefined],
    ['"a": 1\n', undefined],
    ['2024: x\n', { 2024: 'x' }],
    ['a: 1\na: 2\n', undefined],
    ['a: {}\nb: []\n', { a: {}, b: [] }],
    ['a: {b: 1}\n', undefined],
    ['---\na: 1\n', undefined],
    ['a: 1\r\nb: 2\r\n', { a: 1, b: 2 }],
    ['a: 1\rb: 2\n', undefined],
    ['a: x\u2028y\n', undefined],
    ['a:\n    b: 1\n  c: 2\n', undefined],
    ['a: 1\n  b: 2\n', undefined],
    ['- a\n- - b\n', undefined],
    ['a: [x, [y]]\n', undefined],
    ['a: "x" y\n', undefined],
    ['a: @x\n', undefined],
    ['\ufeffa: 1\n', undefined],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(readPlainYaml(text)).toStrictEqual(expected);
    expectJsYamlsReading(text);
  });
});

describe('the plain reader reads the example as js-yaml does', () => {
  it.each(EXAMPLE)('%s', (_name, text) => {
    // Every file of the example is read by it (else it saves nothing), and as js-yaml reads it.
    expect(readPlainYaml(text)).not.toBeUndefined();
    expectJsYamlsReading(text);
  });

  it('and the minimal plan', () => {
    for (const text of Object.values(minimalPlan())) {
      expect(readPlainYaml(text)).not.toBeUndefined();
      expectJsYamlsReading(text);
    }
  });
});

describe('random texts: undefined or js-yaml’s reading', () => {
  it('every file of the example with characters put in, taken out or swapped at random', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\n  ', '- ', ': ', ':', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '\\', '\\u00e9', '0', '-1', '.5', '~', 'true', 'ệ', '\r\n', '*', '&', '!');
    const edit = fc.record({ file: fc.nat(EXAMPLE.length - 1), at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat(6), put: fc.array(piece, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = EXAMPLE[edits[0]!.file]![1];
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.put.join('') + text.slice(at + e.cut);
        }
        expectJsYamlsReading(text);
      }),
      { numRuns: 4000, seed: 20261202 },
    );
  });

  it('random documents in the layouts plan files use, each text in a random style', () => {
    // A writer of our own, so that every style the plain reader handles is drawn: plain, quoted
    // both ways with escapes, flow lists, comments, folded lines, lists at the key's indentation.
    const word = fc.constantFrom('Tỷ lệ', 'đạt', '90%', 'a', "it's", 'say "x"', 'x#y', '#', ':', 'a:b', '- z', '0', '-1', '2.50', '012', '1e3', 'true', 'Null', '~', '\\', 'ệ', '05/KH-UBND', '2024-01-15', '[a]', '{b}', ',', '@', 'a\nb', 'tab\tx', 'a/b');
    const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const style = fc.constantFrom('plain', 'single', 'double', 'double-escaped', 'folded', 'folded-commented');
    const comment = fc.constantFrom('', '', ' # ghi chú', '  #x');
    const ESCAPED: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '/': '\\/', '%': '\\x25' };
    type Doc = { kind: 'text'; text: string; style: string; comment: string } | { kind: 'list'; items: Doc[]; flow: boolean } | { kind: 'map'; entries: [string, Doc][] };
    const key = fc.constantFrom('id', 'name', 'value', 'due', 'a-b', 'x.y', '2024', 'note', 'entries');
    const { doc } = fc.letrec<{ doc: Doc; list: Doc; map: Doc; leaf: Doc }>((tie) => ({
      leaf: fc.record({ kind: fc.constant('text' as const), text, style, comment }),
      doc: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('leaf'), tie('list'), tie('map')),
      list: fc.record({ kind: fc.constant('list' as const), items: fc.array(tie('doc'), { maxLength: 3 }), flow: fc.boolean() }),
      map: fc.record({ kind: fc.constant('map' as const), entries: fc.array(fc.tuple(key, tie('doc')), { maxLength: 3 }) }),
    }));
    const scalar = (d: Extract<Doc, { kind: 'text' }>, indent: string): string => {
      const t = d.text;
      if (d.style === 'single') return `'${t.replace(/'/g, "''")}'`;
      if (d.style === 'double') return JSON.stringify(t);
      if (d.style === 'double-escaped') return `"${[...t].map((c) => ESCAPED[c] ?? (c > '~' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('')}"`;
      if (d.style === 'folded-commented') {
        const [first, ...rest] = t.split(' ');
        return rest.length === 0 ? first! : `${first} # c\n${indent}  ${rest.join(`\n${indent}  `)}`;
      }
      if (d.style === 'folded') return t.replace(/ /g, `\n${indent}  `);
      return t;
    };
    const write = (d: Doc, indent: string, step: string, sameIndentList: boolean): string => {
      if (d.kind === 'text') return ` ${scalar(d, indent)}${d.comment}\n`;
      if (d.kind === 'list') {
        if (d.flow || d.items.length === 0) return ` [${d.items.map((i) => (i.kind === 'text' ? scalar({ ...i, style: i.style === 'folded' ? 'plain' : i.style }, '') : '[]')).join(', ')}]\n`;
        const at = sameIndentList ? indent : indent + step;
        return `\n${d.items.map((i) => `${at}-${i.kind === 'map' && i.entries.length > 0 ? ` ${write(i, `${at}  `, step, false).trimStart()}` : write(i, `${at}  `, step, false)}`).join('')}`;
      }
      if (d.entries.length === 0) return ' {}\n';
      return `\n${d.entries.map(([k, v]) => `${indent + step}${k}:${write(v, indent + step, step, false)}`).join('')}`;
    };
    let read = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(key, doc), { minLength: 1, maxLength: 4 }), fc.constantFrom('  ', '    ', '   '), fc.boolean(), (entries, step, same) => {
        const body = entries.map(([k, v]) => `${k}:${write(v, '', step, same)}`).join('');
        if (readPlainYaml(body) !== undefined) read++;
        expectJsYamlsReading(body);
      }),
      { numRuns: 5000, seed: 20261202 },
    );
    // Most of them are read (else this would test nothing).
    expect(read).toBeGreaterThan(1000);
  });

  it('random data written by the yaml library in several styles', () => {
    const scalar = fc.oneof(
      fc.constantFrom('', ' ', 'a b', 'x: y', '- z', '# c', 'a #b', "it's", '"q"', 'null', 'True', '~', '012', '1e3', '0x1F', '.5', '-0', '2024-01-15', 'Tỷ lệ', 'ệ\u0301', '\\', '[a]', '{b}'),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const key = fc.oneof(fc.constantFrom('id', 'name', 'value', 'a-b', 'x.y', '2024', 'true', 'null', 'a b', 'ệ'), fc.string({ minLength: 1, maxLength: 6 }));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('tree'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
    }));
    const options = fc.record({
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    });
    fc.assert(
      fc.property(fc.dictionary(key, tree, { maxKeys: 5 }), options, (data, o) => {
        const text = stringify(data, { ...o, defaultStringType: o.defaultStringType as 'PLAIN' });
        expectJsYamlsReading(text);
        expectJsYamlsReading(text.replace(/\n/g, '\r\n'));
        expectJsYamlsReading(text.replace(/\n/g, ' # note\n'));
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });
});
