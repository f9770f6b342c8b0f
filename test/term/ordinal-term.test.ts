import { describe, expect, it } from 'vitest';
import { actualWords, plannedText } from '../../src/document/plan-text.js';
import { targetSentence } from '../../src/document/report-sentences.js';
import { noteValue } from '../../src/document/target-cells.js';
import { buildStatusReport } from '../../src/report/status-report.js';
import { termPlan } from '../helpers/term-plan.js';

/**
 * A state (yes/no) or a level (on an ordered scale) in a term plan (issue 13): nothing accrues, so
 * no figure is expected by a date inside the term. The rule (docs/quy-tac-danh-gia.md, "Trạng thái
 * và mức xếp loại trong kế hoạch nhiệm kỳ"), as a table of cases: kind × over × date (inside the
 * term, at a year's cut-off, after the term) × figure → every cell of the row: the plan text, the
 * figure in words, the verdict, whether it is final, the variance, the ratio, "cùng kỳ", the note.
 * Term 2021-2025 under Nghị định 09/2019: a year runs 15/12 to 14/12, the term 15/12/2020 to 14/12/2025.
 */
const SCALE = '[Không hoàn thành nhiệm vụ, Hoàn thành nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành xuất sắc nhiệm vụ]';
const state = (id: string, goal: 'achieve' | 'keep', over: 'year' | 'term', wording: string) => `  - id: ${id}
    name: ${id}
    wording: "${wording}"
    unit: trạng thái
    comparison: { kind: state, goal: ${goal} }
    over: ${over}
    direction: higher
    accrual: level
    lead: vh-xh
`;
const level = (id: string, over: 'year' | 'term', wording: string) => `  - id: ${id}
    name: ${id}
    wording: "${wording}"
    unit: mức
    comparison: { kind: level, scale: ${SCALE}, level: Hoàn thành tốt nhiệm vụ }
    over: ${over}
    direction: higher
    accrual: level
    lead: vh-xh
`;
const NTM = 'Đến năm 2025 xây dựng xã đạt nông thôn mới nâng cao.';
const Y_TE = 'Duy trì xã đạt chuẩn quốc gia về y tế.';
const DANG_BO = 'Đảng bộ xã hàng năm đạt: hoàn thành tốt nhiệm vụ trở lên.';
const TARGETS = `targets:
${state('ntm-trong', 'achieve', 'term', NTM)}${state('ntm-chua', 'achieve', 'term', NTM)}${state('ntm-dat', 'achieve', 'term', NTM)}${state('y-te-ky', 'keep', 'term', Y_TE)}${state('y-te-nam', 'keep', 'year', Y_TE)}${level('dang-bo-nam', 'year', DANG_BO)}${level('dang-bo-ky', 'term', 'Đến năm 2025 Đảng bộ xã đạt: hoàn thành tốt nhiệm vụ trở lên.')}`;
const ENTRIES = `entries:
  - { target: ntm-chua, date: 2022-12-10, value: 0 }
  - { target: ntm-chua, date: 2023-12-10, value: 0 }
  - { target: ntm-dat, date: 2023-05-20, value: 1 }
  - { target: y-te-ky, date: 2022-12-10, value: 1 }
  - { target: y-te-ky, date: 2024-11-30, value: 0 }
  - { target: y-te-nam, date: 2022-12-10, value: 1 }
  - { target: y-te-nam, date: 2023-12-10, value: 0 }
  - { target: dang-bo-nam, date: 2022-12-10, value: 2 }
  - { target: dang-bo-nam, date: 2023-12-10, value: 4 }
  - { target: dang-bo-ky, date: 2023-12-10, value: 2 }
  - { target: dang-bo-ky, date: 2025-12-05, value: 4 }
`;

interface Case {
  id: string;
  asOf: string;
  period?: string;
  /** plan text | figure in words | verdict (final or provisional) | variance | ratio | cùng kỳ | note */
  cells: string;
}

