import { describe, it, expect } from 'vitest';
import { findOverdue, groupByLead } from '../../src/report/overdue.js';
import { checkIn, header, plan, task } from './fixtures.js';

describe('findOverdue: deadlines', () => {
  const p = plan([task('tet', { due: '2024-02-09', lead: 'vp-tk' })]);

  it('is not late on the due day (a date means the end of that day), late the day after', () => {
    expect(findOverdue(p, [], { asOf: '2024-02-09' })).toEqual([]);
    expect(findOverdue(p, [], { asOf: '2024-02-10' })).toEqual([
      {
        id: 'tet',
        section: 'II.1',
        text: 'Nhiệm vụ tet',
        leadUnit: 'vp-tk',
        due: '2024-02-09',
        daysLate: 1,
        upcoming: false,
        kind: 'deadline',
        missed: null,
        since: null,
        period: null,
        lastCheckIn: null,
        status: null,
      },
    ]);
  });

  it('counts days across month ends and 29 February', () => {
    const q = plan([task('a', { due: '2024-02-28' })]);
    expect(findOverdue(q, [], { asOf: '2024-03-01' })[0]?.daysLate).toBe(2);
  });

  it('done or cancelled on or before asOf: not late', () => {
    expect(findOverdue(p, [checkIn('tet', '2024-02-08', { status: 'done' })], { asOf: '2024-03-01' })).toEqual([]);
    expect(findOverdue(p, [checkIn('tet', '2024-02-20', { status: 'cancelled' })], { asOf: '2024-03-01' })).toEqual([]);
  });

  it('done after asOf does not count yet; in progress or blocked stays late', () => {
    expect(findOverdue(p, [checkIn('tet', '2024-03-05', { status: 'done' })], { asOf: '2024-03-01' })).toHaveLength(1);
    const r = findOverdue(p, [checkIn('tet', '2024-02-05', { status: 'blocked' })], { asOf: '2024-03-01' });
    expect(r[0]).toMatchObject({ status: 'blocked', lastCheckIn: '2024-02-05', daysLate: 21 });
  });

  it('the latest status counts: a later in-progress reopens a done task', () => {
    const entries = [checkIn('tet', '2024-02-05', { status: 'done' }), checkIn('tet', '2024-02-12', { status: 'in-progress' })];
    expect(findOverdue(p, entries, { asOf: '2024-03-01' })[0]?.status).toBe('in-progress');
  });

  it('a task with neither due nor cadence is never listed', () => {
    expect(findOverdue(plan([task('x')]), [], { asOf: '2024-12-31' })).toEqual([]);
  });
});

/**
 * Missed check-ins (issue 11, item 8): cadence × convention × check-in dates → how many reporting
 * periods were missed since the last covered one, and the first of them. The fixture plan is issued
 * on 19/01/2024 (periods that ended before are skipped) and runs 01/01–31/12/2024.
 */
type Row = {
  name: string;
  cadence: 'weekly' | 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';
  convention: 'nd-09-2019' | 'calendar';
  checkIns: (string | [date: string, period: string])[];
  asOf: string;
  dueWorkingDays?: number;
  /** missed, first missed period, its due day; null: no item. */
  expect: [missed: number, period: string, due: string] | null;
};

