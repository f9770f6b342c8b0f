import type { Command } from 'commander';
import { countPlans, validatePlan } from '../check/validate-plan.js';
import { parseAsOf } from '../cli/as-of.js';
import type { CommandContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import { parseFormat } from '../cli/format-option.js';
import { resolvePlanFolders } from '../cli/resolve-plans.js';
import { renderDiagnosticsGithub } from '../render/diagnostics-github.js';
import { diagnosticsJson } from '../render/diagnostics-json.js';
import { renderDiagnosticsText } from '../render/diagnostics-text.js';
import { renderValidateSummary } from '../render/validate-summary.js';

const FORMATS = ['text', 'json', 'github'] as const;

interface Options {
  format?: string;
  asOf?: string;
  color?: boolean;
}

export function registerValidate(program: Command, ctx: CommandContext, done: (code: number) => void): void {
  program
    .command('validate')
    .description(ctx.text.validate.description)
    .argument('[paths...]', ctx.text.paths)
    .option('-f, --format <format>', ctx.text.validate.format)
    .option('--as-of <date>', ctx.text.asOf)
    .action((paths: string[], opts: Options) => {
      const format = parseFormat(opts.format, FORMATS, ctx);
      const asOf = parseAsOf(opts.asOf, ctx.io.today, ctx.lang);
      const folders = resolvePlanFolders(paths, ctx.io.cwd, ctx.lang);
      const results = folders.map((f) => validatePlan(f, { cwd: ctx.io.cwd, asOf }));
      const all = results.flatMap((r) => r.all);
      const counts = countPlans(results);
      const hasErrors = all.some((d) => d.severity === 'error');

      if (format === 'json') {
        ctx.io.stdout(`${JSON.stringify(diagnosticsJson(all, counts, ctx.lang), null, 2)}\n`);
      } else if (format === 'github') {
        const text = renderDiagnosticsGithub(all, ctx.lang);
        if (text) ctx.io.stdout(`${text}\n`);
      } else {
        const chalk = ctx.chalkFor(program.opts<{ color?: boolean }>().color ?? opts.color);
        const sources = new Map(results.flatMap((r) => r.sources.map((s) => [s.path, s.text] as const)));
        const body = renderDiagnosticsText(all, { lang: ctx.lang, chalk, sourceText: (f) => sources.get(f) });
        const summary = renderValidateSummary(results, all, counts, { lang: ctx.lang, chalk });
        // Diagnostics go to stderr like a compiler's; the one-line verdict to stdout.
        if (body) ctx.io.stderr(`${body}\n\n`);
        ctx.io.stdout(`${summary}\n`);
      }
      done(hasErrors ? EXIT.planErrors : EXIT.ok);
    });
}
