import type { Command } from 'commander';
import { addCounts, type PlanVerdict } from '../check/validate-plan.js';
import { parseAsOf } from '../cli/as-of.js';
import type { CommandContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import { parseFormat } from '../cli/format-option.js';
import { resolvePlanFolders } from '../cli/resolve-plans.js';
import { diagnosticsJson } from '../render/diagnostics-json.js';
import { renderValidateSummary } from '../render/validate-summary.js';
import { validateFolder, type FolderJob, type FolderResult } from '../cli/validate-folder.js';

const FORMATS = ['text', 'json', 'github'] as const;

interface Options {
  format?: string;
  asOf?: string;
}

export function registerValidate(program: Command, ctx: CommandContext, done: (code: number) => void): void {
  program
    .command('validate')
    .description(ctx.text.validate.description)
    .argument('[paths...]', ctx.text.paths)
    .option('-f, --format <format>', ctx.text.validate.format)
    .option('--as-of <date>', ctx.text.asOf)
    .action(async (paths: string[], opts: Options) => {
      const format = parseFormat(opts.format, FORMATS, ctx);
      const asOf = parseAsOf(opts.asOf, ctx.io.today, ctx.lang);
      const folders = resolvePlanFolders(paths, ctx.io.cwd, ctx.lang);
      const chalk = ctx.chalk;

      const job: FolderJob = { cwd: ctx.io.cwd, asOf, cache: ctx.planCache, format, lang: ctx.lang, colorLevel: chalk.level };

      // One plan at a time (per thread): its problems are shown while its sources are at hand, and
      // only a small verdict is kept, so that a province's or a country's plans fit in memory.
      const verdicts: PlanVerdict[] = [];
      for await (const result of checkFolders(folders, job, ctx)) {
        if (result.stdout) ctx.io.stdout(result.stdout);
        if (result.stderr) ctx.io.stderr(result.stderr);
        verdicts.push(result.verdict);
      }
      const all = verdicts.flatMap((v) => v.diagnostics);
      const counts = addCounts(verdicts.map((v) => v.counts));
      if (format === 'json') ctx.io.stdout(`${JSON.stringify(diagnosticsJson(all, counts, ctx.lang, verdicts), null, 2)}\n`);
      if (format === 'text') ctx.io.stdout(`${renderValidateSummary(verdicts, all, counts, { lang: ctx.lang, chalk })}\n`);
      done(all.some((d) => d.severity === 'error') ? EXIT.planErrors : EXIT.ok);
    });
}

/** Below this many plans a second thread costs more (its own start) than it saves. */
const PARALLEL_FROM = 16;

/**
 * The results in folder order. Many plans are shared out to worker threads (one per core, from
 * PLAN_WORKERS or the machine) when the CLI can start them; each thread checks every n-th folder.
 */
async function* checkFolders(folders: readonly string[], job: FolderJob, ctx: CommandContext): AsyncGenerator<FolderResult> {
  const threads = Math.min(ctx.workers?.count ?? 1, Math.ceil(folders.length / PARALLEL_FROM));
  if (!ctx.workers || threads < 2) {
    for (const folder of folders) yield validateFolder(folder, job);
    return;
  }
  const shares = Array.from({ length: threads }, (_, t) => folders.filter((_, i) => i % threads === t));
  const done = await Promise.all(shares.map((share) => ctx.workers!.run(share, job)));
  for (let i = 0; i < folders.length; i++) yield done[i % threads]![Math.floor(i / threads)]!;
}
