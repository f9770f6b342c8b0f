import { join, relative, resolve, sep } from 'node:path';
import type { CommandContext } from './context.js';
import type { Narrative } from '../document/narrative-file.js';
import { appendixTable } from '../document/report-appendix.js';
import { buildOfficialReport, type OfficialResult } from '../document/report-build.js';
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
  combined: boolean;
  out: string | undefined;
  number?: string;
  date?: string;
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
 * Renders every output before anything is written, so a failure leaves no file behind. The
 * renderers are loaded here, on demand: docx and exceljs are heavy and no other command needs them.
 */
export async function renderReports(jobs: readonly ReportJob[], o: RenderOptions, ctx: CommandContext): Promise<Output[]> {
  const cwd = ctx.io.cwd;
  const single = jobs.length === 1;
  const name = (id: string) => `bao-cao-${id}-${o.code}.${o.format}`;
  if (o.format === 'docx') {
    const { renderDocx } = await import('../render/report-renderers.js');
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
  throw new Error(`format ${o.format} not written yet`);
}
