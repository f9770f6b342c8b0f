import { PlanFile } from '../model/plan-file.js';
import { readingMany } from '../runtime/many-plans.js';

/**
 * zod compiles each object schema into a function on its first parse (its "fastpass"): about a
 * twentieth of a `plan status` start on one ward, where a few hundred objects are checked once, and
 * worth it only over many wards. So it is used only once the process reads many plans. Both ways
 * give the same result (the test plans are all read without it; the bench's many wards with it).
 */
export function parsePlanFile(data: unknown, textLength: number) {
  return PlanFile.safeParse(data, readingMany(textLength) ? undefined : JITLESS);
}

const JITLESS = { jitless: true } as const;
