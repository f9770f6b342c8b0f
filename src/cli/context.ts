import type { ChalkInstance } from 'chalk';
import type { CliMessages } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import type { PlanCacheSettings } from '../load/plan-cache.js';
import type { IO } from './io.js';

/** What every command handler gets: the outside world, the language and the colours. */
export interface CommandContext {
  io: IO;
  lang: Lang;
  text: CliMessages;
  /** Built per command from --color/--no-color, NO_COLOR and the terminal. */
  chalkFor: (flag: boolean | undefined) => ChalkInstance;
  /** Where checked plan files are cached; undefined (no cache) unless run as the built CLI. */
  planCache: PlanCacheSettings | undefined;
}
