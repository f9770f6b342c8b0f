import { dirname } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/render/csv-cell.js';
import { markdownCell } from '../../src/render/markdown-cell.js';
import { runCli } from '../helpers/cli.js';
import { parseCsv } from '../helpers/csv.js';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';
import { cases, limit, removeTempRoot, seedFor, tally } from './helpers.js';

/**
 * Hostile text in plan files (names, task texts, sources) reaching the terminal, CSV, markdown and
 * JSON: escape sequences never act on a terminal, spreadsheet formulas never run, markdown tables
 * keep their columns, and JSON carries the text exactly.
 */

const HOSTILE = [
  '\u001b[31mĐỎ\u001b[0m', // ANSI colour
  '\u001b]0;pwned\u0007', // OSC window title
  '\u001b]8;;https://evil.example\u001b\\bấm\u001b]8;;\u001b\\', // OSC 8 hyperlink
  '\u001b[2J\u001b[H', // clear screen, cursor home
  '\u009b31m', // C1 CSI
  '\u0007\u0008\u007f\r', // BEL, BS, DEL, CR
  '=HYPERLINK("http://x","y")',
  '+1+2',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  'a | b | c',
  '\\| thoát',
  '"quote", comma',
];

/** A YAML double-quoted scalar holding any text (JSON strings are valid YAML). */
const yamlString = (text: string) => JSON.stringify(text);

function hostilePlan(name: string, taskText: string, source: string): string {
  const files = minimalPlan();
  files['targets.yaml'] = files['targets.yaml']!.replace('name: Tỷ lệ người tham gia bảo hiểm y tế', `name: ${yamlString(name)}`);
  files['tasks.yaml'] = files['tasks.yaml']!.replace('text: Thường xuyên theo dõi tình hình.', `text: ${yamlString(taskText)}`).replace('cadence: monthly', 'due: 2024-03-31');
  files['progress/bhyt.yaml'] = `${files['progress/bhyt.yaml']}    source: ${yamlString(source)}\n`;
  return writePlan(files);
}

// eslint-disable-next-line no-control-regex
const TERMINAL_ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let tried = 0;
let failures = 0;
afterAll(() => tally('hostile-text', tried, failures));

function check(ok: boolean, what: string): void {
  if (!ok) failures++;
  expect(ok, what).toBe(true);
}

async function outputs(dir: string) {
  const cwd = dirname(dirname(dir));
  const run = (args: string[], o: { tty?: boolean } = {}) => runCli([...args, '--as-of', '2024-12-14', 'plans/2024'], { cwd, stdoutIsTTY: o.tty ?? false, columns: 120, env: o.tty ? { NO_COLOR: undefined, FORCE_COLOR: '1' } : {} });
  return {
    table: await run(['status']),
    tty: await run(['status'], { tty: true }),
    overdue: await run(['overdue']),
    csv: await run(['status', '--format', 'csv']),
    overdueCsv: await run(['overdue', '--format', 'csv']),
    md: await run(['status', '--format', 'markdown']),
    json: await run(['status', '--format', 'json']),
    overdueJson: await run(['overdue', '--format', 'json']),
  };
}

