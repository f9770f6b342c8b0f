import type { Command } from 'commander';
import { parseAsOf } from '../cli/as-of.js';
import type { CommandContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import { parseFormat } from '../cli/format-option.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import { renderOverdueReport } from '../render/overdue-table.js';
import { renderOverdueRollupCsv, renderOverdueRollupMarkdown } from '../render/rollup-formats.js';
import { renderOverdueRollupTable } from '../render/rollup-table.js';
import { renderOverdueCsv } from '../render/status-csv.js';
import { renderOverdueJson } from '../render/status-json.js';
import { renderOverdueMarkdown } from '../render/status-markdown.js';
import { buildOverdueRollup } from '../report/rollup.js';
import { buildOverdueReport, matchField } from '../report/status-report.js';
import { checkFilters, collect, loadValidPlans, parseCount, parseRollup } from './status.js';

const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;

interface Options {
  asOf?: string;
  within?: string;
  format?: string;
  failIfOverdue?: boolean;
  bom?: boolean;
  color?: boolean;
  rollup?: string;
  unit?: string[];
  field?: string[];
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
    .action((paths: string[], opts: Options) => {
      const format = parseFormat(opts.format, FORMATS, ctx);
      const rollupChoice = parseRollup(opts.rollup, ROLLUP_VALUES, ctx);
      const within = opts.within === undefined ? undefined : parseCount(opts.within, '--within', 0, ctx);
      const asOf = parseAsOf(opts.asOf, ctx.io.today, ctx.lang);
      const colorFlag = program.opts<{ color?: boolean }>().color ?? opts.color;
      const plans = loadValidPlans(paths, asOf, ctx, colorFlag);
      if (plans === null) return done(EXIT.planErrors);
      checkFilters(plans, opts, ctx);
      const reports = plans.map((p) => {
        const sections = opts.field?.flatMap((f) => matchField(p.header.sections, f) ?? []);
        return buildOverdueReport(p, {
          asOf,
          ...(within === undefined ? {} : { within }),
          ...(opts.unit ? { units: opts.unit } : {}),
          ...(sections ? { sections } : {}),
        });
      });

      // Several plans: late tasks by ward (docs/json.md), unless --rollup off.
      const rollup = reports.length > 1 && rollupChoice !== 'off' ? buildOverdueRollup(reports) : undefined;
      const anyWithin = reports.some((r) => r.within !== null);
      if (format === 'json') ctx.io.stdout(`${renderOverdueJson(reports, rollup)}\n`);
      else if (format === 'csv') {
        if (reports.some((r) => r.illustrative)) ctx.io.stderr(`plan: ${REPORT_LABELS[ctx.lang].banner}\n`);
        if (rollup && rollupChoice === 'wards') ctx.io.stdout(renderOverdueRollupCsv(rollup, { lang: ctx.lang, bom: opts.bom === true, within: anyWithin }));
        else ctx.io.stdout(renderOverdueCsv(reports, { lang: ctx.lang, bom: opts.bom === true }));
      } else if (format === 'markdown') {
        if (rollup) ctx.io.stdout(`${renderOverdueRollupMarkdown(rollup, reports, ctx.lang)}\n`);
        else ctx.io.stdout(`${reports.map((r) => renderOverdueMarkdown(r, ctx.lang)).join('\n\n')}\n`);
      } else {
        const chalk = ctx.chalkFor(colorFlag);
        const width = ctx.io.columns ?? 100;
        if (rollup) ctx.io.stdout(`${renderOverdueRollupTable(rollup, reports, { lang: ctx.lang, chalk, width })}\n`);
        else ctx.io.stdout(`${reports.map((r) => renderOverdueReport(r, { lang: ctx.lang, chalk, width })).join('\n\n')}\n`);
      }
      const late = reports.some((r) => r.items.some((i) => !i.upcoming));
      done(opts.failIfOverdue === true && late ? EXIT.planErrors : EXIT.ok);
    });
}
