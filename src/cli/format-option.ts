import type { CommandContext } from './context.js';
import { UsageError } from './usage-error.js';

/** --format values are checked here rather than by commander, so that the refusal is in the user's language. */
export function parseFormat<const F extends string>(value: string | undefined, allowed: readonly F[], ctx: CommandContext): F {
  if (value === undefined) return allowed[0]!;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(ctx.text.errors.badFormat(value, allowed.join(', ')));
}
