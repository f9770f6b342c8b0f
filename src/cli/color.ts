import { Chalk, type ChalkInstance } from 'chalk';

/**
 * chalk alone ignores NO_COLOR (pitfalls.md); one instance decided here is passed to every renderer.
 * Order: --no-color / --color flags, then NO_COLOR, then FORCE_COLOR, then whether stdout is a terminal.
 */
export function chalkFor(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): ChalkInstance {
  let on: boolean;
  if (flag !== undefined) on = flag;
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') on = false;
  else if (env.FORCE_COLOR !== undefined) on = env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  else on = isTTY && env.TERM !== 'dumb';
  return new Chalk({ level: on ? 1 : 0 });
}
