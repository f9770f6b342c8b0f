import { actualWords } from './plan-text.js';
import { OFFICIAL } from '../i18n/official-report-labels.js';
import type { Plan } from '../model/plan.js';
import type { OverdueItem } from '../report/overdue.js';
import type { StatusReport, StatusRow } from '../report/status-report.js';
import type { YearRow } from '../report/term-years.js';
import type { TaskProgress } from '../report/task-progress.js';
import type { Block } from './block.js';
import { foldHeading, type Narrative, type NarrativeSection } from './narrative-file.js';
import { missedByUnit, missedLine } from './report-missed.js';
import { planWords, targetSentence, verdictWords } from './report-sentences.js';
import type { Run } from './run.js';

/**
 * Parts I–IV of the báo cáo body, each a list of blocks: the generated sentences first, then what
 * people wrote under the same heading in the narrative file (never reworded).
 */

const t = (text: string): Run => ({ kind: 'text', text });
const item = (runs: Run[]): Block => ({ kind: 'paragraph', role: 'body', runs: [t('- '), ...runs] });
/** A task's text before a bracket: without its closing full stop ("... công chức (hạn 27/07/2024)."). */
const bare = (text: string): string => text.trim().replace(/[.;]+$/u, '');
const para = (runs: Run[]): Block => ({ kind: 'paragraph', role: 'body', runs });
/** People's own paragraph, word for word. */
export const ownWords = (runs: Run[]): Block => ({ kind: 'paragraph', role: 'words', runs });

/** Takes the narrative sections for a key out of `pool` (each is placed once) as paragraphs. */
export function takeNarrative(pool: NarrativeSection[], matches: (s: NarrativeSection) => boolean): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < pool.length; ) {
    if (matches(pool[i]!)) out.push(...pool.splice(i, 1)[0]!.paragraphs.map(ownWords));
    else i += 1;
  }
  return out;
}

export interface PartsInput {
  plan: Plan;
  report: StatusReport;
  progress: TaskProgress[];
  /** Upcoming deadlines in the next period (kind 'deadline', not late). */
  dueNext: OverdueItem[];
  /** Tasks with a reporting cadence: they go on. */
  ongoing: number;
  nextWords: string;
  narrative: Narrative | null;
  /** The narrative file, as the user would type it (for the "write here" hint). */
  narrativeFile: string;
  /** How many late tasks are listed by name in part II. */
  lateLimit: number;
}

/** "trong 12 chỉ tiêu chủ yếu, có 6 chỉ tiêu chưa đạt, 5 chỉ tiêu chưa có số liệu" (domain.md §4 summary lines). */
export function summaryPhrase(report: Pick<StatusReport, 'summary'>): string {
  const c = report.summary.counts;
  const parts = [
    [c.exceeded, 'vượt kế hoạch'],
    [c.met, 'đạt'],
    [c['not-yet'], 'chưa đạt'],
    [c.missed, 'không đạt'],
    [c['no-data'], 'chưa có số liệu'],
    [c['no-target'], 'chưa có chỉ tiêu giao'],
  ] as const;
  const named = parts.filter(([n]) => n > 0).map(([n, w]) => `${n} chỉ tiêu ${w}`);
  return `trong ${report.summary.total} chỉ tiêu chủ yếu, có ${named.join(', ')}`;
}

function summaryRuns(report: StatusReport): Run[] {
  const phrase = summaryPhrase(report);
  return [t(`${phrase.charAt(0).toLocaleUpperCase('vi')}${phrase.slice(1)}.`)];
}

function progressItems(p: TaskProgress): Block[] {
  if (p.notes.length > 0) return p.notes.map((n) => item([t(n.note)]));
  if (p.status === 'done') return [item([t(`${OFFICIAL.taskDone}: ${p.text}`)])];
  return [];
}

/** I. Kết quả thực hiện: per field of the plan, its targets' sentences and its tasks' check-ins. */
export function resultsPart(i: PartsInput, pool: NarrativeSection[]): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: OFFICIAL.parts.results }];
  blocks.push(...takeNarrative(pool, (s) => s.key === 'I'));
  let n = 0;
  const sections = [...i.plan.header.sections.map((s) => ({ id: s.id as string | null, title: s.title, short: s.short })), { id: null, title: 'Khác', short: undefined }];
  for (const s of sections) {
    const rows = i.report.targets.filter((r) => r.section === s.id);
    const tasks = s.id === null ? [] : i.progress.filter((p) => p.section === s.id);
    const inner: Block[] = [...rows.map((r) => item(targetSentence(r))), ...tasks.flatMap(progressItems)];
    const names = new Set([foldHeading(s.title), ...(s.short ? [foldHeading(s.short)] : [])]);
    inner.push(...takeNarrative(pool, (x) => x.key.startsWith('I/') && names.has(x.key.slice(2))));
    if (inner.length === 0) continue;
    n += 1;
    blocks.push({ kind: 'heading', level: 3, text: `${n}. ${s.title}` }, ...inner);
  }
  if (i.report.targets.length > 0) blocks.push(para(summaryRuns(i.report)));
  return blocks;
}

