#!/usr/bin/env node
/**
 * plan import reads linearly (issue 9 item 12): the same document shape at n and 4n, timed as the CLI
 * runs it (--dry-run, so only reading and drafting count). Passes when 4× the input takes ≤ 5× the time.
 *   node test/bench/import-linear.mjs            # 250 targets × 1,000 tasks, and one bullet of 2,000 figures
 *   node test/bench/import-linear.mjs --small    # a quick run (50 × 200; 500 figures)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/plan.js');
const small = process.argv.includes('--small');
const dir = mkdtempSync(join(tmpdir(), 'plan-import-bench-'));

function listDocument(targets) {
  let s = '# KẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2024\n\n## I. MỤC TIÊU, CHỈ TIÊU\n\n### 2. Chỉ tiêu chủ yếu\n\n';
  for (let i = 0; i < targets; i++) s += `- Tỷ lệ hộ dùng nước sạch khu ${i} đạt ${(i % 90) + 5}%.\n`;
  s += '\n## II. NHIỆM VỤ, GIẢI PHÁP\n\n### 1. Lĩnh vực kinh tế\n\n';
  for (let i = 0; i < targets * 4; i++) s += `- Tiếp tục thực hiện nhiệm vụ số ${i} về quản lý đô thị, vệ sinh môi trường khu dân cư ${i % 50}.\n`;
  return s;
}

function figuresDocument(figures) {
  const items = Array.from({ length: figures }, (_, i) => `Sản lượng loại ${i}: ${i + 1} tấn`);
  return `CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2024:\n- ${items.join('; ')}\n`;
}

function time(name, text) {
  const file = join(dir, `${name}.md`);
  writeFileSync(file, text);
  const t0 = performance.now();
  execFileSync(process.execPath, [BIN, 'import', file, '--dry-run', '--as-of', '2024-07-01'], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  return (performance.now() - t0) / 1000;
}

let ok = true;
for (const [shape, make, n] of [
  ['targets+tasks', listDocument, small ? 50 : 250],
  // 4n stays under the draft's 8 MB bound (about 10,000 measures of this shape make a draft past 8 MB, refused as it should be).
  ['figures in one bullet', figuresDocument, small ? 500 : 2000],
]) {
  time(`${shape}-warm`, make(Math.max(1, n / 10)));
  const a = time(`${shape}-1`, make(n));
  const b = time(`${shape}-4`, make(n * 4));
  const ratio = b / a;
  ok &&= ratio <= 5;
  console.log(`${shape}: n=${n} ${a.toFixed(2)} s, 4n=${n * 4} ${b.toFixed(2)} s, ratio ${ratio.toFixed(2)} (goal ≤ 5) ${ratio <= 5 ? 'ok' : 'MISSED'}`);
}
process.exit(ok ? 0 : 1);
