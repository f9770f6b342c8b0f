import { afterAll, describe, it, expect } from 'vitest';
import { elapsedShare, periodRange } from '../../src/report/periods.js';
import { findOverdue } from '../../src/report/overdue.js';
import { evaluateTarget } from '../../src/report/variance.js';
import { checkIn, figure, plan, target, task } from './fixtures.js';

// Setting process.env.TZ takes effect at once in Node (checked below with getTimezoneOffset), so
// the same calls can be repeated under zones on both sides of UTC, with and without DST.
const ZONES = ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo', 'UTC'];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

function snapshot() {
  const ranges = ['2024', '2024-01', '2024-02', '2024-03', '2024-Q1', '2024-H2', '2024-9M', '2024-11'].flatMap((c) => [
    periodRange(c, 'nd-09-2019'),
    periodRange(c, 'calendar'),
  ]);
  const shares = ['2024-03-10', '2024-03-31', '2024-11-03', '2024-12-31'].map((d) =>
    elapsedShare({ start: '2024-01-01', end: '2024-12-31' }, d),
  );
  const row = evaluateTarget(target({ kind: 'at-least', value: 3660 }, { accrual: 'sum', pace: 'even' }), [figure('2024-03-10', 700)], {
    asOf: '2024-03-10',
    window: { start: '2024-01-01', end: '2024-12-31' },
  });
  const overdue = findOverdue(
    plan([task('w', { cadence: 'weekly' }), task('m', { cadence: 'monthly' }), task('d', { due: '2024-11-03' })]),
    [checkIn('w', '2024-03-03'), checkIn('m', '2024-10-10')],
    { asOf: '2024-11-04', within: 30 },
  );
  return { ranges, shares, pace: row.pace, verdict: row.verdict, overdue };
}

describe('results do not depend on the time zone', () => {
  it('process.env.TZ switches the zone in this runner', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(480);
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(-420);
  });

  it('periods, shares, verdicts and overdue items are identical in every zone', () => {
    process.env.TZ = 'UTC';
    const reference = snapshot();
    // Spot checks on days next to DST changes (LA: 10/03 and 03/11/2024).
    expect(reference.shares[0]).toBeCloseTo(70 / 366, 12);
    expect(reference.overdue.find((i) => i.id === 'w')).toMatchObject({ due: '2024-03-10', daysLate: 239 });
    // Monthly under Nghị định 09: 10/10 covers 2024-10 (15/09–14/10); 2024-11 is due 14/11.
    expect(reference.overdue.find((i) => i.id === 'm')).toMatchObject({ due: '2024-11-14', daysLate: -10, upcoming: true });
    // Pace on 10/03 (a DST day in LA): 70 of 366 days of 3.660.
    expect(reference.pace).toMatchObject({ date: '2024-03-10', status: 'on-track' });
    expect(reference.pace!.expected).toBeCloseTo(700, 9);
    expect(reference.overdue.find((i) => i.id === 'd')).toMatchObject({ daysLate: 1 });
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect({ zone, ...snapshot() }).toEqual({ zone, ...reference });
    }
  });
});
