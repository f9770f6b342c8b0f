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

describe('findOverdue: cadences', () => {
  it('monthly, never checked in: due one month after the plan start', () => {
    const p = plan([task('m', { cadence: 'monthly' })]);
    expect(findOverdue(p, [], { asOf: '2024-02-01' })).toEqual([]);
    expect(findOverdue(p, [], { asOf: '2024-02-03' })[0]).toMatchObject({ kind: 'check-in', due: '2024-02-01', daysLate: 2, lastCheckIn: null });
  });

  it('uses the plan start from the header when given', () => {
    const p = plan([task('m', { cadence: 'monthly' })], { header: header({ start: '2024-01-19' }) });
    expect(findOverdue(p, [], { asOf: '2024-02-25' })[0]).toMatchObject({ due: '2024-02-19', daysLate: 6 });
  });

  it('counts from the last check-in (any entry dated <= asOf)', () => {
    const p = plan([task('m', { cadence: 'monthly' })]);
    const entries = [checkIn('m', '2024-01-31', { note: 'báo cáo tháng 1' }), checkIn('m', '2024-05-01')];
    // 31/01 + 1 month = 29/02 (clamped, leap year); the May entry is after asOf.
    expect(findOverdue(p, entries, { asOf: '2024-03-04' })[0]).toMatchObject({ due: '2024-02-29', daysLate: 4, lastCheckIn: '2024-01-31' });
  });

  it.each([
    ['weekly', '2024-03-08'],
    ['monthly', '2024-04-01'],
    ['quarterly', '2024-06-01'],
    ['half-yearly', '2024-09-01'],
    ['yearly', '2025-03-01'],
  ] as const)('%s: next check-in after 01/03/2024 is %s', (cadence, due) => {
    const p = plan([task('c', { cadence })], { header: header({ end: '2025-12-31' }) });
    const entries = [checkIn('c', '2024-03-01')];
    const dayAfter = findOverdue(p, entries, { asOf: '2030-01-01' })[0];
    expect(dayAfter?.due).toBe(due);
  });

  it('ongoing tasks that are done or cancelled are not late', () => {
    const p = plan([task('m', { cadence: 'monthly' }), task('n', { cadence: 'monthly' })]);
    const entries = [checkIn('m', '2024-01-10', { status: 'done' }), checkIn('n', '2024-01-10', { status: 'cancelled' })];
    expect(findOverdue(p, entries, { asOf: '2024-06-01' })).toEqual([]);
  });

  it('no check-in is asked for after the plan ends', () => {
    const p = plan([task('m', { cadence: 'monthly' })]);
    expect(findOverdue(p, [checkIn('m', '2024-12-10')], { asOf: '2025-03-01' })).toEqual([]);
    expect(findOverdue(p, [checkIn('m', '2024-11-20')], { asOf: '2025-03-01' })[0]?.due).toBe('2024-12-20');
  });

  it('a task with both due and cadence yields one item, the later-running', () => {
    const p = plan([task('b', { due: '2024-06-30', cadence: 'monthly' })]);
    const r = findOverdue(p, [checkIn('b', '2024-05-01')], { asOf: '2024-07-10' });
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ kind: 'check-in', due: '2024-06-01', daysLate: 39 });
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

  it('within also applies to check-ins', () => {
    const q = plan([task('w', { cadence: 'weekly' })]);
    const r = findOverdue(q, [checkIn('w', '2024-05-28')], { asOf: '2024-05-31', within: 5 });
    expect(r[0]).toMatchObject({ kind: 'check-in', due: '2024-06-04', daysLate: -4, upcoming: true });
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
