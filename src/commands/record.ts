import { existsSync } from 'node:fs';
import { terminalSafe } from '../text/terminal-safe.js';
import { dirname, join, relative } from 'node:path';
import type { Command } from 'commander';
import { validatePlan, type ValidatedPlan } from '../check/validate-plan.js';
import { parseAsOf } from '../cli/as-of.js';
import type { CommandContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import { parseFormat } from '../cli/format-option.js';
import { resolvePlanFolders } from '../cli/resolve-plans.js';
import { UsageError } from '../cli/usage-error.js';
import { recordProblemText } from '../i18n/record-messages.js';
import { writeErrorText } from '../i18n/write-messages.js';
import { planRange, within } from '../model/plan-range.js';
import type { ProgressEntry } from '../model/progress-entry.js';
import { formatVnNumber } from '../parse/vn-number.js';
import { buildEntry } from '../record/build-entry.js';
import { isOrdinal, ordinalWord } from '../record/figure-words.js';
import type { Comparison } from '../model/comparison.js';
import { askForMissing } from '../record/ask-for-missing.js';
import type { BuildContext } from '../record/build-entry.js';
import { walkDueTasks } from '../record/due-walk.js';
import { STATUS_VI } from '../record/status-words.js';
import type { Plan } from '../model/plan.js';
import { vnDateToIso } from '../parse/vn-date.js';
import { progressFileFor } from '../record/progress-file.js';
import type { RecordInput, RecordProblem } from '../record/record-input.js';
import { renderDiagnosticsText } from '../render/diagnostics-text.js';
import { appendEntry } from '../write/append-entry.js';
import { isWriteError } from '../write/errors.js';
import { displayPath } from '../cli/display-path.js';

const FORMATS = ['text', 'json'] as const;
const LOCK_TIMEOUT_MS = 30_000;

interface Options extends Omit<RecordInput, 'target' | 'value' | 'task'> {
  task?: string[];
  due?: boolean;
  plan?: string;
  dryRun?: boolean;
  format?: string;
  asOf?: string;
}

export function registerRecord(program: Command, ctx: CommandContext, done: (code: number) => void): void {
  const t = ctx.text.record;
  program
    .command('record')
    .description(t.description)
    .argument('[target]', t.target)
    .argument('[value]', t.value)
    .option('--task <id>', t.task, (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter((s) => s !== '')])
    .option('--status <status>', t.status)
    .option('-d, --date <date>', t.date)
    .option('-p, --period <period>', t.period)
    .option('-e, --estimate', t.estimate)
    .option('--correct', t.correct)
    .option('-y, --yes', t.yes)
    .option('--due', t.due)
    .option('-s, --source <text>', t.source)
    .option('-b, --by <text>', t.by)
    .option('-n, --note <text>', t.note)
    .option('--plan <path>', t.plan)
    .option('--dry-run', t.dryRun)
    .option('-f, --format <format>', t.format)
    .option('--as-of <date>', ctx.text.asOf)
    .addHelpText('after', t.examples)
    .action(async (target: string | undefined, value: string | undefined, opts: Options) => {
      const { task: tasks, due, ...rest } = opts;
      void due;
      done(await record({ ...rest, target, value, ...(tasks?.length === 1 ? { task: tasks[0] } : {}) }, opts, ctx));
    });
}

async function record(typedIn: RecordInput, opts: Options, ctx: CommandContext): Promise<number> {
  // dd/mm/yyyy is how every clerk writes a date; the file keeps ISO.
  const typed = typedIn.date !== undefined ? { ...typedIn, date: vnDateToIso(typedIn.date) ?? typedIn.date } : typedIn;
  const format = parseFormat(opts.format, FORMATS, ctx);
  const asOf = parseAsOf(opts.asOf, ctx.io.today, ctx.lang);
  const chalk = ctx.chalk;
  const folders = resolvePlanFolders(opts.plan ? [opts.plan] : [], ctx.io.cwd, ctx.lang);
  const loaded = folders.map((f) => validatePlan(f, { cwd: ctx.io.cwd, asOf, cache: ctx.planCache }));
  const chosen = choosePlan(loaded, typed.date ?? asOf, ctx);

  // Checking a figure against a broken plan would be guesswork: the plan is mended first.
  if (!chosen.plan || chosen.all.some((d) => d.severity === 'error')) {
    const sources = new Map(chosen.sources.map((s) => [s.path, s.text] as const));
    const errors = chosen.all.filter((d) => d.severity === 'error');
    ctx.io.stderr(`${renderDiagnosticsText(errors, { lang: ctx.lang, chalk, sourceText: (f) => sources.get(f) })}\n\n${ctx.text.record.planHasErrors}\n`);
    return EXIT.planErrors;
  }
  const plan = chosen.plan;
  const whereIs = (e: ProgressEntry) => {
    const at = chosen.origins.at(e);
    return { file: at.file, line: at.line };
  };

  const interactive = Boolean(ctx.io.stdinIsTTY && ctx.io.prompt && format === 'text');
  if (opts.due) {
    if (!interactive) throw new UsageError(ctx.text.record.dueNeedsTerminal, ctx.text.record.dueNeedsTerminalHint);
    const inputs = await walkDueTasks(plan, typed, { asOf, lang: ctx.lang, io: ctx.io });
    return recordAll(inputs, { plan, chosen, asOf, whereIs, format, interactive, opts, ctx });
  }
  if ((opts.task?.length ?? 0) > 1) {
    return recordAll(opts.task!.map((task) => ({ ...typed, task })), { plan, chosen, asOf, whereIs, format, interactive, opts, ctx });
  }

  let input = typed;
  if (interactive) input = await askForMissing(plan, typed, { asOf, whereIs, lang: ctx.lang, io: ctx.io });
  return recordAll([input], { plan, chosen, asOf, whereIs, format, interactive, opts, ctx });
}

interface Batch {
  plan: Plan;
  chosen: ValidatedPlan;
  asOf: string;
  whereIs: BuildContext['whereIs'];
  format: (typeof FORMATS)[number];
  interactive: boolean;
  opts: Options;
  ctx: CommandContext;
}

/** Every entry is checked before any is written: one refused check-in of a batch writes nothing. */
async function recordAll(inputs: RecordInput[], b: Batch): Promise<number> {
  const { plan, asOf, whereIs, ctx } = b;
  const entries: ProgressEntry[] = [];
  for (const input of inputs) {
    let built = buildEntry(plan, input, { asOf, whereIs });
    if (!built.ok && b.interactive && built.problems.every((p) => p.code === 'far-from-plan')) {
      // Far from the plan is not wrong: the clerk who has the paper in hand decides.
      if (await confirmFar(built.problems, ctx)) built = buildEntry(plan, { ...input, yes: true }, { asOf, whereIs });
    }
    if (!built.ok) return refuse(built.problems, ctx);
    entries.push({ ...built.entry, recorded: asOf });
  }
  for (const entry of entries) {
    const code = await writeOne(entry, b);
    if (code !== EXIT.ok) return code;
  }
  return EXIT.ok;
}

async function writeOne(entry: ProgressEntry, { plan, chosen, opts, ctx, format }: Batch): Promise<number> {
  const file = progressFileFor(plan, chosen.origins, chosen.folder, entry);
  const shown = displayPath(file, ctx.io.cwd);
  const target = plan.targets.find((t) => t.id === entry.target);
  const unit = target?.unit;
  if (opts.dryRun) {
    report({ written: false, dryRun: true, file: shown, created: !existsSync(file), entry, unit }, ctx, format, target?.comparison);
    return EXIT.ok;
  }
  try {
    const result = await appendEntry(file, entry, {
      root: chosen.folder,
      schemaPath: schemaPathFor(file, chosen.folder),
      // Each writer holds the lock for one fsync'd append; a queue of desks (or a busy CI box) may wait longer than the default.
      lock: { timeoutMs: LOCK_TIMEOUT_MS },
    });
    for (const stale of result.staleLocks) ctx.io.stderr(`${terminalSafe(ctx.text.record.staleLock(displayPath(stale.lockPath, ctx.io.cwd)))}\n`);
    report({ written: true, dryRun: false, file: shown, created: result.created, entry, unit }, ctx, format, target?.comparison);
    return EXIT.ok;
  } catch (e) {
    if (!isWriteError(e)) throw e;
    const { message, hint } = writeErrorText(e, ctx.lang);
    throw new UsageError(message, hint);
  }
}

function choosePlan(loaded: ValidatedPlan[], date: string, ctx: CommandContext): ValidatedPlan {
  if (loaded.length === 1) return loaded[0]!;
  const holding = loaded.filter((l) => l.plan && within(date, planRange(l.plan.header)));
  if (holding.length === 1) return holding[0]!;
  throw new UsageError(ctx.text.record.whichPlan(date, loaded.map((l) => displayPath(l.folder, ctx.io.cwd))), ctx.text.record.whichPlanHint);
}

async function confirmFar(problems: RecordProblem[], ctx: CommandContext): Promise<boolean> {
  for (const p of problems) {
    const { message, hint } = recordProblemText(p, ctx.lang);
    ctx.io.stderr(`  ${message}${hint ? ` ${hint}` : ''}\n`);
  }
  const answer = await ctx.io.prompt!(ctx.text.record.confirmFar);
  return /^(c|có|y|yes)$/i.test(answer?.trim() ?? '');
}

function refuse(problems: RecordProblem[], ctx: CommandContext): number {
  const chalk = ctx.chalk;
  for (const p of problems) {
    const { message, hint } = recordProblemText(p, ctx.lang);
    ctx.io.stderr(`plan record: ${chalk.red(ctx.text.errors.error)}: ${terminalSafe(message)}\n`);
    if (hint) ctx.io.stderr(`  = ${ctx.text.errors.hint}: ${terminalSafe(hint)}\n`);
  }
  ctx.io.stderr(`${ctx.text.record.nothingWritten}\n`);
  return EXIT.usage;
}

interface Outcome {
  written: boolean;
  unit?: string;
  dryRun: boolean;
  file: string;
  created: boolean;
  entry: ProgressEntry;
}

function report(o: Outcome, ctx: CommandContext, format: (typeof FORMATS)[number], comparison: Comparison | undefined): void {
  if (format === 'json') {
    ctx.io.stdout(`${JSON.stringify(o, null, 2)}\n`);
    return;
  }
  const e = o.entry;
  const number = ctx.lang === 'vi' ? formatVnNumber(e.value ?? 0, { maxFractionDigits: 6 }) : String(e.value);
  // A state's or a level's code is said back with its word: "= 3 (Hoàn thành tốt nhiệm vụ)".
  const word = comparison !== undefined && isOrdinal(comparison) && e.value !== undefined ? ordinalWord(comparison, e.value, ctx.lang) : undefined;
  const figure = word === undefined ? `${number} ${o.unit ?? ''}`.trimEnd() : `${number} (${word})`;
  const status = e.status === undefined ? '-' : ctx.lang === 'vi' ? STATUS_VI[e.status] : e.status;
  const what = e.target !== undefined ? `${e.target} = ${figure}${e.correction ? (ctx.lang === 'vi' ? ' (đính chính)' : ' (correction)') : ''}`.trimEnd() : `${e.task}: ${status}`;
  const date = ctx.lang === 'vi' ? `${e.date.slice(8, 10)}/${e.date.slice(5, 7)}/${e.date.slice(0, 4)}` : e.date;
  const line = ctx.text.record.done(what, date, Boolean(e.estimate), o.file, o.created, o.dryRun);
  // Target ids, units and paths come from plan files: shown, never run as escape sequences.
  ctx.io.stdout(`${ctx.chalk.green('✓')} ${terminalSafe(line)}\n`);
}

/** The editor schema line of a new file points at the nearest plan.schema.json above it. */
function schemaPathFor(file: string, planFolder: string): string | undefined {
  for (let dir = planFolder; ; dir = dirname(dir)) {
    const candidate = join(dir, 'plan.schema.json');
    if (existsSync(candidate)) return relative(dirname(file), candidate).split('\\').join('/');
    if (dirname(dir) === dir) return undefined;
  }
}
