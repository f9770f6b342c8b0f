import { Chalk } from 'chalk';
import { validatePlan, verdictOf, type PlanVerdict } from '../check/validate-plan.js';
import type { Lang } from '../i18n/lang.js';
import type { PlanCacheSettings } from '../load/plan-cache.js';
import { renderDiagnosticsGithub } from '../render/diagnostics-github.js';
import { renderDiagnosticsText } from '../render/diagnostics-text.js';

/** What `plan validate` needs to check one plan folder; plain data, so that a worker thread can take it. */
export interface FolderJob {
  cwd: string;
  asOf: string;
  cache: PlanCacheSettings | undefined;
  format: 'text' | 'json' | 'github';
  lang: Lang;
  /** chalk's colour level for the text format. */
  colorLevel: 0 | 1 | 2 | 3;
}

export interface FolderResult {
  verdict: PlanVerdict;
  /** The plan's problems, rendered while its sources are at hand (text: stderr; github: stdout). */
  stdout: string;
  stderr: string;
}

/** Checks one plan folder and renders its problems; only this small result outlives the plan. */
export function validateFolder(folder: string, job: FolderJob): FolderResult {
  const validated = validatePlan(folder, { cwd: job.cwd, asOf: job.asOf, cache: job.cache });
  const found = validated.all;
  let stdout = '';
  let stderr = '';
  if (job.format === 'github' && found.length > 0) stdout = `${renderDiagnosticsGithub(found, job.lang)}\n`;
  if (job.format === 'text' && found.length > 0) {
    const sources = new Map(validated.sources.map((s) => [s.path, s.text] as const));
    const chalk = new Chalk({ level: job.colorLevel });
    stderr = `${renderDiagnosticsText(found, { lang: job.lang, chalk, sourceText: (f) => sources.get(f) })}\n\n`;
  }
  return { verdict: verdictOf(validated), stdout, stderr };
}

/** A worker thread's share: every n-th folder, checked in order. */
export function validateFolders(folders: readonly string[], job: FolderJob): FolderResult[] {
  return folders.map((f) => validateFolder(f, job));
}
