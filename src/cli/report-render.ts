import { join, parse, relative, resolve, sep } from 'node:path';
import type { CommandContext } from './context.js';
import type { Narrative } from '../document/narrative-file.js';
import { appendixTable } from '../document/report-appendix.js';
import { buildOfficialReport, type OfficialResult } from '../document/report-build.js';
import { buildCombinedReport } from '../document/report-combined.js';
import { buildDashboard } from '../document/report-dashboard.js';
import { buildWorkbook } from '../document/report-workbook.js';
import { buildStatusRollup } from '../report/rollup.js';
import { REPORT_COMMAND } from '../i18n/report-command-messages.js';
import type { Plan } from '../model/plan.js';
import type { StatusReport } from '../report/status-report.js';
import { shown } from './report-write.js';

export interface ReportJob {
  plan: Plan;
  report: StatusReport;
  narrativeFile: string;
  narrative: Narrative | null;
}

export interface RenderOptions {
  format: 'docx' | 'xlsx' | 'html';
  /** The period code, or as-of-<date>: part of the default file names. */
  code: string;
  out: string | undefined;
  number?: string;
  date?: string;
  /** --combined: one district báo cáo over the plans, with its narrative file. */
  combined?: { file: string; narrative: Narrative | null };
}

export interface Output {
  file: string;
  bytes: Uint8Array | string;
}

/** The báo cáo of one plan; narrative headings that match no part are reported (and kept, at the end). */
export function officialFor(job: ReportJob, common: { number?: string; date?: string }, ctx: CommandContext): OfficialResult {
  const result = buildOfficialReport(job.plan, job.report, {
    ...common,
    narrative: job.narrative,
    // Named from the plan folder, the same wherever the command runs.
    narrativeFile: relative(resolve(ctx.io.cwd, job.plan.dir), job.narrativeFile).split(sep).join('/'),
    appendix: appendixTable(job.report),
  });
  const M = REPORT_COMMAND[ctx.lang];
  for (const s of result.unplaced) ctx.io.stderr(`plan: ${M.unplaced(shown(resolve(ctx.io.cwd, job.narrativeFile), ctx.io.cwd), s.line, s.heading)}\n`);
  return result;
}

/**
 * The narrative of a combined report: reports/tong-hop-<period>.md in the folder the plans share
 * (plans/ for plans/phuong-1/2024 and plans/phuong-2/2024), so the district keeps its words there.
 */
export function combinedNarrativePath(jobs: readonly ReportJob[], code: string, ctx: CommandContext): string {
  const dirs = jobs.map((j) => resolve(ctx.io.cwd, j.plan.dir).split(sep));
  const shared: string[] = [];
  for (let i = 0; dirs.every((d) => i < d.length - 1 && d[i] === dirs[0]![i]); i++) shared.push(dirs[0]![i]!);
  const base = shared.length === 0 ? parse(resolve(ctx.io.cwd)).root : shared.join(sep) || sep;
  return join(base, 'reports', `tong-hop-${code}.md`);
}

/** The district báo cáo over several plans (--combined); unmatched narrative headings are reported as for one plan. */
export function combinedFor(jobs: readonly ReportJob[], o: { number?: string; date?: string; narrativeFile: string; narrative: Narrative | null }, ctx: CommandContext): OfficialResult {
  const reports = jobs.map((j) => j.report);
  const result = buildCombinedReport(reports, jobs.map((j) => j.plan), buildStatusRollup(reports), {
    ...(o.number === undefined ? {} : { number: o.number }),
    ...(o.date === undefined ? {} : { date: o.date }),
    narrative: o.narrative,
    narrativeFile: shown(o.narrativeFile, ctx.io.cwd).split(sep).join('/'),
  });
  const M = REPORT_COMMAND[ctx.lang];
  for (const s of result.unplaced) ctx.io.stderr(`plan: ${M.unplaced(shown(o.narrativeFile, ctx.io.cwd), s.line, s.heading)}\n`);
  return result;
}

/**
 * Renders every output before anything is written, so a failure leaves no file behind. The
 * renderers are loaded here, on demand: docx and exceljs are heavy and no other command needs them.
 */
export async function renderReports(jobs: readonly ReportJob[], o: RenderOptions, ctx: CommandContext): Promise<Output[]> {
  const cwd = ctx.io.cwd;
  const single = jobs.length === 1;
  const name = (id: string) => `bao-cao-${id}-${o.code}.${o.format}`;
  if (o.format === 'docx') {
    const { renderDocx } = await import('../render/report-renderers.js');
    if (o.combined !== undefined) {
      const file = resolve(cwd, o.out ?? `bao-cao-tong-hop-${o.code}.docx`);
      const { report } = combinedFor(jobs, { ...o, narrativeFile: o.combined.file, narrative: o.combined.narrative }, ctx);
      return [{ file, bytes: await renderDocx(report) }];
    }
    if (single) {
      const job = jobs[0]!;
      return [{ file: resolve(cwd, o.out ?? name(job.plan.header.id)), bytes: await renderDocx(officialFor(job, o, ctx).report) }];
    }
    // Several plans: one báo cáo per plan, in a folder.
    const folder = resolve(cwd, o.out ?? `bao-cao-${o.code}`);
    const out: Output[] = [];
    for (const job of jobs) out.push({ file: join(folder, name(job.plan.header.id)), bytes: await renderDocx(officialFor(job, o, ctx).report) });
    return out;
  }
  // Several plans: the rollup by ward (the same core as `plan status PATH...`).
  const rollup = single ? null : buildStatusRollup(jobs.map((j) => j.report));
  const file = resolve(cwd, o.out ?? (single ? name(jobs[0]!.plan.header.id) : `bao-cao-tong-hop-${o.code}.${o.format}`));
  if (o.format === 'xlsx') {
    const { renderXlsx } = await import('../render/report-renderers.js');
    return [{ file, bytes: await renderXlsx(buildWorkbook(jobs.map((j) => j.report), rollup), jobs[0]!.report.asOf) }];
  }
  const { renderHtml } = await import('../render/report-renderers.js');
  return [{ file, bytes: renderHtml(buildDashboard(jobs.map((j) => j.report), rollup)) }];
}
