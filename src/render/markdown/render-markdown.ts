import type { Block } from '../../document/block.js';
import type { ReportDocument } from '../../document/document.js';
import type { TableBlock } from '../../document/table.js';
import type { Lang } from '../../i18n/lang.js';
import { markdownCell, markdownInline } from '../markdown-cell.js';
import { runsText, valueText } from '../value-text.js';

/**
 * A row's indent (a part under its total) before its name: an em space a level, as an entity, since
 * a table cell's own leading spaces are trimmed.
 */
const INDENT = '&emsp;';

/** A GitHub table; section and group rows in bold in the second column, cells already escaped. */
function table(t: TableBlock, lang: Lang): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = `|${t.columns.map((c) => (c.align === 'right' ? '---:' : ':---')).join('|')}|`;
  const body = t.rows.map((r) => {
    if (r.kind === 'data' || r.kind === 'total') {
      const cell = (c: (typeof r.cells)[number], i: number) => `${t.columns[i]!.role === 'name' ? INDENT.repeat(r.indent) : ''}${markdownCell(valueText(c, lang, { verdictSeparator: ';\n' }))}`;
      return line(r.cells.map(cell));
    }
    const label = r.kind === 'section' ? (r.code === null ? r.label : `${r.code}. ${r.label}`) : r.count === undefined ? r.label : `${r.label} (${r.count})`;
    return line(['', `**${markdownInline(label)}**`, ...Array<string>(Math.max(0, t.columns.length - 2)).fill('')]);
  });
  return [line(t.columns.map((c) => markdownCell(c.label))), rule, ...body].join('\n');
}

function blocks(list: readonly Block[], lang: Lang): string[] {
  return list.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading': {
        const aside = b.aside === undefined ? '' : ` (${runsText(b.aside, lang)})`;
        return [`${'#'.repeat(b.level + 1)} ${markdownInline(b.text + aside)}`];
      }
      case 'paragraph':
        return [markdownInline(runsText(b.runs, lang))];
      case 'note':
        return [b.tone === 'warning' ? `> **${markdownInline(runsText(b.runs, lang))}**` : markdownInline(runsText(b.runs, lang))];
      case 'table':
        return [table(b, lang)];
      // A page has no width to measure: the wide form.
      case 'alternatives':
        return blocks(b.wide, lang);
    }
  });
}

/** A document as GitHub markdown: level-1 headings as "##" (the page around it has the "#"), blocks apart by a blank line. */
export function renderMarkdown(doc: ReportDocument): string {
  return blocks(doc.blocks, doc.meta.lang).join('\n\n');
}
