import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderEntry, renderEntryLines, renderScalar } from '../../src/write/entry-yaml.js';
import { WriteError } from '../../src/write/errors.js';
import type { ProgressEntry } from '../../src/model/progress-entry.js';

describe('renderEntry', () => {
  it('renders the fixed key order, one key per line, plain where possible', () => {
    const entry: ProgressEntry = {
      note: 'ghi chú',
      recorded: '2024-06-20',
      by: 'Tổ BHXH',
      source: 'BHXH thành phố',
      estimate: true,
      value: 93.5,
      period: '2024-06',
      date: '2024-06-14',
      target: 'bhyt',
    };
    expect(renderEntry(entry)).toBe(
      [
        '  - target: bhyt',
        '    date: 2024-06-14',
        '    period: 2024-06',
        '    value: 93.5',
        '    estimate: true',
        '    source: BHXH thành phố',
        '    by: Tổ BHXH',
        '    recorded: 2024-06-20',
        '    note: ghi chú',
        '',
      ].join('\n'),
    );
  });

  it('renders a task entry with status, at another indent and with CRLF', () => {
    expect(renderEntry({ task: 'kt-01', date: '2024-07-01', status: 'in-progress' }, { indent: 0, eol: '\r\n' })).toBe(
      '- task: kt-01\r\n  date: 2024-07-01\r\n  status: in-progress\r\n',
    );
  });

  const tricky = [
    'Tỷ lệ: 93% dân số',
    '# không phải chú thích',
    "'trích dẫn",
    '"trích dẫn"',
    'a #b',
    '010',
    '2024',
    'true',
    'null',
    '~',
    '- gạch đầu dòng',
    '---',
    '...',
    '  khoảng trắng đầu',
    'khoảng trắng cuối ',
    'dòng 1\ndòng 2',
    'kết thúc bằng xuống dòng\n',
    'CR\r\nLF',
    '@x',
    '`x',
    '%x',
    '{x}',
    '[x]',
    '*alias',
    '&anchor',
    '!tag',
    '? hỏi',
    '|',
    '>',
    'tab\there',
    '\u0000 ký tự lạ \u0007',
    'Hội đồng nhân dân phường Bến Thành năm 2024 đã thông qua nghị quyết về kế hoạch phát triển kinh tế xã hội với rất nhiều chỉ tiêu quan trọng và dài hơn tám mươi ký tự',
    'Nghị quyết số 05/NQ-HĐND: "tăng 10%"; # mục 3',
    'Hòa'.normalize('NFC'),
    'Hòa'.normalize('NFD'),
  ];

  it.each(tricky)('round-trips the note %j as one line', (note) => {
    const entry: ProgressEntry = { target: 'bhyt', date: '2024-06-14', value: 1, note, source: note, by: note };
    const lines = renderEntryLines(entry);
    expect(lines).toHaveLength(6);
    for (const l of lines) expect(l).not.toMatch(/[\r\n]/);
    const text = `entries:\n${renderEntry(entry)}`;
    expect(parse(text)).toEqual({ entries: [entry] });
    // NFC/NFD text is kept exactly as given, not normalized.
    expect((parse(text) as { entries: ProgressEntry[] }).entries[0]!.note).toBe(note);
  });

  it.each([0, -0, 1.5, -2.25, 1e21, 1e-7, 123456789012, 0.1 + 0.2])('round-trips the number %d', (value) => {
    const entry: ProgressEntry = { target: 'a', date: '2024-01-01', value };
    expect(parse(`entries:\n${renderEntry(entry)}`)).toEqual({ entries: [entry] });
  });

  it('quotes what YAML would read as something else', () => {
    expect(renderScalar('010')).toBe('"010"');
    expect(renderScalar('true')).toBe('"true"');
    expect(renderScalar('a: b')).toBe('"a: b"');
    expect(renderScalar('---')).toBe('"---"');
    expect(renderScalar('x\ny')).toBe('"x\\ny"');
    expect(renderScalar('2024-06-14')).toBe('2024-06-14');
  });

  it('refuses entries that break the schema, with a typed error', () => {
    const bad = [
      { target: 'bhyt', date: '14/06/2024', value: 1 },
      { target: 'bhyt', date: '2024-06-14', value: Number.NaN },
      { target: 'bhyt', date: '2024-06-14', value: Number.POSITIVE_INFINITY },
      { target: 'bhyt', date: '2024-06-14', extra: 1 },
      { target: 'BHYT', date: '2024-06-14' },
    ];
    for (const e of bad) {
      let err: unknown;
      try {
        renderEntry(e as ProgressEntry);
      } catch (x) {
        err = x;
      }
      expect(err).toBeInstanceOf(WriteError);
      expect((err as WriteError).code).toBe('invalid-entry');
    }
  });
});
