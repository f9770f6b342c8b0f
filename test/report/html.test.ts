import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { esc } from '../../src/render/html/escape.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

/** The dashboard's file, read as text (the browser test, npm run test:browser, opens it in Chromium). */
describe('plan report --format html', { timeout: 60_000 }, () => {
  it('one self-contained page: a card per target, the table, late tasks; no external reference', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-html-'));
    const r = await runCli(['report', join(EXAMPLE_PLANS, '2024'), '--period', '2024-H1', '--format', 'html', '--out', 'd.html'], { cwd: dir });
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'd.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect([...html.matchAll(/<article class="card" data-target="/g)]).toHaveLength(12);
    expect([...html.matchAll(/<svg class="chart"/g)]).toHaveLength(12);
    // Mid-year a sum is not yet met: pace is judged apart (issue 11), never as "Vượt".
    expect(html).toContain('<span class="figure">3.310 triệu đồng</span> <span class="badge v-not-yet">Chưa đạt</span>');
    expect(html).toContain('Số liệu minh họa, không phải số liệu thật');
    // Missed periodic reports in periods, by unit (as part II of the báo cáo), the tasks under each.
    expect(html).toContain('Chưa báo cáo định kỳ (32 nhiệm vụ)');
    expect(html).toContain('<details class="missed"><summary>Công an phường: 6 nhiệm vụ, chưa báo cáo 4 kỳ (từ kỳ tháng 2 năm 2024).</summary>');
    expect([...html.matchAll(/<details class="missed">/g)]).toHaveLength(10);
    expect([...html.matchAll(/chưa báo cáo 4 kỳ<\/span>/g)]).toHaveLength(32);
    expect(html).not.toMatch(/trễ \d+ ngày/);
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link|@import|url\(/);
  });

  it('text from plan files is escaped and stripped of controls', () => {
    expect(esc('<b>"Tổ" & \'x\'</b>\u0007')).toBe('&lt;b&gt;&quot;Tổ&quot; &amp; &#39;x&#39;&lt;/b&gt;');
  });
});
