import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docx and exceljs are heavy: `plan report` loads them from dist/report.cjs, a bundle of their own
 * (bin/build.mjs), so that the main bundle every command starts from holds none of their code and an
 * installed plan needs no node_modules lookup for them. npm test builds both first.
 */
const dist = resolve(import.meta.dirname, '../../dist');

describe('the report renderers are a lazily loaded bundle', () => {
  it('dist/plan.cjs requires ./report.cjs and holds no docx code', () => {
    const main = readFileSync(resolve(dist, 'plan.cjs'), 'utf8');
    expect(main).toMatch(/require\(["']\.\/report\.cjs["']\)/);
    expect(main).not.toContain('wordprocessingml');
    expect(main).not.toMatch(/require\(["']docx["']\)/);
  });

  it('dist/report.cjs holds docx itself, not a lookup in node_modules', () => {
    const chunk = readFileSync(resolve(dist, 'report.cjs'), 'utf8');
    expect(chunk).toContain('wordprocessingml');
    expect(chunk).not.toMatch(/require\(["']docx["']\)/);
  });
});
