import { PlanFile } from '../model/plan-file.js';

/**
 * zod compiles each object schema into a function on its first parse (its "fastpass"): about a
 * twentieth of a `plan status` start on one ward, where a few hundred objects are checked once, and
 * worth it only over many wards. So this process parses without it until it has read JIT_AFTER
 * characters of plan text. Both ways give the same result (the test plans are all read without it;
 * the bench's many wards with it).
 */
const JIT_AFTER = 1_000_000;
let seen = 0;

export function parsePlanFile(data: unknown, textLength: number) {
  seen += textLength;
  return PlanFile.safeParse(data, seen < JIT_AFTER ? JITLESS : undefined);
}

const JITLESS = { jitless: true } as const;
