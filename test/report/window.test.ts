import { describe, it, expect } from 'vitest';
import { planRange, targetWindow } from '../../src/report/window.js';
import { header, target } from './fixtures.js';

describe('planRange and targetWindow', () => {
  it('defaults the plan span to the plan year', () => {
    expect(planRange(header())).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(planRange(header({ start: '2024-01-19' }))).toEqual({ start: '2024-01-19', end: '2024-12-31' });
  });

  it('a target with a named period uses it; else the report period; else the plan', () => {
    const h = header({ periods: [{ id: 'nam-hoc', name: 'năm học 2024-2025', start: '2024-09-05', end: '2025-05-31' }] });
    const t = target({ kind: 'at-least', value: 95 });
    expect(targetWindow(h, { ...t, period: 'nam-hoc' }, { period: '2024', convention: 'calendar' })).toEqual({ start: '2024-09-05', end: '2025-05-31' });
    expect(targetWindow(h, t, { period: '2024-Q2', convention: 'nd-09-2019' })).toEqual({ start: '2024-03-15', end: '2024-06-14' });
    expect(targetWindow(h, t, { convention: 'nd-09-2019' })).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(targetWindow(h, { ...t, period: 'unknown' }, { convention: 'calendar' })).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
});
