// Builds dist/plan.cjs: the CLI as one minified CommonJS bundle, then warms its V8 code cache.
//
// Start-up is most of a command's time on a ward-sized plan. One bundle means one file to read;
// CommonJS lets bin/plan.js compile it with vm.Script and V8 code cache (Node 20 has no module
// compile cache), so later runs skip parsing and compiling what they have run before.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
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
  plugins: [lazyChildProcessForCommander(), reportRenderersApart()],
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
      b.onLoad({ filter: /.*/, namespace: 'plan-lazy' }, () => ({
        contents: "let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require('node:child_process'))[k] });",
        loader: 'js',
      }));
    },
  };
}

rmSync(new URL('../dist/plan.js', import.meta.url), { force: true });
rmSync(new URL('../dist/plan.js.map', import.meta.url), { force: true });

// Run the usual commands once so that the cache holds the functions they compile lazily.
rmSync(new URL('../dist/plan.cjs.cache', import.meta.url), { force: true });
for (const args of [['validate', 'plans'], ['status', 'plans']]) {
  spawnSync(process.execPath, ['bin/plan.js', ...args, '--as-of', '2024-12-31'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, PLAN_CODE_CACHE: 'write' },
  });
}