async function judge(name: string, taskText: string, source: string) {
  const dir = hostilePlan(name, taskText, source);
  try {
    const o = await outputs(dir);
    tried++;
    const what = JSON.stringify({ name, taskText, source });
    for (const [k, r] of Object.entries(o)) {
      check(r.code === 0, `${k} exit ${r.code}: ${r.stderr.slice(0, 300)} for ${what}`);
      if (k === 'tty') {
        // Colours of our own are allowed on a terminal; nothing else that starts an escape.
        const withoutOwnColours = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
        check(!TERMINAL_ACTIVE.test(withoutOwnColours), `${k}: a control character reached the terminal for ${what}`);
        continue;
      }
      if (k === 'table' || k === 'overdue') check(!TERMINAL_ACTIVE.test(r.stdout + r.stderr), `${k}: a control character reached the terminal for ${what}`);
    }
    // CSV: the cells read back as the text, formula starts prefixed with an apostrophe.
    const rows = parseCsv(o.csv.stdout);
    const header = rows[0]!;
    const row = rows[1]!;
    check(row.length === header.length, `csv: ${row.length} cells for ${header.length} columns, ${what}`);
    const nameCell = row[header.indexOf(header.find((h) => /Chỉ tiêu|Target/.test(h))!)]!;
    check(nameCell === csvExpected(name), `csv name cell ${JSON.stringify(nameCell)} for ${what}`);
    for (const cell of rows.flat()) check(!/^[=+\-@\t\r]/.test(cell) || /^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(cell), `csv: formula cell ${JSON.stringify(cell)}`);
    for (const cell of parseCsv(o.overdueCsv.stdout).flat()) check(!/^[=+\-@\t\r]/.test(cell) || /^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(cell), `overdue csv: formula cell ${JSON.stringify(cell)}`);
    // Markdown: every table row keeps its column count (no unescaped |).
    const columns = (l: string) => l.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
    const tables = o.md.stdout.split(/\n(?!\|)/).map((block) => block.split('\n').filter((l) => l.startsWith('|'))).filter((t) => t.length > 0);
    for (const table of tables) for (const l of table) check(columns(l) === columns(table[0]!), `markdown row ${JSON.stringify(l)} for ${what}`);
    check(o.md.stdout.includes(markdownCell(name.normalize('NFC'))), `markdown: the escaped name is missing for ${what}`);
    // JSON: exactly the text (NFC, as read).
    const status = JSON.parse(o.json.stdout) as { targets: { name: string; latest?: { source: string | null } }[] };
    check(status.targets[0]!.name === name.normalize('NFC'), `json name ${JSON.stringify(status.targets[0]!.name)} for ${what}`);
    // One plan folder: the object with its overdue items (docs/json.md, schemaVersion 3).
    const items = JSON.parse(o.overdueJson.stdout).overdue as { text: string }[];
    check(items.some((i) => i.text === taskText.normalize('NFC')), `json overdue text for ${what}`);
  } finally {
    removeTempRoot(dirname(dirname(dir)));
  }
}

/** The CSV cell for a text: as csvCell writes it, unquoted. */
function csvExpected(text: string): string {
  const cell = csvCell(text);
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

describe('hostile text in plan files', () => {
  // Titles by number: a raw C1 control in a test title would reach the CI log.
  it.each(HOSTILE.map((h, i) => [i, h] as const))('hostile text #%i as a target name, a task text and a source', { timeout: limit(30_000) }, async (_i, h) => {
    await judge(`Tỷ lệ ${h} BHYT`.trim(), h.startsWith('=') || h.startsWith('+') || h.startsWith('-') || h.startsWith('@') ? h : `Nhiệm vụ ${h}`, h);
    // And at the very start of the cell, where a spreadsheet looks for a formula.
    await judge(h.trim() === '' ? 'x' : h, h.trim() === '' ? 'x' : h, h);
  });

  it('random text from a hostile alphabet (property)', { timeout: limit(120_000) }, async () => {
    const alphabet = fc.constantFrom(...'=+-@|\\"\',;:#&*!%`<>[]{}ạăâđêôơư ab12'.split(''), '\t', '\r', '\n', '\u001b', '\u0007', '\u009b', '\u007f', '\u0000', '\u202e', '\u200b', '\ufeff', 'e\u0301', '\ud83d\ude00');
    const text = fc.string({ unit: alphabet, minLength: 1, maxLength: 24 }).filter((s) => s.trim() !== '' && !s.includes('\u0000'));
    await fc.assert(
      fc.asyncProperty(text, text, text, async (name, task, source) => judge(name, task, source)),
      { seed: seedFor('hostile-text', 1234), numRuns: cases(25, 400), endOnFailure: true },
    );
  });
});
