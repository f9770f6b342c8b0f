import { OFFICIAL } from '../i18n/official-report-labels.js';
import type { Plan } from '../model/plan.js';
import { planRange } from '../model/plan-range.js';
import { daysBetween } from '../report/calendar-date.js';
import { buildOverdueReport } from '../report/overdue-report.js';
import type { StatusReport } from '../report/status-report.js';
import { taskProgress } from '../report/task-progress.js';
import type { Block } from './block.js';
import { documentMeta } from './document-meta.js';
import type { Narrative, NarrativeSection } from './narrative-file.js';
import type { Appendix, Closing, Letterhead, OfficialReport } from './official-report.js';
import { dateInWords, issuerCode, reportPeriodWords } from './report-period-words.js';
import { illustrativeNotes, ILLUSTRATIVE_NOTE, reportWindowRuns } from './report-window.js';
import { nextPart, proposalsPart, resultsPart, shortcomingsPart, ownWords, type PartsInput } from './report-parts.js';
import type { Run } from './run.js';
import type { TableBlock } from './table.js';

export interface OfficialOptions {
  /** The report's number ("12"); undefined: left blank for the clerks' office. */
  number?: string;
  /** The date written in the header (ISO); the report's as-of date by default. */
  date?: string;
  narrative: Narrative | null;
  narrativeFile: string;
  /** The variance table for the appendix (the status document's table). */
  appendix: TableBlock | null;
  /** Late tasks listed by name in part II. */
  lateLimit?: number;
}

export interface OfficialResult {
  report: OfficialReport;
  /** Narrative sections whose heading matches no part: placed at the end, and worth a warning. */
  unplaced: NarrativeSection[];
}

const t = (text: string): Run => ({ kind: 'text', text });
const upper = (s: string): string => s.normalize('NFC').toLocaleUpperCase('vi');

/** The words of the period ("6 tháng đầu năm 2024", "nhiệm kỳ 2020-2025") and of the next one. */
const periodPhrases = reportPeriodWords;

/** "phát triển kinh tế - xã hội, quốc phòng - an ninh" out of "Thực hiện các nhiệm vụ ... năm 2024". */
function fieldOf(title: string): string | null {
  const m = /^thực hiện (?:các )?nhiệm vụ (.+?)(?: năm \d{4})?\.?$/iu.exec(title.normalize('NFC').trim());
  return m ? m[1]! : null;
}

export function letterhead(plan: Plan, report: StatusReport, o: Pick<OfficialOptions, 'number' | 'date'>): Letterhead {
  const h = plan.header;
  const words = periodPhrases(report);
  const field = fieldOf(h.title);
  const symbol = h.reporting?.symbol ?? `BC-${issuerCode(h.symbol) ?? 'UBND'}`;
  return {
    parentBody: h.parentBody === undefined ? null : upper(h.parentBody),
    issuer: upper(h.issuer),
    number: OFFICIAL.number(o.number ?? OFFICIAL.blankNumber, symbol),
    nation: OFFICIAL.nation,
    motto: OFFICIAL.motto,
    placeDate: `${h.place}, ${dateInWords(o.date ?? report.asOf)}`,
    docType: OFFICIAL.docType,
    subject: field === null ? OFFICIAL.subjectOfPlan(h.symbol, words.now, words.next) : OFFICIAL.subject(field, words.now, words.next),
  };
}

export function closing(plan: Plan): Closing {
  const h = plan.header;
  const signer = h.reporting?.signer ?? h.signer;
  return {
    recipientsLabel: OFFICIAL.recipientsLabel,
    recipients: [...(h.reporting?.recipients ?? h.recipients)],
    authority: [signer.onBehalfOf, signer.signsFor, signer.title].filter((x): x is string => x !== undefined).map(upper),
    name: signer.name,
  };
}

/**
 * The báo cáo of one plan: header, the four parts, the foot, the appendix table. The figures are
 * the status report's (the same core as `plan status`); people's narrative goes under its headings.
 */
export function buildOfficialReport(plan: Plan, report: StatusReport, o: OfficialOptions): OfficialResult {
  const words = periodPhrases(report);
  const window = report.period ?? { start: planRange(plan.header).start, end: report.asOf };
  const within = words.nextRange === null ? 0 : Math.max(0, daysBetween(report.asOf, words.nextRange.end));
  const upcoming = within === 0 ? [] : buildOverdueReport(plan, { asOf: report.asOf, within }).items.filter((x) => x.upcoming && x.kind === 'deadline');
  const input: PartsInput = {
    plan,
    report,
    progress: taskProgress(plan, window, report.asOf),
    dueNext: upcoming,
    ongoing: plan.tasks.filter((x) => x.cadence !== undefined && x.due === undefined).length,
    nextWords: words.next,
    narrative: o.narrative,
    narrativeFile: o.narrativeFile,
    lateLimit: o.lateLimit ?? 10,
  };
  const pool = [...(o.narrative?.sections ?? [])];
  const h = plan.header;
  const intro: Block[] =
    o.narrative !== null && o.narrative.intro.length > 0
      ? o.narrative.intro.map(ownWords)
      : [{ kind: 'paragraph', role: 'body', runs: [t(OFFICIAL.intro(h.symbol, dateInWords(h.issued), h.issuer, h.title.charAt(0).toLocaleLowerCase('vi') + h.title.slice(1), words.now))] }];
  const banner: Block[] = report.illustrative ? [{ kind: 'note', tone: 'warning', runs: [t(ILLUSTRATIVE_NOTE)] }] : [];
  const blocks: Block[] = [
    ...banner,
    ...intro,
    ...resultsPart(input, pool),
    ...shortcomingsPart(input, pool),
    ...nextPart(input, pool),
    ...proposalsPart(input, pool),
  ];
  // Nothing people wrote is dropped: sections under headings we do not know go last, as written.
  const unplaced = [...pool];
  for (const s of pool) blocks.push({ kind: 'heading', level: 3, text: s.heading }, ...s.paragraphs.map(ownWords));
  const head = letterhead(plan, report, o);
  const appendices: Appendix[] =
    o.appendix === null
      ? []
      : [{ title: OFFICIAL.appendixTitle, subtitle: reportWindowRuns(report), table: o.appendix, notes: illustrativeNotes(report.illustrative) }];
  return {
    report: {
      letterhead: head,
      body: {
        title: `${head.docType} ${head.subject}`,
        meta: documentMeta('bao-cao', [report], 'vi'),
        blocks,
      },
      closing: closing(plan),
      appendices,
    },
    unplaced,
  };
}