/** A yearly target over the whole term: the years it fell short in ("năm 2021 không đạt (88,5%)"). */
function yearsShortfall(r: StatusRow, years: readonly YearRow[]): Run[] {
  const runs: Run[] = [t(`${r.name} (kế hoạch `), ...planWords(r.planned.comparison, r.unit), t(` ${OFFICIAL.everyYear}): `)];
  const short = years.filter((y) => y.verdict === 'missed' || y.verdict === 'not-yet');
  short.forEach((y, i) => {
    runs.push(t(`${i === 0 ? '' : ', '}${OFFICIAL.year(y.year)} ${OFFICIAL.yearVerdict[y.verdict]}`));
    const coded = actualWords(y, 'vi');
    if (coded !== null) runs.push(t(` (${coded})`));
    else if (y.actual !== null) runs.push(t(' ('), { kind: 'value', value: { kind: 'number', value: y.actual, decimals: 2 } }, t(`${r.unit === '%' ? '%' : ` ${r.unit}`})`));
  });
  const note = [...r.entries].reverse().find((e) => e.note !== undefined)?.note;
  runs.push(t(note === undefined ? '.' : `. ${note}`));
  return runs;
}

function shortfall(r: StatusRow): Run[] {
  if (r.byYear !== null) return yearsShortfall(r, r.byYear);
  const runs: Run[] = [t(`${r.name}: `)];
  const coded = actualWords(r, 'vi');
  if (coded !== null) runs.push(t(coded));
  else if (r.actual !== null) runs.push({ kind: 'value', value: { kind: 'number', value: r.actual, decimals: 2 } }, t(r.unit === '%' ? '%' : ` ${r.unit}`));
  runs.push(t(` (kế hoạch `), ...planWords(r.planned.comparison, r.unit), t(`), ${verdictWords(r)}`));
  const note = [...r.entries].reverse().find((e) => e.note !== undefined)?.note;
  runs.push(t(note === undefined ? '.' : `. ${note}`));
  return runs;
}

/** II. Tồn tại, hạn chế: targets behind or missed (with the entries' notes), late tasks, blocked ones. */
export function shortcomingsPart(i: PartsInput, pool: NarrativeSection[]): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: OFFICIAL.parts.shortcomings }];
  const behind = i.report.targets.filter((r) => r.verdict === 'not-yet' || r.verdict === 'missed');
  if (behind.length > 0) blocks.push(para([t(OFFICIAL.shortTargets(behind.length))]), ...behind.map((r) => item(shortfall(r))));
  else if (i.report.targets.some((r) => r.actual !== null)) blocks.push(para([t(OFFICIAL.noShortTargets)]));
  // Tasks past their due date, by name; ongoing tasks that missed their reports, by unit (issue 11).
  const late = i.report.overdue.filter((o) => !o.upcoming && o.kind === 'deadline');
  if (late.length === 0) blocks.push(para([t(OFFICIAL.noLate)]));
  else {
    blocks.push(para([t(OFFICIAL.late(late.length))]));
    for (const o of late.slice(0, i.lateLimit)) {
      const unit = i.report.unitNames[o.leadUnit] ?? o.leadUnit;
      blocks.push(item([t(`${unit}: ${bare(o.text)} (hạn `), { kind: 'value', value: { kind: 'date', iso: o.due } }, t(`, trễ ${o.daysLate} ngày).`)]));
    }
    if (late.length > i.lateLimit) blocks.push(para([t(OFFICIAL.more(late.length - i.lateLimit))]));
  }
  const missed = missedByUnit(i.report.overdue, i.report.unitNames);
  if (missed.length > 0) {
    blocks.push(para([t(OFFICIAL.missedReports(missed.reduce((n, m) => n + m.tasks, 0)))]));
    blocks.push(...missed.map((m) => item(missedLine(m))));
  }
  for (const p of i.progress.filter((x) => x.status === 'blocked')) {
    blocks.push(item([t(`${OFFICIAL.taskBlocked}: ${p.text}${p.notes.length > 0 ? ` ${p.notes.at(-1)!.note}` : ''}`)]));
  }
  blocks.push(...takeNarrative(pool, (s) => s.key === 'II'));
  return blocks;
}

/** III. Phương hướng, nhiệm vụ kỳ tới: targets still to reach, deadlines falling in the next period. */
export function nextPart(i: PartsInput, pool: NarrativeSection[]): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: OFFICIAL.parts.next(i.nextWords) }];
  const open = i.report.targets.filter((r) => r.verdict === 'not-yet' || r.verdict === 'no-data');
  if (open.length > 0) blocks.push(para([t(OFFICIAL.continueTargets)]), ...open.map((r) => item([t(`${r.name} (kế hoạch `), ...planWords(r.planned.comparison, r.unit), t(').')])));
  if (i.dueNext.length > 0) {
    blocks.push(para([t(OFFICIAL.dueNext(i.dueNext.length))]));
    for (const o of i.dueNext) {
      const unit = i.report.unitNames[o.leadUnit] ?? o.leadUnit;
      blocks.push(item([t(`${unit}: ${bare(o.text)} (hạn `), { kind: 'value', value: { kind: 'date', iso: o.due } }, t(').')]));
    }
  }
  if (i.ongoing > 0) blocks.push(para([t(OFFICIAL.ongoing(i.ongoing))]));
  blocks.push(...takeNarrative(pool, (s) => s.key === 'III'));
  return blocks;
}

/** IV. Kiến nghị, đề xuất: people's words only; a hint where there are none. */
export function proposalsPart(i: Pick<PartsInput, 'narrativeFile'>, pool: NarrativeSection[]): Block[] {
  const words = takeNarrative(pool, (s) => s.key === 'IV');
  const hint: Block = { kind: 'note', tone: 'info', runs: [t(OFFICIAL.writeHere(i.narrativeFile, OFFICIAL.parts.proposals))] };
  return [{ kind: 'heading', level: 2, text: OFFICIAL.parts.proposals }, ...(words.length > 0 ? words : [hint])];
}