const MISSED: Row[] = [
  { name: 'monthly NĐ 09, on the cut-off day: not missed yet', cadence: 'monthly', convention: 'nd-09-2019', checkIns: [], asOf: '2024-02-14', expect: null },
  { name: 'monthly NĐ 09, the day after: period 2024-02 (15/01–14/02) missed; 2024-01 ended before the plan', cadence: 'monthly', convention: 'nd-09-2019', checkIns: [], asOf: '2024-02-15', expect: [1, '2024-02', '2024-02-14'] },
  { name: 'monthly NĐ 09, none all year: "chưa báo cáo 11 kỳ"', cadence: 'monthly', convention: 'nd-09-2019', checkIns: [], asOf: '2024-12-31', expect: [11, '2024-02', '2024-02-14'] },
  { name: 'monthly NĐ 09, untagged 20/06 covers 2024-07 (15/06–14/07)', cadence: 'monthly', convention: 'nd-09-2019', checkIns: ['2024-06-20'], asOf: '2024-12-31', expect: [5, '2024-08', '2024-08-14'] },
  { name: 'monthly NĐ 09, tagged 2024-06 covers June', cadence: 'monthly', convention: 'nd-09-2019', checkIns: [['2024-06-20', '2024-06']], asOf: '2024-12-31', expect: [6, '2024-07', '2024-07-14'] },
  { name: 'monthly NĐ 09, the last period covered: nothing missed', cadence: 'monthly', convention: 'nd-09-2019', checkIns: ['2024-12-10'], asOf: '2024-12-31', expect: null },
  { name: 'monthly NĐ 09, due 2 working days after the cut-off (Wed 14/02 → Fri 16/02)', cadence: 'monthly', convention: 'nd-09-2019', checkIns: [], asOf: '2024-02-16', dueWorkingDays: 2, expect: null },
  { name: 'monthly NĐ 09, due 2 working days: missed on 17/02', cadence: 'monthly', convention: 'nd-09-2019', checkIns: [], asOf: '2024-02-17', dueWorkingDays: 2, expect: [1, '2024-02', '2024-02-16'] },
  { name: 'monthly calendar, none all year: January to November (December due 31/12)', cadence: 'monthly', convention: 'calendar', checkIns: [], asOf: '2024-12-31', expect: [11, '2024-01', '2024-01-31'] },
  { name: 'quarterly NĐ 09 at 31/12: Q1–Q4 (Q4 ends 14/12)', cadence: 'quarterly', convention: 'nd-09-2019', checkIns: [], asOf: '2024-12-31', expect: [4, '2024-Q1', '2024-03-14'] },
  { name: 'quarterly calendar at 31/12: Q1–Q3', cadence: 'quarterly', convention: 'calendar', checkIns: [], asOf: '2024-12-31', expect: [3, '2024-Q1', '2024-03-31'] },
  { name: 'quarterly NĐ 09, a check-in in Q3: Q4 only', cadence: 'quarterly', convention: 'nd-09-2019', checkIns: ['2024-08-01'], asOf: '2024-12-31', expect: [1, '2024-Q4', '2024-12-14'] },
  { name: 'half-yearly NĐ 09 at 31/12: H1 and H2', cadence: 'half-yearly', convention: 'nd-09-2019', checkIns: [], asOf: '2024-12-31', expect: [2, '2024-H1', '2024-06-14'] },
  { name: 'half-yearly calendar at 31/12: H1', cadence: 'half-yearly', convention: 'calendar', checkIns: [], asOf: '2024-12-31', expect: [1, '2024-H1', '2024-06-30'] },
  { name: 'yearly NĐ 09 at 31/12: the year (15/12/2023–14/12/2024) missed', cadence: 'yearly', convention: 'nd-09-2019', checkIns: [], asOf: '2024-12-31', expect: [1, '2024', '2024-12-14'] },
  { name: 'yearly NĐ 09 at 14/12: not yet', cadence: 'yearly', convention: 'nd-09-2019', checkIns: [], asOf: '2024-12-14', expect: null },
  { name: 'yearly calendar at 31/12: not yet', cadence: 'yearly', convention: 'calendar', checkIns: [], asOf: '2024-12-31', expect: null },
  { name: 'yearly calendar at 01/01/2025: missed', cadence: 'yearly', convention: 'calendar', checkIns: [], asOf: '2025-01-01', expect: [1, '2024', '2024-12-31'] },
  { name: 'yearly NĐ 09, a check-in on 10/12: covered', cadence: 'yearly', convention: 'nd-09-2019', checkIns: ['2024-12-10'], asOf: '2025-01-10', expect: null },
  { name: 'weekly at Thu 01/02: weeks ending 21/01 and 28/01 (earlier weeks ended before the plan)', cadence: 'weekly', convention: 'nd-09-2019', checkIns: [], asOf: '2024-02-01', expect: [2, '2024-01-15', '2024-01-21'] },
  { name: 'weekly, a check-in on Tue 23/01 covers its week', cadence: 'weekly', convention: 'calendar', checkIns: ['2024-01-23'], asOf: '2024-02-01', expect: null },
];