const CASES: Case[] = [
  // A state to achieve by the term's end ("đến năm 2025"): no figure yet, whenever.
  { id: 'ntm-trong', asOf: '2023-06-14', cells: 'đạt (đến năm 2025) | - | no-data | - | - | - | -' },
  { id: 'ntm-trong', asOf: '2025-12-14', cells: 'đạt (đến năm 2025) | - | no-data | - | - | - | -' },
  // Not reached inside the term: "Chưa đạt", under way (nothing is expected by now), never "Không đạt";
  // also at the cut-off of a year (14/12/2023), which closes the year, not the term.
  { id: 'ntm-chua', asOf: '2023-06-14', cells: 'đạt (đến năm 2025) | chưa đạt | not-yet | - | - | - | Đang thực hiện, hạn năm 2025' },
  { id: 'ntm-chua', asOf: '2023-12-14', cells: 'đạt (đến năm 2025) | chưa đạt | not-yet | - | - | - | Đang thực hiện, hạn năm 2025' },
  { id: 'ntm-chua', asOf: '2025-06-14', period: '2025-H1', cells: 'đạt (đến năm 2025) | chưa đạt | not-yet | - | - | - | Đang thực hiện, hạn năm 2025' },
  // Not reached when the term has ended: "Không đạt", final; the note is gone.
  { id: 'ntm-chua', asOf: '2025-12-14', cells: 'đạt (đến năm 2025) | chưa đạt | missed final | - | - | - | -' },
  { id: 'ntm-chua', asOf: '2026-03-01', cells: 'đạt (đến năm 2025) | chưa đạt | missed final | - | - | - | -' },
  // Reached early: "Đạt" at once (provisional until the term ends), as mid-term reviews count it;
  // a state is never "Vượt".
  { id: 'ntm-dat', asOf: '2023-06-14', cells: 'đạt (đến năm 2025) | đạt | met | - | - | - | -' },
  { id: 'ntm-dat', asOf: '2025-12-14', cells: 'đạt (đến năm 2025) | đạt | met final | - | - | - | -' },
  // A state kept over the term: the latest figure counts; lost inside the term it is to be regained
  // (under way), lost at the term's end it is "Không đạt".
  { id: 'y-te-ky', asOf: '2023-12-14', cells: 'duy trì (đến năm 2025) | đạt | met | - | - | - | -' },
  { id: 'y-te-ky', asOf: '2024-12-14', cells: 'duy trì (đến năm 2025) | chưa đạt | not-yet | - | - | - | Đang thực hiện, hạn năm 2025' },
  { id: 'y-te-ky', asOf: '2025-12-14', cells: 'duy trì (đến năm 2025) | chưa đạt | missed final | - | - | - | -' },
  // A state kept every year ("Duy trì", over: year): judged in the report's year, on that year's figure.
  // Mid-2023 the 2022 figure does not count for 2023: no figure; at the 2023 cut-off, lost: "Không đạt".
  { id: 'y-te-nam', asOf: '2022-12-14', cells: 'duy trì (năm 2022) | đạt | met final | - | - | - | -' },
  { id: 'y-te-nam', asOf: '2023-06-14', cells: 'duy trì (năm 2023) | - | no-data | - | - | - | -' },
  { id: 'y-te-nam', asOf: '2023-12-14', cells: 'duy trì (năm 2023) | chưa đạt | missed final | - | - | - | -' },
  // A level every year ("hàng năm ... hoàn thành tốt nhiệm vụ trở lên"): each year on its own; a
  // higher level "Vượt" once the year has closed; no ratio to last year's rank (4/2 is not "200%").
  { id: 'dang-bo-nam', asOf: '2022-12-14', cells: 'Hoàn thành tốt nhiệm vụ trở lên (năm 2022) | Hoàn thành nhiệm vụ | missed final | - | - | - | -' },
  { id: 'dang-bo-nam', asOf: '2023-12-14', cells: 'Hoàn thành tốt nhiệm vụ trở lên (năm 2023) | Hoàn thành xuất sắc nhiệm vụ | exceeded final | - | - | - | -' },
  { id: 'dang-bo-nam', asOf: '2024-06-14', cells: 'Hoàn thành tốt nhiệm vụ trở lên (năm 2024) | - | no-data | - | - | - | -' },
  // A level by the term's end: below it inside the term, under way; above it at the end, "Vượt".
  { id: 'dang-bo-ky', asOf: '2023-12-14', cells: 'Hoàn thành tốt nhiệm vụ trở lên (đến năm 2025) | Hoàn thành nhiệm vụ | not-yet | - | - | - | Đang thực hiện, hạn năm 2025' },
  { id: 'dang-bo-ky', asOf: '2025-12-14', cells: 'Hoàn thành tốt nhiệm vụ trở lên (đến năm 2025) | Hoàn thành xuất sắc nhiệm vụ | exceeded final | - | - | - | -' },
];

const cell = (v: number | null) => (v === null ? '-' : String(Math.round(v * 100) / 100));

describe('a state or a level in a term plan (table of cases)', () => {
  const plan = termPlan(TARGETS, ENTRIES);
  const rowOf = (c: Pick<Case, 'id' | 'asOf' | 'period'>) =>
    buildStatusReport(plan, { asOf: c.asOf, convention: 'nd-09-2019', ...(c.period ? { period: c.period } : {}) }).targets.find((x) => x.id === c.id)!;

  it.each(CASES)('$id as of $asOf $period', (c) => {
    const row = rowOf(c);
    const note = noteValue(row, 'vi');
    const cells = [
      plannedText(row, 'vi'),
      actualWords(row, 'vi') ?? '-',
      `${row.verdict}${row.final ? ' final' : ''}`,
      cell(row.variance),
      cell(row.ratio),
      cell(row.ratioToPrevious),
      note.kind === 'text' ? note.text : '-',
    ].join(' | ');
    expect(cells).toBe(c.cells);
    // The JSON says the same: under way exactly where the note says it.
    expect(row.term?.underWay).toBe(note.kind === 'text' && note.text.startsWith('Đang thực hiện'));
  });

  it('the báo cáo words a state under way after its verdict, in English the table says it too', () => {
    const row = rowOf({ id: 'ntm-chua', asOf: '2023-06-14' });
    const words = targetSentence(row).map((r) => (r.kind === 'text' ? r.text : '')).join('');
    expect(words).toBe('ntm-chua: chưa đạt (kế hoạch đạt); chưa đạt kế hoạch, đang thực hiện, hạn năm 2025.');
    expect(noteValue(row, 'en')).toEqual({ kind: 'text', text: 'Under way, due by 2025' });
  });

  it('an entry note stays after the under-way words', () => {
    const row = { ...rowOf({ id: 'ntm-chua', asOf: '2023-06-14' }), note: 'Còn 3 tiêu chí' };
    expect(noteValue(row, 'vi')).toEqual({ kind: 'text', text: 'Đang thực hiện, hạn năm 2025; Còn 3 tiêu chí' });
  });
});
