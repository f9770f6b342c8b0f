import type { Command } from 'commander';
import type { CommandContext } from '../cli/context.js';
import { emitReport } from '../cli/emit-report.js';
import { EXIT } from '../cli/exit-codes.js';
import { parseFormat } from '../cli/format-option.js';
import { checkFilters, loadPartialPlans } from '../cli/load-plans.js';
import { collect, parseCount, parseReportRequest, parseRollup, type RequestOptions } from '../cli/report-options.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { FORMAT_NAMES } from '../render/formats.js';
import { overdueSource } from '../render/report-source.js';
import { checkDate, overdueOptionsFor } from '../report/report-spec.js';
import { buildOverdueRollup } from '../report/rollup.js';
import { buildOverdueReport } from '../report/overdue-report.js';

interface Options extends Pick<RequestOptions, 'asOf' | 'unit' | 'field'> {
  within?: string;
  format?: string;
  failIfOverdue?: boolean;
  bom?: boolean;
  rollup?: string;
  out?: string;
  force?: boolean;
}

const ROLLUP_VALUES = ['auto', 'wards', 'off'] as const;

export function registerOverdue(program: Command, ctx: CommandContext, done: (code: number) => void): void {
  const H = REPORT_LABELS[ctx.lang].help;
  program
    .command('overdue')
    .description(H.overdue.description)
    .argument('[paths...]', ctx.text.paths)
    .option('--as-of <date>', ctx.text.asOf)
    .option('--within <days>', H.overdue.within)
    .option('-f, --format <format>', H.status.format)
    .option('--fail-if-overdue', H.overdue.failIfOverdue)
    .option('--bom', H.status.bom)
    .option('--rollup <what>', H.overdue.rollup)
    .option('--unit <unit>', H.overdue.unit, collect)
    .option('--field <field>', H.status.field, collect)
    .option('-o, --out <file>', H.status.out)
    .option('--force', H.status.force)
    .action(async (paths: string[], opts: Options) => {
      const format = parseFormat(opts.format, FORMAT_NAMES, ctx);
      const rollupChoice = parseRollup(opts.rollup, ROLLUP_VALUES, ctx);
      const within = opts.within === undefined ? undefined : parseCount(opts.within, '--within', 0, ctx);
      const request = parseReportRequest(opts, ctx);
      const loaded = loadPartialPlans(paths, checkDate(request, ctx.io.today), ctx);
      if (loaded === null) return done(EXIT.planErrors);
      const plans = loaded.plans;
      checkFilters(plans, request.filter, ctx);
      const reports = plans.map((p) => buildOverdueReport(p, overdueOptionsFor(p, { ...request, ...(within === undefined ? {} : { within }) }, ctx.io.today)));
      // Several plans: late tasks by ward (docs/json.md), unless --rollup off.
      const rollup = reports.length > 1 && rollupChoice !== 'off' ? buildOverdueRollup(reports) : undefined;
      const source = overdueSource(reports, { lang: ctx.lang, ...(rollup ? { rollup } : {}), wardsCsv: rollupChoice === 'wards' });
      await emitReport(source, format, ctx, { bom: opts.bom === true, ...(opts.out === undefined ? {} : { out: opts.out }), force: opts.force === true });
      // A plan with errors: the report of its valid part above, the errors after it, exit 1.
      loaded.printProblems();
      done(loaded.errors > 0 || (opts.failIfOverdue === true && reports.some((r) => r.late > 0)) ? EXIT.planErrors : EXIT.ok);
    });
}
