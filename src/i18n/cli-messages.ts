import { EN } from './cli-messages-en.js';
import { VI, type CliMessages } from './cli-messages-vi.js';
import type { Lang } from './lang.js';

/** Help and usage texts of the command line, in both languages (one file a language, typed by the Vietnamese). */
export const CLI_MESSAGES: Record<Lang, CliMessages> = { vi: VI, en: EN };
export type { CliMessages };
