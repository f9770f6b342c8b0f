import { describe, expect, it } from 'vitest';
import type { IO } from '../../src/cli/io.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { walkDueTasks } from '../../src/record/due-walk.js';
import { findOverdue } from '../../src/report/overdue.js';
import { copyExample } from '../helpers/plan-fixture.js';

/**
 * Issue 14, item 5: `plan record --due` takes one key per task on a terminal that gives keys (raw
 * mode), without Enter; the line prompt is only the fallback (tests and terminals without raw mode
 * go through it: test/record/clerk-day.test.ts).
 */
function keyIO(keys: (string | undefined)[]): { io: IO; asked: () => number } {
  let asked = 0;
  const io: IO = {
    stdout: () => {},
    stderr: () => {},
    env: {},
    cwd: '/',
    stdoutIsTTY: true,
    stdinIsTTY: true,
    columns: 80,
    today: () => {
      throw new Error('the walk read the clock');
    },
    prompt: async () => {
      throw new Error('a line prompt was used where keys are available');
    },
    key: async () => {
      asked++;
      return keys.shift();
    },
  };
  return { io, asked: () => asked };
}

describe('plan record --due, one key per task', () => {
  const AS_OF = '2024-06-20';
  const plans = copyExample();
  const plan = loadPlan(`${plans}/2024`, plans).plan!;
  const due = findOverdue(plan, plan.entries, { asOf: AS_OF }).filter((i) => !i.upcoming);

  it.each([
    [['x', 'đ', '', 't', 'c'], ['done', 'in-progress', null, 'blocked', 'not-started']],
    [['h', 'd', 'b'], ['done', 'in-progress', 'blocked']],
  ])('keys %j give %j (Enter skips)', async (keys, statuses) => {
    expect(due.length).toBeGreaterThan(keys.length);
    const { io } = keyIO([...keys, 'q']);
    const out = await walkDueTasks(plan, { date: AS_OF } as never, { asOf: AS_OF, lang: 'vi', io });
    const expected = statuses.map((s, i) => (s === null ? null : { task: due[i]!.id, status: s })).filter((x) => x !== null);
    expect(out.map((r) => ({ task: r.task, status: r.status }))).toEqual(expected);
  });

  it('an unknown key asks again for the same task; q, Ctrl-C or a closed input stop', async () => {
    const { io, asked } = keyIO(['z', 'x', undefined]);
    const out = await walkDueTasks(plan, { date: AS_OF } as never, { asOf: AS_OF, lang: 'vi', io });
    expect(out.map((r) => [r.task, r.status])).toEqual([[due[0]!.id, 'done']]);
    expect(asked()).toBe(3);
  });
});
