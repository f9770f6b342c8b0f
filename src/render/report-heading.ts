import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/lang.js';
import { REPORT_LABELS } from '../i18n/report-labels.js';
import type { StatusReport } from '../report/status-report.js';
import { terminalSafe } from '../text/terminal-safe.js';
import { formatDate } from './report-format.js';

/** Text from plan files: NFC (so that Vietnamese lines up) and no escape sequences. */
export const safe = (text: string): string => terminalSafe(text.normalize('NFC'));

/** Box characters shared by the report tables. */
export const TABLE_STYLE = { head: [] as string[], border: [] as string[], 'padding-left': 1, 'padding-right': 1 };

/** The heading lines above a report: title, as-of or period, and the illustrative banner. */
export function reportHeading(
  report: Pick<StatusReport, 'asOf' | 'period' | 'illustrative'>,
  o: { lang: Lang; chalk: ChalkInstance },
  title: string,
  showAsOf = true,
): string[] {
  const L = REPORT_LABELS[o.lang];
  const lines = [o.chalk.bold(safe(title))];
  if (!showAsOf) {
    if (report.illustrative) lines.push(o.chalk.yellow.bold(`*** ${L.banner} ***`));
    return lines;
  }
  const asOf = L.asOf(formatDate(report.asOf, o.lang));
  if (report.period) {
    const p = report.period;
    lines.push(`${L.period(p.code, formatDate(p.start, o.lang), formatDate(p.end, o.lang), L.convention[p.convention])}. ${asOf}.`);
  } else lines.push(`${asOf}.`);
  if (report.illustrative) lines.push(o.chalk.yellow.bold(`*** ${L.banner} ***`));
  return lines;
}
