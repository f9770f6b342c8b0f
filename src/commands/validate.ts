import type { Command } from 'commander';
import { addCounts, validatePlan, verdictOf, type PlanVerdict } from '../check/validate-plan.js';
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
      const chalk = ctx.chalkFor(program.opts<{ color?: boolean }>().color ?? opts.color);

      // One plan at a time: its problems are shown (text, github) while its sources are at hand,
      // and only a small verdict is kept, so that a province's or a country's plans fit in memory.
      const verdicts: PlanVerdict[] = [];
      for (const folder of folders) {
        const validated = validatePlan(folder, { cwd: ctx.io.cwd, asOf, cache: ctx.planCache });
        const found = validated.all;
        if (format === 'github' && found.length > 0) ctx.io.stdout(`${renderDiagnosticsGithub(found, ctx.lang)}\n`);
        if (format === 'text' && found.length > 0) {
          const sources = new Map(validated.sources.map((s) => [s.path, s.text] as const));
          // Diagnostics go to stderr like a compiler's; the verdict to stdout.
          ctx.io.stderr(`${renderDiagnosticsText(found, { lang: ctx.lang, chalk, sourceText: (f) => sources.get(f) })}\n\n`);
        }
        verdicts.push(verdictOf(validated));
      }
      const all = verdicts.flatMap((v) => v.diagnostics);
      const counts = addCounts(verdicts.map((v) => v.counts));
      if (format === 'json') ctx.io.stdout(`${JSON.stringify(diagnosticsJson(all, counts, ctx.lang, verdicts), null, 2)}\n`);
      if (format === 'text') ctx.io.stdout(`${renderValidateSummary(verdicts, all, counts, { lang: ctx.lang, chalk })}\n`);
      done(all.some((d) => d.severity === 'error') ? EXIT.planErrors : EXIT.ok);
    });
}
