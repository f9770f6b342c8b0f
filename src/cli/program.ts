import { Command } from 'commander';
import { registerRecord } from '../commands/record.js';
import { registerReport } from '../commands/report.js';
import { registerImport } from '../commands/import.js';
import { registerInit } from '../commands/init.js';
import { registerOverdue } from '../commands/overdue.js';
import { registerSchema } from '../commands/schema.js';
import { registerStatus } from '../commands/status.js';
import { registerValidate } from '../commands/validate.js';
import type { CommandContext } from './context.js';

export const VERSION = '0.1.0';

function translatePlaceholders(text: string, names: Record<string, string>): string {
  return text.replace(/\[(options|command)\]/g, (all, word: string) => (names[word] ? `[${names[word]}]` : all));
}

/**
 * A fresh program per run (tests build many). exitOverride and configureOutput are set on the root
 * before subcommands are added, since commander copies settings at creation (pitfalls.md).
 */
export function buildProgram(ctx: CommandContext, done: (code: number) => void): Command {
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
      helpWidth: ctx.io.columns ?? 100,
      sortSubcommands: false,
    })
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .version(VERSION, '-V, --version', t.version)
    .option('--lang <lang>', t.lang)
    .option('--color', t.color)
    .option('--no-color', t.noColor)
    .showSuggestionAfterError(false);

  registerValidate(program, ctx, done);
  registerRecord(program, ctx, done);
  registerSchema(program, ctx, done);
  registerStatus(program, ctx, done);
  registerOverdue(program, ctx, done);
  registerReport(program, ctx, done);
  registerImport(program, ctx, done);
  registerInit(program, ctx, done);
  return program;
}