describe('findOverdue: missed check-ins (cadence × convention × check-ins)', () => {
  for (const row of MISSED) {
    it(row.name, () => {
      const p = plan([task('m', { cadence: row.cadence })], {
        header: header({ reporting: { convention: row.convention, ...(row.dueWorkingDays === undefined ? {} : { dueWorkingDays: row.dueWorkingDays }) } }),
      });
      const entries = row.checkIns.map((c) => (typeof c === 'string' ? checkIn('m', c) : checkIn('m', c[0], { period: c[1] })));
      const r = findOverdue(p, entries, { asOf: row.asOf });
      if (row.expect === null) expect(r).toEqual([]);
      else {
        const [missed, period, due] = row.expect;
        expect(r).toHaveLength(1);
        expect(r[0]).toMatchObject({ kind: 'check-in', missed, period, due, upcoming: false });
      }
    });
  }

  it('since: the start of the first missed period; daysLate from its due day', () => {
    const p = plan([task('m', { cadence: 'monthly' })]);
    expect(findOverdue(p, [], { asOf: '2024-03-01' })[0]).toMatchObject({ missed: 1, since: '2024-01-15', due: '2024-02-14', daysLate: 16 });
  });

  it('ongoing tasks that are done or cancelled are not late', () => {
    const p = plan([task('m', { cadence: 'monthly' })]);
    expect(findOverdue(p, [checkIn('m', '2024-01-20', { status: 'done' })], { asOf: '2024-12-31' })).toEqual([]);
  });

  it('a task with both due and cadence gives both items, the deadline first', () => {
    const p = plan([task('b', { cadence: 'monthly', due: '2024-03-01' })]);
    const r = findOverdue(p, [], { asOf: '2024-04-01' });
    expect(r.map((i) => [i.kind, i.missed])).toEqual([
      ['deadline', null],
      ['check-in', 2],
    ]);
  });
});

describe('findOverdue: within, order', () => {
  const p = plan([
    task('late-2', { due: '2024-05-29', lead: 'vp-tk' }),
    task('today', { due: '2024-05-31' }),
    task('soon', { due: '2024-06-07', lead: 'ca' }),
    task('later', { due: '2024-06-08' }),
    task('late-10a', { due: '2024-05-21', lead: 'vp-tk' }),
    task('late-10b', { due: '2024-05-21', lead: 'ca' }),
    task('late-10c', { due: '2024-05-21', lead: 'ca' }),
  ]);

  it('without within: only late tasks, most late first, then lead unit, then id', () => {
    const r = findOverdue(p, [], { asOf: '2024-05-31' });
    expect(r.map((i) => [i.id, i.daysLate])).toEqual([
      ['late-10b', 10],
      ['late-10c', 10],
      ['late-10a', 10],
      ['late-2', 2],
    ]);
    expect(r.every((i) => !i.upcoming)).toBe(true);
  });

  it('with within N: also tasks falling due in [asOf, asOf + N], flagged upcoming', () => {
    const r = findOverdue(p, [], { asOf: '2024-05-31', within: 7 });
    expect(r.map((i) => [i.id, i.daysLate, i.upcoming])).toEqual([
      ['late-10b', 10, false],
      ['late-10c', 10, false],
      ['late-10a', 10, false],
      ['late-2', 2, false],
      ['today', 0, true],
      ['soon', -7, true],
    ]);
  });

  it('within also applies to check-ins: the next report due', () => {
    const q = plan([task('w', { cadence: 'weekly' })]);
    // Fri 31/05: this week (27/05–02/06) is covered by 28/05; the next week's report is due Sun 09/06.
    expect(findOverdue(q, [checkIn('w', '2024-05-28')], { asOf: '2024-05-31', within: 5 })).toEqual([]);
    const r = findOverdue(q, [checkIn('w', '2024-05-28')], { asOf: '2024-05-31', within: 9 });
    expect(r[0]).toMatchObject({ kind: 'check-in', due: '2024-06-09', daysLate: -9, upcoming: true, missed: 0, period: '2024-06-03' });
  });
});

describe('groupByLead', () => {
  it('groups by lead unit ordered by Vietnamese name, items keep their order', () => {
    const p = plan([task('a', { due: '2024-01-02', lead: 'vp-tk' }), task('b', { due: '2024-01-03', lead: 'ca' }), task('c', { due: '2024-01-05', lead: 'dc' }), task('d', { due: '2024-01-04', lead: 'zz' })]);
    const groups = groupByLead(findOverdue(p, [], { asOf: '2024-02-01' }), p.units);
    // Công an < Địa chính < Văn phòng < zz (undeclared unit: its id) under Intl.Collator('vi').
    expect(groups.map((g) => [g.lead, g.name, g.items.map((i) => i.id)])).toEqual([
      ['ca', 'Công an phường', ['b']],
      ['dc', 'Địa chính - Xây dựng', ['c']],
      ['vp-tk', 'Văn phòng - Thống kê', ['a']],
      ['zz', 'zz', ['d']],
    ]);
  });
});
