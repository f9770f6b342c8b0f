import { PAGE_LAYOUT, TERMINAL_LAYOUT } from '../document/layout.js';
import { renderCsv } from './csv/render-csv.js';
import type { Format } from './format.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import { renderTerminal } from './terminal/render-terminal.js';

/**
 * Every output format of the report commands, by the name `--format` takes; the first is the
 * default. A format renders a report source (format.ts) to text or bytes; heavy libraries are
 * imported inside `render`, so that a command loads them only when that format is asked for.
 * Adding a format: docs/formats.md.
 */
export const FORMATS = {
  table: {
    binary: false,
    banner: 'output',
    describe: { vi: 'bảng trên màn hình', en: 'a table on the terminal' },
    render: async (s, o) => `${renderTerminal(s.document(TERMINAL_LAYOUT), { chalk: o.chalk, width: o.width })}\n`,
  },
  json: {
    binary: false,
    banner: 'none',
    describe: { vi: 'JSON cho chương trình khác (docs/json.md)', en: 'JSON for other programs (docs/json.md)' },
    render: async (s) => `${s.json()}\n`,
  },
  csv: {
    binary: false,
    banner: 'stderr',
    describe: { vi: 'CSV cho bảng tính', en: 'CSV for spreadsheets' },
    render: async (s, o) => renderCsv(s.data(), { bom: o.bom }),
  },
  markdown: {
    binary: false,
    banner: 'output',
    describe: { vi: 'Markdown (GitHub)', en: 'Markdown (GitHub)' },
    render: async (s) => `${renderMarkdown(s.document(PAGE_LAYOUT))}\n`,
  },
} as const satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
