import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newFileText, spliceEntry } from '../../src/write/append-entry.js';
import { WriteError } from '../../src/write/errors.js';
import type { ProgressEntry } from '../../src/model/progress-entry.js';

const entry: ProgressEntry = { target: 'bhyt', date: '2024-06-14', value: 93.5, source: 'BHXH: quý 2', note: 'dòng 1\ndòng 2' };
const itemLF = '  - target: bhyt\n    date: 2024-06-14\n    value: 93.5\n    source: "BHXH: quý 2"\n    note: "dòng 1\\ndòng 2"\n';
const item = (indent: number, eol = '\n') =>
  itemLF
    .split('\n')
    .slice(0, -1)
    .map((l) => ' '.repeat(indent) + l.slice(2) + eol)
    .join('');

/** `source` has a ⟂ where the item must go: the result must be exactly prefix + item + suffix. */
function expectInsertedAt(marked: string, inserted: string) {
  const at = marked.indexOf('⟂');
  expect(at).toBeGreaterThanOrEqual(0);
  const source = marked.replace('⟂', '');
  const r = spliceEntry(source, entry);
  expect(r.text).toBe(source.slice(0, at) + inserted + source.slice(at));
  expect(r.offset).toBe(at);
  expect(r.inserted).toBe(inserted);
  const data = parse(r.text) as { entries: ProgressEntry[] };
  expect(data.entries.at(-1)).toEqual(entry);
  return r;
}

