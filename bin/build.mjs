// Builds dist/plan.cjs: the CLI as one minified CommonJS bundle, then warms its V8 code cache.
//
// Start-up is most of a command's time on a ward-sized plan. One bundle means one file to read;
// CommonJS lets bin/plan.js compile it with vm.Script and V8 code cache (Node 20 has no module
// compile cache), so later runs skip parsing and compiling what they have run before.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/plan.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  keepNames: false,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // import() becomes require(): a vm.Script has no module loader for dynamic imports.
  supported: { 'dynamic-import': false },
  plugins: [lazyChildProcessForCommander(), noColorDetectionInChalk(), oneColumnWidthsForCliTable(), englishOnlyZodLocales(), reportRenderersApart(), pdfTextLayerApart(), rawText()],
  // Only `plan import` of a .docx needs mammoth; it stays in node_modules, out of every start.
  external: ['mammoth'],
});

// `plan report`'s renderers (docx, exceljs inside) are a bundle of their own, dist/report.cjs, that
// the main bundle requires only when a report is written: every other command starts without
// reading them, and an installed plan finds them without node_modules.
await build({
  absWorkingDir: root,
  entryPoints: ['src/render/report-renderers.ts'],
  outfile: 'dist/report.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  supported: { 'dynamic-import': false },
});
// `plan import` of a .pdf reads the text layer with pdfjs-dist (its worker's code included: pdfjs runs it
// in the same thread), about 2 MB of code: a bundle of its own, dist/pdf.cjs, required only then.
// import.meta.url has no meaning in CommonJS; pdfjs uses it only to require @napi-rs/canvas for
// rendering, which reading text never does (and which fails quietly where it is undefined).
await build({
  absWorkingDir: root,
  entryPoints: ['src/import/pdf-text-layer.ts'],
  outfile: 'dist/pdf.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'error',
  supported: { 'dynamic-import': false },
});

/** The import of src/import/pdf-text-layer.ts becomes require('./pdf.cjs'), resolved next to plan.cjs. */
function pdfTextLayerApart() {
  return {
    name: 'pdf-text-layer-apart',
    setup(b) {
      b.onResolve({ filter: /\/pdf-text-layer\.js$/ }, () => ({ path: './pdf.cjs', external: true }));
    },
  };
}

/**
 * `import guide from '…/format.md?raw'` (Vite's spelling, which the tests run under) becomes the
 * file's text: `plan help format` prints docs/format.md from inside the bundle.
 */
function rawText() {
  return {
    name: 'raw-text',
    setup(b) {
      b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }));
      b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text', watchFiles: [args.path] }));
    },
  };
}

/** The import of src/render/report-renderers.ts becomes require('./report.cjs'), resolved next to plan.cjs. */
function reportRenderersApart() {
  return {
    name: 'report-renderers-apart',
    setup(b) {
      b.onResolve({ filter: /render\/report-renderers\.js$/ }, () => ({ path: './report.cjs', external: true }));
    },
  };
}

/**
 * commander requires node:child_process (and with it net and stream) at load time, only to run
 * executable subcommands, which plan has none of: about 10 ms of every start. Give it a proxy that
 * loads the module on first use instead.
 */
function lazyChildProcessForCommander() {
  return {
    name: 'lazy-child-process',
    setup(b) {
      b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
        args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'lazy-child-process', namespace: 'plan-lazy' } : undefined,
      );
      b.onLoad({ filter: /^lazy-child-process$/, namespace: 'plan-lazy' }, () => ({
        contents: "let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require('node:child_process'))[k] });",
        loader: 'js',
      }));
    },
  };
}

/**
 * chalk detects the terminal's colours when it is loaded (supports-color: node:tty, node:os, the
 * environment, for stdout and stderr), for its default instances, which plan never uses: every
 * renderer gets `new Chalk({ level })` decided by src/cli/color.ts. Give chalk a detector that finds
 * nothing, so that no start pays for it.
 */
function noColorDetectionInChalk() {
  return {
    name: 'no-color-detection-in-chalk',
    setup(b) {
      b.onResolve({ filter: /^#supports-color$/ }, (args) =>
        /node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'plan-lazy' } : undefined,
      );
      b.onLoad({ filter: /^supports-color$/, namespace: 'plan-lazy' }, () => ({
        contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };',
        loader: 'js',
      }));
    },
  };
}

