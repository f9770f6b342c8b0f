import type { ChalkInstance } from 'chalk';
import type { CliMessages } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import type { FolderJob, FolderResult } from './validate-folder.js';
import type { PlanCacheSettings } from '../load/plan-cache.js';

/** Starts worker threads that run validateFolders (bin/plan.js knows how to start the bundle in one). */
export interface PlanWorkers {
  count: number;
  run: (folders: readonly string[], job: FolderJob) => Promise<FolderResult[]>;
}
import type { IO } from './io.js';

/** What every command handler gets: the outside world, the language and the colours. */
export interface CommandContext {
  io: IO;
  lang: Lang;
  text: CliMessages;
  /** The one colour decision (color.ts): --color/--no-color anywhere on the line, NO_COLOR, FORCE_COLOR, the terminal. */
  chalk: ChalkInstance;
  /** Worker threads for checking many plans; undefined unless run as the built CLI. */
  workers: PlanWorkers | undefined;
  /** Where checked plan files are cached; undefined (no cache) unless run as the built CLI. */
  planCache: PlanCacheSettings | undefined;
}
