import type { Block } from '../../document/block.js';
import type { ReportDocument } from '../../document/document.js';
import { runsText } from '../value-text.js';
import { wrapText } from './fit-columns.js';
import { gridFits, renderGrid, type GridOptions } from './grid.js';
import { renderLines } from './lines.js';
import { safe } from './safe.js';

export type TerminalOptions = Omit<GridOptions, 'lang'>;

/**
 * A document on a terminal: headings in bold, a blank line before each part (and before each plan's
 * heading after the first), tables fitted to the width, the illustrative banner in yellow.
 */
export function renderTerminal(doc: ReportDocument, options: TerminalOptions): string {
  const o: GridOptions = { ...options, lang: doc.meta.lang };
  const out: string[] = [];
  const emit = (blocks: readonly Block[]) => {
    for (const [i, b] of blocks.entries()) {
      switch (b.kind) {
        case 'heading': {
          if (b.level === 1) {
            if (out.length > 0) out.push('');
            out.push(o.chalk.bold(safe(b.text)));
            break;
          }
          out.push('');
          // A part with nothing in it says so in one line, without its heading.
          const next = blocks[i + 1];
          if (!(next?.kind === 'paragraph' && next.role === 'empty')) out.push(o.chalk.bold(safe(b.text)));
          break;
        }
        case 'paragraph': {
          const text = safe(runsText(b.runs, o.lang));
          if (b.role === 'summary') out.push(o.chalk.bold(text));
          else if (b.role === 'more') out.push(...wrapText(text, o.width));
          else out.push(text);
          break;
        }
        case 'note': {
          const text = safe(runsText(b.runs, o.lang));
          if (b.tone === 'warning') out.push(o.chalk.yellow.bold(`*** ${text} ***`));
          else out.push(...wrapText(text, o.width));
          break;
        }
        case 'table':
          if (b.frame === 'lines') out.push(...renderLines(b, o));
          else out.push(renderGrid(b, o));
          break;
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
