import type { Command } from 'commander';
import { planJsonSchema } from '../model/json-schema.js';
import type { CommandContext } from '../cli/context.js';
import { parseAsOf } from '../cli/as-of.js';
import { EXIT } from '../cli/exit-codes.js';

export function registerSchema(program: Command, ctx: CommandContext, done: (code: number) => void): void {
  program
    .command('schema')
    .description(ctx.text.schema.description)
    .option('--as-of <date>', ctx.text.asOf)
    .action((opts: { asOf?: string }) => {
      parseAsOf(opts.asOf, ctx.io.today, ctx.lang);
      ctx.io.stdout(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
      done(EXIT.ok);
    });
}
