#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/plan.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('plan: chưa được build (thiếu dist/plan.js). Chạy `npm install` hoặc `npm run build` trong thư mục của plan.\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
