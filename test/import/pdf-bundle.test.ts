import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * pdfjs-dist is heavy (about 2 MB with its worker): `plan import` of a .pdf loads it from dist/pdf.cjs,
 * a bundle of its own (bin/build.mjs), so that the main bundle every command starts from holds none of
 * its code and an installed plan needs no node_modules for it. npm test builds both first.
 */
const dist = resolve(import.meta.dirname, '../../dist');

describe('the PDF reader is a lazily loaded bundle', () => {
  it('dist/plan.cjs requires ./pdf.cjs and holds no pdfjs code', () => {
    const main = readFileSync(resolve(dist, 'plan.cjs'), 'utf8');
    expect(main).toMatch(/require\(["']\.\/pdf\.cjs["']\)/);
    // (Booleans: a failing match on a 0.9 MB string would print all of it.)
    for (const pdfjs of ['WorkerMessageHandler', 'getTextContent', 'pdfjsWorker', 'PasswordException']) expect(main.includes(pdfjs), pdfjs).toBe(false);
    expect(/require\(["']pdfjs-dist/.test(main)).toBe(false);
  });

  it('dist/pdf.cjs holds pdfjs and its worker itself, not a lookup in node_modules', () => {
    const chunk = readFileSync(resolve(dist, 'pdf.cjs'), 'utf8');
    expect(chunk.includes('WorkerMessageHandler')).toBe(true);
    expect(chunk.includes('getTextContent')).toBe(true);
    expect(/require\(["']pdfjs-dist/.test(chunk)).toBe(false);
  });
});
