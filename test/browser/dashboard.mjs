#!/usr/bin/env node
// The dashboard checked in a real browser: headless Chromium (Debian's `chromium` package, driven by
// playwright-core; no browser download). For the shipped plan at 2024-H1 and a rollup of two wards,
// at 1280 and 390 px: no console error, no request leaving the file, no horizontal overflow, every
// target visible; a screenshot of each is saved (BROWSER_OUT, default a temp folder).
//   npm run test:browser            (CHROMIUM=/path/to/chromium to use another binary)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { generateWardList } from '../bench/generate.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`test:browser: no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM)`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'plan-browser-'));
const out = process.env.BROWSER_OUT ?? join(work, 'screenshots');
mkdirSync(out, { recursive: true });

function report(args, file) {
  const r = spawnSync(process.execPath, [join(root, 'bin/plan.js'), 'report', ...args, '--format', 'html', '--out', file], { cwd: work, encoding: 'utf8' });
  assert.equal(r.status, 0, `plan report ${args.join(' ')}: ${r.stderr}`);
  return file;
}

generateWardList(work, [1, 9]);
const pages = [
  { name: 'plan-2024-H1', file: report([join(root, 'plans/2024'), '--period', '2024-H1'], join(work, 'plan.html')) },
  { name: 'two-wards-2024-H1', file: report([join(work, 'wards'), '--period', '2024-H1'], join(work, 'wards.html')) },
];

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
let failures = 0;
try {
  for (const p of pages) {
    const html = readFileSync(p.file, 'utf8');
    // Self-contained: nothing refers to the network.
    assert.doesNotMatch(html, /\b(?:src|href)=["']?(?:https?:)?\/\//i, `${p.name}: an external reference`);
    const targets = [...html.matchAll(/<article class="card" data-target="([^"]+)"/g)].length;
    assert.ok(targets > 0, `${p.name}: no target cards`);
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors = [];
      const requests = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
      await page.goto(pathToFileURL(p.file).href);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      const cards = page.locator('article.card');
      const count = await cards.count();
      let hidden = 0;
      for (let i = 0; i < count; i++) if (!(await cards.nth(i).isVisible())) hidden += 1;
      const shot = join(out, `${p.name}-${width}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      const problems = [
        ...errors.map((e) => `console error: ${e}`),
        ...requests.map((r) => `request: ${r}`),
        ...(scrollWidth > clientWidth ? [`horizontal overflow: ${scrollWidth} > ${clientWidth} px`] : []),
        ...(count !== targets ? [`${count} cards on the page, ${targets} in the file`] : []),
        ...(hidden > 0 ? [`${hidden} target cards not visible`] : []),
      ];
      console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${p.name} at ${width} px: ${count} targets, width ${scrollWidth}/${clientWidth}; ${shot}`);
      for (const q of problems) console.log(`     ${q}`);
      failures += problems.length;
      await page.close();
    }
  }
  // The ward matrix sorts by a column (its one script): click "Đạt" and the rows reorder without an error.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(pages[1].file).href);
  const before = await page.locator('table.matrix tbody tr td:first-child').allTextContents();
  await page.locator('table.matrix th', { hasText: 'Đạt' }).first().click();
  await page.locator('table.matrix th', { hasText: 'Đạt' }).first().click();
  const after = await page.locator('table.matrix tbody tr td:first-child').allTextContents();
  const ok = errors.length === 0 && after.length === before.length && [...after].sort().join() === [...before].sort().join();
  console.log(`${ok ? 'ok  ' : 'FAIL'} the ward matrix sorts (${before.join(', ')} -> ${after.join(', ')})`);
  if (!ok) failures += 1;
  await page.close();
} finally {
  await browser.close();
}
if (failures > 0) {
  console.error(`test:browser: ${failures} problem(s)`);
  process.exit(1);
}
console.log(`test:browser: all checks passed; screenshots in ${out}`);
