import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The shape issue 10 asks for, checked on the sources: commands share code through src/cli and the
 * core, never through each other; renderers render documents and never look at comparison kinds.
 */
const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The src-relative paths a file imports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => relative(SRC, resolve(file, '..', s)).replace(/\.js$/, '.ts').split('\\').join('/'));
}

describe('architecture', () => {
  it('no file under src/commands imports another command file', () => {
    const offenders = files(join(SRC, 'commands')).flatMap((f) => importsOf(f).filter((i) => i.startsWith('commands/')).map((i) => `${relative(SRC, f)} -> ${i}`));
    expect(offenders).toEqual([]);
  });

  it('no renderer imports a comparison-kind module (plan text comes with the document)', () => {
    const kindModules = (i: string) => i === 'model/comparison.ts' || i === 'report/planned.ts' || i.startsWith('kinds/');
    const renderers = files(join(SRC, 'render')).filter((f) => !/render\/(status-json|rollup-json)\.ts$/.test(f.split('\\').join('/')));
    const offenders = renderers.flatMap((f) => importsOf(f).filter(kindModules).map((i) => `${relative(SRC, f)} -> ${i}`));
    expect(offenders).toEqual([]);
  });

  it('renderers of documents take their figures from the document, not from the report', () => {
    const documentRenderers = ['render/terminal', 'render/markdown', 'render/csv'].flatMap((d) => files(join(SRC, d)));
    expect(documentRenderers.length).toBeGreaterThan(3);
    const offenders = documentRenderers.flatMap((f) => importsOf(f).filter((i) => i.startsWith('report/')).map((i) => `${relative(SRC, f)} -> ${i}`));
    expect(offenders).toEqual([]);
  });
});
