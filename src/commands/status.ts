import type { Command } from 'commander';
import type { CommandContext } from '../cli/context.js';
import { emitReport } from '../cli/emit-report.js';
import { EXIT } from '../cli/exit-codes.js';
import { parseFormat } from '../cli/format-option.js';
import { checkFilters, loadPartialPlans, previousYearEntries } from '../cli/load-plans.js';
import { SEMANTICS_LABELS } from '../i18n/semantics-labels.js';
import { checkTermPeriod, collect, collectList, parseCount, parseReportRequest, parseRollup, type RequestOptions } from '../cli/report-options.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { FORMAT_NAMES } from '../render/formats.js';
import { statusSource } from '../render/report-source.js';
import { checkDate, statusOptionsFor } from '../report/report-spec.js';
import { buildStatusRollup } from '../report/rollup.js';
import { buildStatusReport } from '../report/status-report.js';
import { planRange } from '../report/window.js';
import { parseTermCode } from '../report/periods.js';

interface Options extends RequestOptions {
  format?: string;
  overdue?: string;
  bom?: boolean;
  rollup?: string;
  out?: string;
  force?: boolean;
}

const ROLLUP_VALUES = ['auto', 'wards', 'targets', 'off'] as const;

export function registerStatus(program: Command, ctx: CommandContext, done: (code: number) => void): void {
  const H = REPORT_LABELS[ctx.lang].help.status;
  program
    .command('status')
    .description(H.description)
    .argument('[paths...]', ctx.text.paths)
    .option('--as-of <date>', ctx.text.asOf)
    .option('--period <period>', H.period)
    .option('--calendar', H.calendar)
    .option('--against <source>', SEMANTICS_LABELS[ctx.lang].help.against)
    .option('--field <field>', H.field, collect)
    .option('--unit <unit>', H.unit, collect)
    .option('--target <ids>', H.target, collectList)
    .option('-f, --format <format>', H.format)
    .option('--overdue <n>', H.overdue)
    .option('--bom', H.bom)
    .option('--rollup <what>', H.rollup)
    .option('-o, --out <file>', H.out)
    .option('--force', H.force)
    .action(async (paths: string[], opts: Options) => {
      const format = parseFormat(opts.format, FORMAT_NAMES, ctx);
      const rollupChoice = parseRollup(opts.rollup, ROLLUP_VALUES, ctx);
      const overdueLimit = parseCount(opts.overdue, '--overdue', 5, ctx);
      const request = parseReportRequest(opts, ctx);
      const loaded = loadPartialPlans(paths, checkDate(request, ctx.io.today), ctx);
      if (loaded === null) return done(EXIT.planErrors);
      const plans = loaded.plans;
      checkFilters(plans, request.filter, ctx);
      checkTermPeriod(plans, request.period, ctx);
      const reports = plans.map((plan) => {
        const options = statusOptionsFor(plan, request, ctx.io.today);
        const previousEntries = previousYearEntries(plan, options.asOf, ctx);
        return buildStatusReport(plan, { ...options, ...(previousEntries === undefined ? {} : { previousEntries }) });
      });
      // Several plans: the rollup by ward and by shared target (docs/json.md), unless --rollup off.
      const rollup = reports.length > 1 && rollupChoice !== 'off' ? buildStatusRollup(reports) : undefined;
      const part = rollupChoice === 'wards' || rollupChoice === 'targets' ? rollupChoice : 'all';
      const source = statusSource(reports, { lang: ctx.lang, ...(rollup ? { rollup } : {}), part, overdueLimit, filter: request.filter });
      await emitReport(source, format, ctx, { bom: opts.bom === true, ...(opts.out === undefined ? {} : { out: opts.out }), force: opts.force === true });
      // --period 2025 on the 2024 plan printed a table of nothing without a word.
      // A whole term ("2021-2025") was checked against each plan's term above.
      if (request.period !== undefined && parseTermCode(request.period) === null) {
        const year = Number(request.period.slice(0, 4));
        for (const plan of plans) {
          const range = planRange(plan.header);
          const years = [range.start, range.end].map((d) => Number(d.slice(0, 4)));
          if (year < Math.min(...years) || year > Math.max(...years)) ctx.io.stderr(`plan: ${ctx.chalk.yellow(ctx.text.periodOutside(request.period, plan.header.symbol, plan.header.term ? `${plan.header.term.start}-${plan.header.term.end}` : String(plan.header.year), Math.min(Math.max(year, Math.min(...years)), Math.max(...years))))}\n`);
        }
      }
      // A plan with errors: the report of its valid part above, the errors after it, exit 1.
      loaded.printProblems();
      done(loaded.errors > 0 ? EXIT.planErrors : EXIT.ok);
    });
}