/**
 * cli-table3 measures every cell, line and padding with string-width, which strips colours and tries
 * a large emoji pattern (a new RegExp each call) on the text: a tenth of `plan status`'s allocation.
 * Where every character takes one column and none combines (src/render/terminal/one-column.ts), the
 * width is the length; anything else goes to string-width itself.
 */
function oneColumnWidthsForCliTable() {
  return {
    name: 'one-column-widths-for-cli-table',
    setup(b) {
      b.onResolve({ filter: /^string-width$/ }, (args) =>
        /node_modules[\\/]cli-table3[\\/]/.test(args.importer) ? { path: 'string-width', namespace: 'plan-lazy' } : undefined,
      );
      b.onLoad({ filter: /^string-width$/, namespace: 'plan-lazy' }, () => ({
        contents: [
          "const stringWidth = require('string-width/index.js');",
          "const { oneColumnText } = require('./src/render/terminal/one-column.ts');",
          "module.exports = (s) => (typeof s === 'string' && oneColumnText(s) ? s.length : stringWidth(s));",
        ].join('\n'),
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
}

/**
 * `z.locales` holds zod's messages in some fifty languages (a third of zod, 0.35 MB of source read
 * and compiled on every start); plan writes its own Vietnamese messages and uses none of them. Keep
 * English, zod's default, which zod sets on its own.
 */
function englishOnlyZodLocales() {
  return {
    name: 'english-only-zod-locales',
    setup(b) {
      b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /node_modules[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir) ? { path: 'zod-locales', namespace: 'plan-lazy' } : undefined,
      );
      b.onLoad({ filter: /^zod-locales$/, namespace: 'plan-lazy' }, (args) => ({
        contents: "export { default as en } from 'zod/v4/locales/en.js';",
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
}

asciiOnly(join(root, 'dist/plan.cjs'));

/**
 * esbuild escapes non-ASCII text in strings but leaves it in regular-expression literals (the
 * wording patterns hold Vietnamese): one such character makes V8 hold the whole 0.85 MB source as a
 * two-byte string, decoded from UTF-8 on every start. Escape them (\uXXXX means the same character
 * in a regex, in a class too, with or without the u flag), so that the bundle is ASCII and reads as
 * one-byte text. Columns after an escaped character on those few lines shift in the source map.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const out = text.replace(/[^\x00-\x7f]/gu, (ch, at) => {
    // After a backslash the escape would change what is matched: such a bundle is a build error.
    if (text[at - 1] === '\\') throw new Error(`bin/build.mjs: a non-ASCII character after a backslash at ${at} of ${file}`);
    const cp = ch.codePointAt(0);
    if (cp > 0xffff) throw new Error(`bin/build.mjs: a character outside the BMP at ${at} of ${file}: escape it in the source`);
    return `\\u${cp.toString(16).padStart(4, '0')}`;
  });
  if (out !== text) writeFileSync(file, out);
}

rmSync(new URL('../dist/plan.js', import.meta.url), { force: true });
rmSync(new URL('../dist/plan.js.map', import.meta.url), { force: true });

// Run the daily commands once so that the cache holds the functions they compile lazily (each
// command's code is a lazily initialised part of the bundle: what a command never ran is compiled
// when it first runs). record writes into a throw-away copy of the example; the plan cache of these
// runs is thrown away too.
rmSync(new URL('../dist/plan.cjs.cache', import.meta.url), { force: true });
const scratch = mkdtempSync(join(tmpdir(), 'plan-build-'));
try {
  cpSync(join(root, 'plans'), join(scratch, 'plans'), { recursive: true });
  // validate twice: cold (and writing the plan cache), then warm (reading it).
  const runs = [
    ['validate', 'plans'],
    ['validate', 'plans'],
    ['status', 'plans'],
    ['record', 'bhyt', '95,1', '--date', '2024-12-20', '--source', 'BHXH', '--plan', join(scratch, 'plans', '2024')],
  ];
  for (const args of runs) {
    spawnSync(process.execPath, ['bin/plan.js', ...args, '--as-of', '2024-12-31'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, PLAN_CODE_CACHE: 'write', PLAN_CACHE_DIR: join(scratch, 'cache') },
    });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
