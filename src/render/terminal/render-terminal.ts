import type { Block } from '../../document/block.js';
import type { ReportDocument } from '../../document/document.js';
import { REPORT_LABELS } from '../../i18n/report-labels.js';
import { runsText } from '../value-text.js';
import { displayWidth, wrapText } from './fit-columns.js';
import { gridFits, renderGrid, type GridOptions } from './grid.js';
import { renderLines } from './lines.js';
import { narrowTable } from './narrow.js';
import { safe } from './safe.js';

export type TerminalOptions = Omit<GridOptions, 'lang'>;

/**
 * A document on a terminal: headings in bold, a blank line before each part (and before each plan's
 * heading after the first), tables fitted to the width, the illustrative banner in yellow.
 */
export function renderTerminal(doc: ReportDocument, options: TerminalOptions): string {
  const o: GridOptions = { ...options, lang: doc.meta.lang };
  const out: string[] = [];
  // Lines outside tables wrap at the width (never cutting a word); a short line is kept as it is.
  const wrap = (text: string): string[] => (displayWidth(text) <= o.width ? [text] : wrapText(text, o.width));
  const emit = (blocks: readonly Block[]) => {
    for (const [i, b] of blocks.entries()) {
      switch (b.kind) {
        case 'heading': {
          if (b.level === 1) {
            if (out.length > 0) out.push('');
            out.push(...wrap(safe(b.text)).map((l) => o.chalk.bold(l)));
            break;
          }
          out.push('');
          // A part with nothing in it says so in one line, without its heading.
          const next = blocks[i + 1];
          if (!(next?.kind === 'paragraph' && next.role === 'empty')) out.push(...wrap(safe(b.text)).map((l) => o.chalk.bold(l)));
          break;
        }
        case 'paragraph': {
          const lines = wrap(safe(runsText(b.runs, o.lang)));
          out.push(...(b.role === 'summary' ? lines.map((l) => o.chalk.bold(l)) : lines));
          break;
        }
        case 'note': {
          const text = safe(runsText(b.runs, o.lang));
          if (b.tone === 'warning') out.push(...wrap(`*** ${text} ***`).map((l) => o.chalk.yellow.bold(l)));
          else out.push(...wrapText(text, o.width));
          break;
        }
        case 'table': {
          if (b.frame === 'lines') {
            out.push(...renderLines(b, o));
            break;
          }
          const { table, dropped } = narrowTable(b, o);
          out.push(renderGrid(table, o));
          if (dropped.length > 0) {
            const names = dropped.map((c) => `"${c.label.replace(/\n/g, ' ')}"`).join(', ');
            out.push(...wrapText(safe(REPORT_LABELS[o.lang].narrowNote(names)), o.width));
          }
          break;
        }
        case 'alternatives': {
          const wide = b.wide.find((w) => w.kind === 'table');
          emit(wide === undefined || gridFits(wide, o) ? b.wide : b.narrow);
          break;
        }
      }
    }
  };
  emit(doc.blocks);
  return out.join('\n');
}
