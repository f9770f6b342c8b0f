import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse-yaml.js';
import { EXAMPLE_PLANS, minimalPlan } from '../helpers/plan-fixture.js';

/**
 * Issue 9 ("one reading of every file"): the fast reader (js-yaml) and the positional reader (`yaml`,
 * also the writer's) must agree on every file, or the file is refused. A CR-only progress file read
 * as entries by one and as one comment by the other lost its entries on the next `plan record`.
 * Here every file of the example and of the minimal plan is rewritten in each line-ending and layout
 * variant, and random texts are put in values: both ways give the same data, or both refuse.
 */

const read = (text: string, fast: boolean) => parseSource(text, 'x.yaml', '/x.yaml', { fast });

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

/** The same file with other line breaks and layout: each is a file some editor or tool writes. */
const VARIANTS: Record<string, (t: string) => string> = {
  'as written': (t) => t,
  CRLF: (t) => t.replace(/\n/g, '\r\n'),
  'CRLF and LF mixed': (t) => t.split('\n').map((l, i) => (i % 2 === 0 ? `${l}\r` : l)).join('\n').replace(/\r$/, ''),
  'CR only (old Mac, some exports)': (t) => t.replace(/\n/g, '\r'),
  'one CR inside': (t) => t.replace('\n', '\r'),
  'no final line break': (t) => t.replace(/\n+$/, ''),
  'CR at the very end': (t) => `${t}\r`,
  'blank lines of spaces between lines': (t) => t.replace(/\n(?=\S)/g, '\n   \n'),
  'trailing spaces': (t) => t.replace(/\n/g, '  \n'),
  'NEL, LS, PS after values': (t) => t.replace(/(value: [\d.]+)\n/g, '$1\u0085\n').replace(/(name: [^\n]+)\n/g, '$1\u2028\n'),
  'a form feed line': (t) => `\f\n${t}`,
  'document markers': (t) => `---\n${t}\n...\n`,
};

function expectAgreement(text: string): void {
  const fast = read(text, true);
  const slow = read(text, false);
  if (fast.fast) {
    // The fast reader's data is used only if the positional reader reads the same, with no error.
    expect(slow.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(fast.data).toEqual(slow.data ?? null);
  } else {
    // Not read fast: what is reported is what the positional reader says.
    expect(fast.diagnostics).toEqual(slow.diagnostics);
    expect(fast.data).toEqual(slow.data);
  }
}

describe('the two readers agree on every line-ending and layout variant', () => {
  const files = [...yamlFiles(EXAMPLE_PLANS).map((f) => [f.slice(EXAMPLE_PLANS.length + 1), readFileSync(f, 'utf8')] as const), ...Object.entries(minimalPlan())];
  const cases = files.flatMap(([name, text]) => Object.entries(VARIANTS).map(([variant, make]) => [`${name}, ${variant}`, make(text)] as const));

  it.each(cases)('%s', (_name, text) => expectAgreement(text));

  it('a file with a lone CR is refused by both, at that CR', () => {
    const text = 'entries:\n  - target: bhyt\r    date: 2024-01-14\n';
    for (const fast of [true, false]) {
      const r = read(text, fast);
      expect(r.data).toBeUndefined();
      expect(r.diagnostics.map((d) => [d.code, d.location.line, d.location.column])).toEqual([['yaml-lone-cr', 2, 17]]);
    }
  });
});

describe('random text in values, in every line-ending variant', () => {
  // Strings of the characters that separate lines somewhere (CR, LF, NEL, LS, PS, VT, FF), YAML
  // syntax and Vietnamese letters, as a note or a source a clerk might paste.
  const piece = fc.constantFrom('\r', '\n', '\r\n', '\u0085', '\u2028', '\u2029', '\v', '\f', ' ', '#', ':', '- ', '"', "'", '|', '>', '{', '[', 'ệ', 'Tỷ lệ', '93,5', 'x');
  const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
  const layouts = fc.constantFrom('double', 'single', 'plain', 'block');

  const render = (s: string, layout: string): string => {
    if (layout === 'double') return JSON.stringify(s);
    if (layout === 'single') return `'${s.replace(/'/g, "''")}'`;
    if (layout === 'block') return `|\n      ${s.split('\n').join('\n      ')}`;
    return s;
  };

  it('the fast and the positional reader give the same data, or both refuse', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(text, layouts, fc.constantFrom(...Object.keys(VARIANTS)), (s, layout, variant) => {
        const file = `entries:\n  - target: bhyt\n    date: 2024-01-14\n    value: 91.8\n    note: ${render(s, layout)}\n`;
        expectAgreement(VARIANTS[variant]!(file));
      }),
      { numRuns: process.env.PLAN_SOAK === '1' ? 200_000 : 3000, seed: 20240614 },
    );
  });
});
