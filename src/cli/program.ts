import { Command } from 'commander';
import type { CommandContext } from './context.js';

type Register = (program: Command, ctx: CommandContext, done: (code: number) => void) => void;

/**
 * Every command, in the order of `plan --help`, each loaded only when it is used: a command's module
 * and everything it imports (report code, renderers, cli-table3, the writer) are evaluated only by the
 * command line that names it (bin/build.mjs keeps each one a lazily initialised part of the bundle).
 */
const COMMANDS = {
  validate: () => import('../commands/validate.js').then((m): Register => m.registerValidate),
  record: () => import('../commands/record.js').then((m): Register => m.registerRecord),
  schema: () => import('../commands/schema.js').then((m): Register => m.registerSchema),
  status: () => import('../commands/status.js').then((m): Register => m.registerStatus),
  overdue: () => import('../commands/overdue.js').then((m): Register => m.registerOverdue),
  report: () => import('../commands/report.js').then((m): Register => m.registerReport),
  import: () => import('../commands/import.js').then((m): Register => m.registerImport),
  init: () => import('../commands/init.js').then((m): Register => m.registerInit),
} satisfies Record<string, () => Promise<Register>>;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** Loads every command's module (the in-process test helper does, before its tests start). */
export async function loadCommands(): Promise<void> {
  await Promise.all(COMMAND_NAMES.map((name) => COMMANDS[name]()));
}

/**
 * The one command a line runs, if it names one (`plan status …`, `plan help status`); undefined for
 * `plan`, `plan --help`, `plan help` or an unknown command, which need every command registered.
 * Follows commander: the first operand is the command; --lang takes a value.
 */
export function commandNamed(argv: readonly string[]): CommandName | undefined {
  let helpSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return undefined;
    if (a === '--lang') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    if (a === 'help' && !helpSeen) {
      helpSeen = true;
      continue;
    }
    return (COMMAND_NAMES as string[]).includes(a) ? (a as CommandName) : undefined;
  }
  return undefined;
}

/**
 * The topic of `plan help format [mục…]` ("" for the whole guide), or undefined when the line asks
 * for something else. The format guide is not a command, so commander's help command cannot show it.
 */
export function formatHelpTopic(argv: readonly string[]): string | undefined {
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') i++;
    else if (!a.startsWith('-')) operands.push(a);
  }
  return operands[0] === 'help' && operands[1] === 'format' ? operands.slice(2).join(' ') : undefined;
}

export const VERSION = '0.1.0';

function translatePlaceholders(text: string, names: Record<string, string>): string {
  // Argument names too ([paths...], <dir>): a clerk reads "[đường dẫn...]", not commander's English.
  return text.replace(/([[<])(\w+)(\.\.\.)?([\]>])/g, (all, open: string, word: string, dots = '', close: string) =>
    names[word] ? `${open}${names[word]}${dots}${close}` : all,
  );
}

/**
 * A fresh program per run (tests build many). exitOverride and configureOutput are set on the root
 * before subcommands are added, since commander copies settings at creation (pitfalls.md).
 */
export async function buildProgram(ctx: CommandContext, done: (code: number) => void, only?: CommandName): Promise<Command> {
  const t = ctx.text;
  const program = new Command('plan');
  program
    .description(t.description)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
      // Errors are reported by main(), translated.
      outputError: () => {},
    })
    .configureHelp({
      styleTitle: (title) => t.titles[title] ?? title,
      // Usage lines name their placeholders in the user's language too.
      styleUsage: (usage) => translatePlaceholders(usage, t.placeholders),
      styleSubcommandTerm: (term) => translatePlaceholders(term, t.placeholders),
      styleArgumentTerm: (term) => t.placeholders[term.replace(/\.\.\.$/, '')] ?? term,
      styleOptionTerm: (term) => translatePlaceholders(term, t.placeholders),
      helpWidth: ctx.io.columns ?? 100,
      sortSubcommands: false,
    })
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .version(VERSION, '-V, --version', t.version)
    .option('--lang <lang>', t.lang)
    .option('--color', t.color)
    .option('--no-color', t.noColor)
    .showSuggestionAfterError(false)
    .addHelpText('after', t.formatGuide.pointer);

  const registers = await Promise.all((only ? [only] : COMMAND_NAMES).map((name) => COMMANDS[name]()));
  for (const register of registers) register(program, ctx, done);
  return program;
}

