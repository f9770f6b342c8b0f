#!/usr/bin/env node
// Dev check of the báo cáo as printed (needs LibreOffice, poppler-utils and fonts-liberation; not in CI):
// writes the shipped plan's 2024-H1 report, converts it to PDF with LibreOffice headless, reads page 1
// with `pdftotext -bbox` and checks where things stand, then saves page 1 as docs/report-page1.png.
//   npm run build && node bin/report-page1.mjs [--keep DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.indexOf('--keep');
const dir = keep > 0 ? process.argv[keep + 1] : mkdtempSync(join(tmpdir(), 'plan-report-'));
const docx = join(dir, 'bc.docx');
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const run = spawnSync(process.execPath, [join(root, 'bin/plan.js'), 'report', join(root, 'plans/2024'), '--period', '2024-H1', '--format', 'docx', '--out', docx, '--force'], { encoding: 'utf8' });
check(run.status === 0, `plan report exits 0 (${run.status}) ${run.stderr.trim()}`);

// LibreOffice needs a profile it can write; a fresh one keeps runs independent.
const profile = join(dir, 'lo-profile');
const soffice = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8' });
const pdf = join(dir, 'bc.pdf');
check(soffice.status === 0 && existsSync(pdf), `soffice --headless --convert-to pdf exits 0 and writes bc.pdf (${soffice.status})`);
if (!existsSync(pdf)) process.exit(1);

const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
check(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/.test(info), 'page 1 is A4 portrait (595 × 842 pt)');

// Words of page 1 with their boxes, grouped into lines by their top edge.
const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
  x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5].replace(/&amp;/g, '&'),
}));
/** The words of `phrase` in a row on one line (same top within 1.5 pt), or null. */
function findLine(phrase) {
  const want = phrase.split(' ');
  for (let i = 0; i + want.length <= words.length; i++) {
    const run = words.slice(i, i + want.length);
    if (run.every((w, k) => w.text === want[k]) && run.every((w) => Math.abs(w.y0 - run[0].y0) < 1.5)) {
      return { x0: run[0].x0, x1: run.at(-1).x1, y0: Math.min(...run.map((w) => w.y0)), y1: Math.max(...run.map((w) => w.y1)) };
    }
  }
  return null;
}

const nation = findLine('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
const issuer = findLine('ỦY BAN NHÂN DÂN PHƯỜNG 1');
const title = findLine('BÁO CÁO');
check(nation !== null, '"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" stands on one line');
check(issuer !== null, '"ỦY BAN NHÂN DÂN PHƯỜNG 1" stands on one line');
if (nation && issuer) {
  check(nation.x0 > issuer.x1, `the nation line starts right of the issuing body (${nation.x0.toFixed(1)} > ${issuer.x1.toFixed(1)} pt)`);
  check(Math.abs(nation.y0 - issuer.y0) < 20, `both in the header's top row (tops ${issuer.y0.toFixed(1)}, ${nation.y0.toFixed(1)} pt)`);
}
// Text area: left margin 30 mm, right 15 mm, on a 595.3 pt page.
const mm = 72 / 25.4;
const centre = (30 * mm + (595.3 - 15 * mm)) / 2;
if (title && nation && issuer) {
  const mid = (title.x0 + title.x1) / 2;
  check(Math.abs(mid - centre) < 3, `"BÁO CÁO" is centred on the text area (${mid.toFixed(1)} vs ${centre.toFixed(1)} pt)`);
  check(title.y0 > Math.max(nation.y1, issuer.y1), '"BÁO CÁO" is below both header columns');
}

// The sentence of the budget target, its figures computed by hand from plans/2024 (illustrative):
// 3.310 (at 14/06/2024) ÷ 6.500 (assigned) = 0,5092 -> 50,9 %; 3.310 ÷ 2.980 (2023-H1) = 1,1107 -> +11,1 %.
const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const sentence = 'Thu ngân sách Nhà nước đạt 3.310 triệu đồng, đạt 50,9% dự toán, tăng 11,1% so với cùng kỳ';
check(text.includes(sentence), `page 1 holds "${sentence}"`);
// Every target sentence on page 1, each figure worked by hand from plans/2024/progress (illustrative):
const handWorked = [
  // 94,2 at 2024-06-14 against ≥ 95; 2023-H1: 90,5 -> +3,7 points (a rate changes in points).
  'Tỷ lệ thu gom rác đạt 94,2% (kế hoạch từ 95% trở lên), tăng 3,7 điểm phần trăm so với cùng kỳ; chưa đạt kế hoạch.',
  // Lower is better: "còn" 11,52 against < 11,16.
  'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi còn 11,52% (kế hoạch dưới 11,16%); chưa đạt kế hoạch.',
  // 93,4 against > 95; 2023-H1: 92,1 -> +1,3 points.
  'Tỷ lệ người tham gia bảo hiểm y tế toàn dân đạt 93,4% (kế hoạch trên 95%), tăng 1,3 điểm phần trăm so với cùng kỳ; chưa đạt kế hoạch.',
  // 14 at the end of 2023 -> 13: down 1 of the 2 planned = 50 %.
  'Số hộ cận nghèo còn 13 hộ, giảm được 1 hộ (kế hoạch giảm 2 hộ), đạt 50% kế hoạch; chưa đạt kế hoạch.',
  // 87,5 (14/16 vụ) against ≥ 90; 2023-H1: 85 -> +2,5 points.
  'Tỷ lệ hòa giải thành đạt 87,5% (kế hoạch từ 90% trở lên), tăng 2,5 điểm phần trăm so với cùng kỳ; chưa đạt kế hoạch.',
  // 9 recruits on 26/02; the number is assigned by the level above, not given yet.
  'Số công dân nhập ngũ đạt 9 người; chưa có chỉ tiêu giao.',
];
for (const s of handWorked) check(text.includes(s), `page 1 holds "${s}"`);
check(text.includes('Phường 1, ngày 14 tháng 6 năm 2024'), 'the place and date in words, NĐ 30 style ("tháng 6", no zero)');

const png = join(dir, 'page1');
execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
copyFileSync(`${png}.png`, join(root, 'docs/report-page1.png'));
console.log(`page 1 -> docs/report-page1.png${keep > 0 ? `; files in ${dir}` : ''}`);
if (keep < 0) rmSync(dir, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}

