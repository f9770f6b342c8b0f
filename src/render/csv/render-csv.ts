import type { ReportDocument } from '../../document/document.js';
import type { Value } from '../../document/value.js';
import { csvText, type CsvValue } from '../csv-cell.js';

/**
 * A value as a CSV field: numbers as numbers (dot decimal), dates ISO, codes as codes (stable for
 * scripts), yes/no as true/false; text, verdicts and plan text in the document's language.
 */
function csvValue(v: Value): CsvValue {
  switch (v.kind) {
    case 'number':
    case 'percent':
    case 'signed':
      return v.value;
    case 'date':
      return v.iso;
    case 'text':
      return v.text;
    case 'code':
      return v.code;
    case 'flag':
      return v.value;
    case 'days-late':
      return v.days;
    case 'verdict':
      return v.stretch === undefined ? v.text : `${v.text}; ${v.stretch.label}: ${v.stretch.text}`;
    case 'plan':
      return v.text;
    case 'list':
      return v.items.map(csvValue).filter((x) => x !== null && x !== undefined).join('\n');
    case 'empty':
      return null;
  }
}

/**
 * A row's indent (a part under its total) as a spreadsheet shows it in plain text: two spaces a
 * level before the name ("  + Lúa"). The name then starts with a space, so the formula guard of
 * csv-cell.ts has nothing to prefix; the columns stay as they are.
 */
const indented = (v: CsvValue, indent: number): CsvValue => (indent > 0 && typeof v === 'string' ? `${'  '.repeat(indent)}${v}` : v);

/** A data document (one flat table) as CSV: the header, then one line per data row; CRLF, optional BOM. */
export function renderCsv(doc: ReportDocument, o: { bom: boolean }): string {
  const table = doc.blocks.find((b) => b.kind === 'table');
  if (table === undefined || table.kind !== 'table') return csvText([], { bom: o.bom });
  const rows: CsvValue[][] = [table.columns.map((c) => c.label)];
  for (const r of table.rows) if (r.kind === 'data') rows.push(r.cells.map((c, i) => (table.columns[i]!.role === 'name' ? indented(csvValue(c), r.indent) : csvValue(c))));
  return csvText(rows, { bom: o.bom });
}
