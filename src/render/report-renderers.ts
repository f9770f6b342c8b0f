/**
 * The page renderers of `plan report`, in one module that the CLI loads on demand: bin/build.mjs
 * bundles it (with docx and exceljs) into dist/report.cjs, apart from the main bundle, so that no
 * other command reads or compiles them, and an installed plan needs no node_modules lookup for them.
 */
export { renderDocx } from './docx/render-docx.js';
