import type { Verdict } from '../report/judge.js';

/** The counts by verdict in the JSON; `tracked` only when there are tracked figures (the contract before the kind had none). */
export function countsJson(counts: Record<Verdict, number>): Partial<Record<Verdict, number>> {
  const { tracked, ...rest } = counts;
  return tracked > 0 ? counts : rest;
}