describe('spliceEntry: byte-for-byte', () => {
  it('appends after the last item, keeping comments and odd spacing', () => {
    expectInsertedAt(
      [
        '# yaml-language-server: $schema=../../plan.schema.json',
        '# Số liệu BHYT   (ghi tay)',
        'illustrative:    true   # minh họa',
        '',
        'entries:   # danh sách',
        '  - target: bhyt',
        '    date: 2024-03-31     # quý 1',
        '    value:   90.1',
        '',
        '    # giữa hai mục',
        '  -   target: bhyt',
        "      date: '2024-04-30'",
        '      value: 91',
        '      note: >-',
        '        gấp',
        '        dòng',
        '⟂',
      ].join('\n'),
      itemLF,
    );
  });

  it('keeps trailing comments after the last item, and indented comments with it', () => {
    expectInsertedAt(
      'entries:\n  - target: bhyt\n    date: 2024-03-31\n    value: 1  # cuối dòng\n    # thuộc mục cuối\n⟂\n# chú thích cuối tệp\n#\n',
      itemLF,
    );
  });

  it('inserts before a later key when entries is not last', () => {
    expectInsertedAt('illustrative: false\nentries:\n  - target: bhyt\n    date: 2024-03-31\n⟂# sau\nother_key: 1\n'.replace('other_key: 1', 'illustrative2: x'), itemLF);
  });

  it('follows the indentation of existing items (dash at column 0)', () => {
    expectInsertedAt('entries:\n- target: bhyt\n  date: 2024-03-31\n  # vẫn thuộc mục\n⟂# không thụt lề\n', item(0));
  });

  it('writes CRLF lines into a CRLF file', () => {
    const r = expectInsertedAt('# c\r\nentries:\r\n  - target: bhyt\r\n    date: 2024-03-31 # x\r\n⟂# tail\r\n', item(2, '\r\n'));
    expect(r.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('keeps a BOM', () => {
    const r = expectInsertedAt('\uFEFF# c\nentries:\n  - target: bhyt\n    date: 2024-03-31\n⟂', itemLF);
    expect(r.text.charCodeAt(0)).toBe(0xfeff);
  });

  it('file without a final newline: the new item starts with one and the file still has none', () => {
    expectInsertedAt('entries:\n  - target: bhyt\n    date: 2024-03-31⟂', '\n' + itemLF.slice(0, -1));
    expectInsertedAt('entries:\r\n  - target: bhyt\r\n    date: 2024-03-31  # c⟂', '\r\n' + item(2, '\r\n').slice(0, -2));
  });

  it('a block scalar as the last value', () => {
    expectInsertedAt('entries:\n  - target: bhyt\n    date: 2024-03-31\n    note: |\n      a\n      b\n⟂\n# end\n', itemLF);
  });

  it('a document with --- and ... markers', () => {
    expectInsertedAt('---\nentries:\n  - target: bhyt\n    date: 2024-03-31\n⟂...\n', itemLF);
  });
});

describe('spliceEntry: empty entries', () => {
  const cases: [string, string][] = [
    ['entries:\n', 'entries:\n' + itemLF],
    ['# đầu\nentries:\n', '# đầu\nentries:\n' + itemLF],
    ['# đầu\r\nentries:   # c\r\n# tail\r\n', '# đầu\r\nentries:   # c\r\n' + item(2, '\r\n') + '# tail\r\n'],
    ['# đầu\nentries:', '# đầu\nentries:\n' + itemLF.slice(0, -1)],
    ['# đầu\nentries: []\n', '# đầu\nentries:\n' + itemLF],
    ['entries:', 'entries:\n' + itemLF.slice(0, -1)],
    ['entries: []\n', 'entries:\n' + itemLF],
    ['entries: []', 'entries:\n' + itemLF.slice(0, -1)],
    ['entries: [ ]   # chưa có\n# tail\n', 'entries:   # chưa có\n' + itemLF + '# tail\n'],
    ['entries: ~\nillustrative: true\n', 'entries:\n' + itemLF + 'illustrative: true\n'],
    ['entries: null\r\n', 'entries:\r\n' + item(2, '\r\n')],
    ['entries:   # chưa có\n# tail\nillustrative: true\n', 'entries:   # chưa có\n' + itemLF + '# tail\nillustrative: true\n'],
    ['# chỉ có chú thích\n', '# chỉ có chú thích\nentries:\n' + itemLF],
    ['', 'entries:\n' + itemLF],
    ['illustrative: true # x\n# tail\n', 'illustrative: true # x\nentries:\n' + itemLF + '# tail\n'],
    ['illustrative: true', 'illustrative: true\nentries:\n' + itemLF.slice(0, -1)],
  ];
  it.each(cases)('%j', (source, expected) => {
    const r = spliceEntry(source, entry);
    expect(r.text).toBe(expected);
    expect((parse(r.text) as { entries: unknown[] }).entries).toEqual([entry]);
  });
});

describe('spliceEntry: refusals', () => {
  const refuse = (source: string, code: string) => {
    let err: unknown;
    try {
      spliceEntry(source, entry, 'p.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WriteError);
    expect((err as WriteError).code).toBe(code);
    expect((err as WriteError).path).toBe('p.yaml');
    return err as WriteError;
  };
  it('flow sequence', () => {
    const e = refuse('entries: [ {target: bhyt, date: 2024-03-31} ]\n', 'flow-sequence');
    expect(e.details).toMatchObject({ line: 1 });
    refuse('entries:\n  [ {target: bhyt, date: 2024-03-31} ]\n', 'flow-sequence');
  });
  it('YAML errors, duplicate keys, several documents', () => {
    const e = refuse('entries:\n  - target: bhyt\n   date: x\n  bad\n', 'yaml-invalid');
    expect(e.details.line).toBeTypeOf('number');
    refuse('entries: []\nentries: []\n', 'yaml-invalid');
    refuse('entries: []\n---\nentries: []\n', 'yaml-invalid');
    refuse('entries:\n  - "unterminated\n', 'yaml-invalid');
  });
  it('not a list / not a map / odd key layout', () => {
    refuse('entries: abc\n', 'unsupported-layout');
    refuse('entries:\n  a: 1\n', 'unsupported-layout');
    refuse('- a\n- b\n', 'unsupported-layout');
    refuse('{entries: []}\n', 'unsupported-layout');
    refuse('? entries\n:\n  - target: bhyt\n    date: 2024-01-01\n', 'unsupported-layout');
  });
  it('an invalid entry', () => {
    expect(() => spliceEntry('entries:\n', { target: 'bhyt', date: 'hôm nay' })).toThrow(WriteError);
  });
});

describe('newFileText', () => {
  it('has the schema line, a comment naming the target, and the entry', () => {
    const text = newFileText(entry);
    expect(text).toBe(
      '# yaml-language-server: $schema=../../plan.schema.json\n# Số liệu tiến độ của chỉ tiêu bhyt\nentries:\n' + itemLF,
    );
    expect(parse(text)).toEqual({ entries: [entry] });
  });
  it('task, illustrative, custom schema path', () => {
    const text = newFileText({ task: 'kt-01', date: '2024-07-01', status: 'done' }, { illustrative: true, schemaPath: '../plan.schema.json' });
    expect(text.split('\n').slice(0, 4)).toEqual([
      '# yaml-language-server: $schema=../plan.schema.json',
      '# Số liệu tiến độ của nhiệm vụ kt-01',
      'illustrative: true',
      'entries:',
    ]);
    expect(parse(text)).toEqual({ illustrative: true, entries: [{ task: 'kt-01', date: '2024-07-01', status: 'done' }] });
  });
  it('appending to a new file keeps it valid, repeatedly', () => {
    let text = newFileText(entry);
    for (let i = 0; i < 5; i++) text = spliceEntry(text, { ...entry, value: i }).text;
    expect((parse(text) as { entries: unknown[] }).entries).toHaveLength(6);
  });
});
