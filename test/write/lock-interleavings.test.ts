import { describe, expect, it, vi } from 'vitest';
import { check, makeRun, runCase } from './lock-model-cases.js';
import { describeSchedule, sample } from './lock-model.js';

// Tokens and temp names come from randomHex: per writer and deterministic here, so a replayed
// schedule reaches the same state (see writer-random.ts).
vi.mock('../../src/runtime/node-crypto.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/runtime/node-crypto.js')>();
  const { deterministicBytes } = await import('./writer-random.js');
  const randomHex = (size: number) => deterministicBytes(size)?.toString('hex') ?? orig.randomHex(size);
  return { ...orig, randomHex };
});

/**
 * Done-when of issue 9: three writers driven through every order of the lock's file operations
 * (everything touching `<file>.lock`, its recovery guards or the data file), with a kill of any
 * writer before any operation: never two live writers holding the lock, no write reported done and
 * then lost, every surviving writer ends with its entry written, and the file always parses.
 */

const soak = process.env.PLAN_SOAK === '1';

describe('lock protocol, every interleaving (model checked)', () => {
  // Three writers have 0.2 to 1.2 million states or more (minutes each; figures in
  // docs/reliability.md), two writers with a stale lock and a kill ten thousand: they run in
  // `npm run soak`; `npm test` model-checks the smaller cases and samples three writers (below).
  it.each([
    { writers: 2, staleLock: true, maxKills: 0 },
    { writers: 2, staleLock: false, maxKills: 1 },
    ...(soak
      ? [
          { writers: 2, staleLock: true, maxKills: 1 },
          { writers: 2, staleLock: false, maxKills: 2 },
          { writers: 3, staleLock: true, maxKills: 0 },
          { writers: 3, staleLock: false, maxKills: 1 },
          { writers: 3, staleLock: true, maxKills: 1 },
        ]
      : []),
  ])('$writers writers, stale lock at the start: $staleLock, up to $maxKills kill(s)', { timeout: 4 * 3_600_000 }, async (o) => {
    const r = await runCase(o, soak ? (p) => console.log(`lock model ${JSON.stringify(o)}: ${p.states} states so far, depth ${p.depth}, ${Math.round(p.ms / 1000)} s`) : undefined, 250_000);
    console.log(
      `lock model ${JSON.stringify(o)}: ${r.states} states, ${r.schedules} complete schedules, deepest ${r.maxDepth} operations, ` +
        `${r.restores} restores, ${r.instances} writer instances, ${(r.ms / 1000).toFixed(1)} s, ${r.violations.length} violations`,
    );
    expect(r.shown).toEqual([]);
    expect(r.schedules).toBeGreaterThan(0);
  });

  // The checker must be able to fail: the same writers with a lock whose recovery does not re-read
  // the lock's token under its guard (the race of issue 9, made through the file system they are
  // given, see withoutReRead) are caught holding the lock two at a time.
  it('finds two holders when the recovery does not re-read the token under its guard', async () => {
    const r = await runCase({ writers: 2, staleLock: true, maxKills: 0, broken: true });
    expect(r.shown.length).toBe(1);
    expect(r.shown[0]).toMatch(/^writers A, B hold the lock at once\n  schedule: [A-B ]+$/);
  });
});

describe('three writers under random interleavings', () => {
  it.each([
    { kind: 'update' as const, staleLock: true, maxKills: 1, runs: soak ? 20_000 : 150 },
    { kind: 'append' as const, staleLock: true, maxKills: 0, runs: soak ? 3000 : 40 },
    { kind: 'append' as const, staleLock: true, maxKills: 1, runs: soak ? 3000 : 40 },
  ])('$kind: stale lock at the start, up to $maxKills kill(s), $runs schedules', { timeout: 3_600_000 }, async (o) => {
    const r = await sample({
      makeRun: () => makeRun(3, o.kind, o.staleLock),
      runs: o.runs,
      seed: 9 + o.maxKills,
      maxKills: o.maxKills,
      maxDepth: 400,
      check,
    });
    expect(r.violations.map((v) => `${v.problem}\n  schedule: ${describeSchedule(v.schedule)}`)).toEqual([]);
    expect(r.schedules).toBe(o.runs);
  });
});
