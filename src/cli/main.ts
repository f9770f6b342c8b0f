import { homedir } from 'node:os';
import { join } from 'node:path';
import { CommanderError, type Command } from 'commander';
import type { validateFolders as ValidateFolders } from './validate-folder.js';
import type { PlanCacheSettings } from '../load/plan-cache.js';
import { closest } from '../text/closest.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { isLang, langFrom } from '../i18n/lang.js';
import { chalkFor } from './color.js';
import type { CommandContext, PlanWorkers } from './context.js';
import { EXIT } from './exit-codes.js';
import { ioErrorText } from './io-error.js';
import { processIO, type IO } from './io.js';
import { buildProgram, commandNamed, COMMAND_NAMES, formatHelpTopic } from './program.js';
import { UsageError } from './usage-error.js';

export interface MainOptions {
  /** A hash of the running bundle (bin/plan.js passes it): turns the plan cache on. */
  buildId?: string;
  /** How to run plan checks in worker threads (bin/plan.js passes it). */
  workers?: PlanWorkers;
}

/** A worker thread's share of `plan validate` (bin/plan.js); loads the checks only when called. */
export async function validateFolders(...args: Parameters<typeof ValidateFolders>): Promise<ReturnType<typeof ValidateFolders>> {
  return (await import('./validate-folder.js')).validateFolders(...args);
}

/** Runs one command line and returns the exit code; never throws, never calls process.exit. */
export async function main(argv: readonly string[], io: IO = processIO(), options: MainOptions = {}): Promise<number> {
  const lang = langFrom(argv, io.env);
  const text = CLI_MESSAGES[lang];
  const ctx: CommandContext = {
    io,
    lang,
    text,
    chalk: chalkFor(colorFlag(argv), io.env, io.stdoutIsTTY),
    planCache: planCacheSettings(options.buildId, io.env),
    workers: options.workers,
  };
  let code: number = EXIT.ok;
  const unknownLang = langTyped(argv);
  if (unknownLang !== undefined && !isLang(unknownLang)) {
    // A silent fallback to Vietnamese would hide a typo (--lang fr, --lang EN).
    io.stderr(`plan: ${chalkFor(colorFlag(argv), io.env, false).red(text.errors.error)}: ${text.errors.unknownLang(unknownLang)}\n  = ${text.errors.hint}: ${text.errors.unknownLangHint}\n`);
    return EXIT.usage;
  }
  const done = (c: number): void => {
    code = c;
  };
  const errChalk = chalkFor(colorFlag(argv), io.env, false);
  try {
    const topic = formatHelpTopic(argv);
    if (topic !== undefined) return (await import('./format-guide.js')).runHelpFormat(topic, ctx);
    // Only the command the line names is loaded and registered (start-up is most of a ward's run).
    const program = await buildProgram(ctx, done, commandNamed(argv));
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      // Suggestions come from every command's options, as if all were loaded.
      const suggestion = suggestFor(e, await buildProgram(ctx, done));
      const where = commandOf(argv);
      io.stderr(
        `plan: ${errChalk.red(text.errors.error)}: ${translateCommanderError(e, text)}\n` +
          (suggestion ? `  = ${text.errors.hint}: ${text.errors.didYouMean(suggestion)}\n` : '') +
          `${text.errors.seeHelp(where ? `plan ${where}` : 'plan')}\n`,
      );
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.stderr(`plan: ${errChalk.red(text.errors.error)}: ${e.message}\n`);
      if (e.hint) io.stderr(`  = ${text.errors.hint}: ${e.hint}\n`);
      return EXIT.usage;
    }
    const io_ = ioErrorText(e, lang);
    if (io_) {
      // A folder that cannot be made, a full disk: the user's to fix, not a bug of ours.
      io.stderr(`plan: ${errChalk.red(text.errors.error)}: ${io_.message}\n  = ${text.errors.hint}: ${io_.hint}\n`);
      return EXIT.usage;
    }
    // A bug of ours: one line the user can report, not a stack trace (PLAN_DEBUG=1 shows it).
    const err = e as Error;
    io.stderr(`plan: ${text.errors.internal}\n  plan ${argv.join(' ')}\n  ${err?.name ?? 'Error'}: ${err?.message ?? String(e)}\n`);
    if (io.env.PLAN_DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
    return EXIT.usage;
  }
}

/** PLAN_CACHE=0 turns the cache off; PLAN_CACHE_DIR moves it; else $XDG_CACHE_HOME/plan or ~/.cache/plan. */
function planCacheSettings(buildId: string | undefined, env: Record<string, string | undefined>): PlanCacheSettings | undefined {
  if (!buildId || env.PLAN_CACHE === '0') return undefined;
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return { dir: env.PLAN_CACHE_DIR || join(base, 'plan'), buildId };
}

/** The subcommand named on the line, if any (for "see plan status --help"). */
function commandOf(argv: readonly string[]): string | undefined {
  const names = new Set<string>(COMMAND_NAMES);
  return argv.find((a) => names.has(a));
}

/** "did you mean" for a mistyped command or option, from what the program actually accepts. */
function suggestFor(e: CommanderError, program: Command): string | undefined {
  const typed = /'([^']+)'/.exec(e.message)?.[1];
  if (!typed) return undefined;
  if (e.code === 'commander.unknownCommand') return closest(typed, program.commands.map((c) => c.name()));
  if (e.code === 'commander.unknownOption') {
    const flags = [program, ...program.commands].flatMap((c) => c.options.map((o) => o.long).filter((f): f is string => Boolean(f)));
    return closest(typed.split('=')[0]!, new Set(flags));
  }
  return undefined;
}

/** The value of --lang on the line, as typed (the last one wins). */
function langTyped(argv: readonly string[]): string | undefined {
  let typed: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') typed = argv[i + 1] ?? '';
    else if (a.startsWith('--lang=')) typed = a.slice(7);
  }
  return typed;
}

/** --color / --no-color, wherever they stand on the line; the last one wins. */
function colorFlag(argv: readonly string[]): boolean | undefined {
  let flag: boolean | undefined;
  for (const a of argv) {
    if (a === '--') break;
    if (a === '--color') flag = true;
    if (a === '--no-color') flag = false;
  }
  return flag;
}

function translateCommanderError(e: CommanderError, text: (typeof CLI_MESSAGES)['vi']): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption':
      return text.errors.unknownOption(quoted);
    case 'commander.unknownCommand':
      return text.errors.unknownCommand(quoted);
    case 'commander.missingArgument':
      return text.errors.missingArgument(quoted);
    case 'commander.optionMissingArgument':
      return text.errors.optionMissingArgument(quoted);
    case 'commander.excessArguments':
      return text.errors.excessArguments();
    case 'commander.invalidArgument':
      return text.errors.invalidArgument(e.message.replace(/^error: /, ''));
    default:
      return text.errors.other(e.message.replace(/^error: /, ''));
  }
}
