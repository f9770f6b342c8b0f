import { describe, expect, it } from 'vitest';
import { lateCounts, missedByUnit, missedLine } from '../../src/document/report-missed.js';
import type { OverdueItem } from '../../src/report/overdue.js';
import { runsText } from '../../src/render/document-value-text.js';

/**
 * Missed periodic reports in part II of the báo cáo (issue 11: an ongoing task has not reported for
 * `missed` periods; it is not "late by 121 days"). A table: the overdue items → every unit's line.
 */
const UNITS = { ca: 'Công an phường', vp: 'Văn phòng - Thống kê', vh: 'Công chức Văn hóa - Xã hội' };

function checkIn(id: string, lead: string, missed: number, period: string, since: string, over: Partial<OverdueItem> = {}): OverdueItem {
  return { id, section: 'II.1', text: `Nhiệm vụ ${id}`, leadUnit: lead, kind: 'check-in', due: since, daysLate: 30, upcoming: false, missed, since, period, lastCheckIn: null, status: null, ...over };
}
const deadline = (id: string, lead: string): OverdueItem => ({ ...checkIn(id, lead, 0, '', ''), kind: 'deadline', missed: null, since: null, period: null, due: '2024-03-31' });

type Case = [label: string, items: OverdueItem[], lines: string[], counts: { late: number; missed: number }];

const CASES: Case[] = [
  ['none', [], [], { late: 0, missed: 0 }],
  ['one task of one unit, monthly', [checkIn('a', 'ca', 4, '2024-02', '2024-01-15')], ['Công an phường: 1 nhiệm vụ, chưa báo cáo 4 kỳ (từ kỳ tháng 2 năm 2024).'], { late: 0, missed: 1 }],
  [
    'two tasks of a unit missing different counts: a range, and the earliest first period',
    [checkIn('a', 'vp', 3, '2024-Q1', '2023-12-15'), checkIn('b', 'vp', 1, '2024-Q2', '2024-03-15')],
    ['Văn phòng - Thống kê: 2 nhiệm vụ, chưa báo cáo từ 1 đến 3 kỳ (từ kỳ quý I năm 2024).'],
    { late: 0, missed: 2 },
  ],
  [
    'units in the overdue order (the longest silence first); deadlines are not missed reports',
    [deadline('d', 'ca'), checkIn('a', 'vh', 5, '2024-01', '2023-12-15'), checkIn('b', 'ca', 2, '2024-H1', '2023-12-15')],
    ['Công chức Văn hóa - Xã hội: 1 nhiệm vụ, chưa báo cáo 5 kỳ (từ kỳ tháng 1 năm 2024).', 'Công an phường: 1 nhiệm vụ, chưa báo cáo 2 kỳ (từ kỳ 6 tháng đầu năm 2024).'],
    { late: 1, missed: 2 },
  ],
  ['a weekly task: its first missed week by its Monday', [checkIn('w', 'ca', 3, '2024-06-03', '2024-06-03')], ['Công an phường: 1 nhiệm vụ, chưa báo cáo 3 kỳ (từ ngày 03/06/2024).'], { late: 0, missed: 1 }],
  ['an upcoming report is not missed', [checkIn('u', 'ca', 0, '2024-07', '2024-06-15', { upcoming: true, daysLate: -3 })], [], { late: 0, missed: 0 }],
  ['a unit the plan does not name: its id', [checkIn('x', 'hoi-nd', 1, '2024-06', '2024-05-15')], ['hoi-nd: 1 nhiệm vụ, chưa báo cáo 1 kỳ (từ kỳ tháng 6 năm 2024).'], { late: 0, missed: 1 }],
];

describe('missed periodic reports by unit', () => {
  it.each(CASES)('%s', (_label, items, lines, counts) => {
    expect(missedByUnit(items, UNITS).map((m) => runsText(missedLine(m), 'vi'))).toEqual(lines);
    expect(lateCounts({ overdue: items })).toEqual(counts);
  });
});
