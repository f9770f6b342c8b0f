import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../src/render/csv-cell.js';
import { markdownCell } from '../../src/render/markdown-cell.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS, minimalPlan, writePlan } from '../helpers/plan-fixture.js';

const REPO = resolve(EXAMPLE_PLANS, '..');

describe('CSV cells', () => {
  it('escapes formula starts with an apostrophe', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+x')).toBe("'+x");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
  });

  it('keeps plain numbers as numbers, dot-decimal', () => {
    expect(csvCell('-2')).toBe('-2');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('+3.5')).toBe('+3.5');
    expect(csvCell(11.16)).toBe('11.16');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(null)).toBe('');
  });

  it('quotes per RFC 4180', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvText([['a', 1], ['b', 2]])).toBe('a,1\r\nb,2\r\n');
    expect(csvText([['a']], { bom: true })).toBe('\ufeffa\r\n');
  });
});

describe('plan status --format csv', () => {
  it('is UTF-8 without BOM by default, dot-decimal numbers, one row per target; --bom adds one', async () => {
    const r = await runCli(['status', '--as-of', '2024-12-14', '--format', 'csv'], { cwd: REPO });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeff')).toBe(false);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows).toHaveLength(13);
    // variance = actual − planned, sign as is; no ratio on a ceiling ("dưới 11,16%"); the pace figure at the figure's date.
    expect(rows[1]).toContain(',6500,6198.0874,6790,không,2024-12-14,290,104.46,');
    expect(rows.find((l) => l.includes('suy-dinh-duong'))).toContain(',11.3,không,2024-12-14,0.14,,');
    // The illustrative banner is not data: it goes to stderr.
    expect(r.stderr).toContain('Số liệu minh họa');
    const bom = await runCli(['status', '--as-of', '2024-12-14', '--format', 'csv', '--bom'], { cwd: REPO });
    expect(bom.stdout.startsWith('\ufeffTT,')).toBe(true);
  });

  it('escapes formula injection in text from plan files', async () => {
    const files = minimalPlan();
    files['targets.yaml'] = files['targets.yaml']!.replace('name: Tỷ lệ người tham gia bảo hiểm y tế', 'name: "=HYPERLINK(\\"http://x\\")"').replace('unit: "%"', 'unit: "@u"')
      // A wording without a figure, so that the wording check has nothing to compare the odd unit with.
      .replace(/wording: .*/, 'wording: Chỉ tiêu thử nghiệm.');
    const dir = writePlan(files);
    const r = await runCli(['status', '--as-of', '2024-12-14', '--format', 'csv', dir], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://x"")",'@u,`);
  });
});

describe('markdown', () => {
  it('escapes | and turns newlines into <br>', () => {
    expect(markdownCell('a|b\nc')).toBe('a\\|b<br>c');
    expect(markdownCell('x\r\ny')).toBe('x<br>y');
  });

  it('plan status --format markdown: heading with symbol and date, escaped cells', async () => {
    const files = minimalPlan();
    files['targets.yaml'] = files['targets.yaml']!.replace('name: Tỷ lệ người tham gia bảo hiểm y tế', 'name: "BHYT | toàn dân"');
    const dir = writePlan(files);
    const r = await runCli(['status', '--as-of', '2024-12-14', '--format', 'markdown', dir], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('## Kế hoạch 05/KH-UBND: tình hình thực hiện chỉ tiêu (14/12/2024)');
    // The window closed on 14/12 (Nghị định 09): Không đạt; the figure of 14/06 carries its date.
    expect(r.stdout).toContain('| 1 | BHYT \\| toàn dân | % | > 95 | 93,5 (14/06) | -1,5 | 98,4 |  |  | Không đạt |  |');
  });
});

describe('plan status --format json', () => {
  it('has the documented fields with JSON types', async () => {
    const r = await runCli(['status', '--as-of', '2024-11-14', '--format', 'json'], { cwd: REPO });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['schemaVersion', 'plan', 'asOf', 'period', 'convention', 'illustrative', 'targets', 'summary', 'overdue', 'partial', 'gaps']);
    expect(j.schemaVersion).toBe(3);
    expect(j.asOf).toBe('2024-11-14');
    expect(j.period).toBeNull();
    expect(j.illustrative).toBe(true);
    expect(j.summary).toMatchObject({ total: 12, achieved: expect.any(Number) });
    const verdicts = ['met', 'exceeded', 'not-yet', 'missed', 'no-data', 'no-target'];
    for (const t of j.targets) {
      for (const k of ['id', 'name', 'unit', 'planned', 'actual', 'variance', 'ratio', 'verdict', 'entries', 'section', 'estimate', 'expected', 'previous', 'stretch', 'planText', 'final', 'pace', 'sources', 'note', 'stale', 'baseline']) {
        expect(t, `${t.id}.${k}`).toHaveProperty(k);
      }
      expect(verdicts).toContain(t.verdict);
      for (const k of ['planned', 'actual', 'variance', 'ratio', 'expected', 'previous']) expect(t[k] === null || typeof t[k] === 'number').toBe(true);
      expect(typeof t.estimate).toBe('boolean');
      expect(Array.isArray(t.entries)).toBe(true);
      expect(typeof t.planText).toBe('string');
    }
    const bhyt = j.targets.find((t: { id: string }) => t.id === 'bhyt');
    expect(bhyt).toMatchObject({ actual: 95.3, estimate: true, planned: 95, planText: '> 95', verdict: 'met', final: false });
    const tns = j.targets.find((t: { id: string }) => t.id === 'thu-ngan-sach');
    expect(tns.stretch).toMatchObject({ planned: 6695, planText: 'tăng 3–5%' });
    expect(j.targets.find((t: { id: string }) => t.id === 'nhap-ngu')).toMatchObject({ planned: null, verdict: 'no-target', planText: 'trên giao' });
    for (const o of j.overdue) {
      expect(o).toMatchObject({ id: expect.any(String), due: expect.any(String), daysLate: expect.any(Number), leadUnit: expect.any(String), kind: expect.any(String), section: expect.any(String), text: expect.any(String) });
      expect(o.lastCheckIn === null || typeof o.lastCheckIn === 'string').toBe(true);
    }
  });

  it('several plan folders: {plans: [...]} each naming its plan', async () => {
    const a = writePlan(minimalPlan());
    const r = await runCli(['status', '--as-of', '2024-12-14', '--format', 'json', EXAMPLE_PLANS, a], { cwd: REPO });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.plans).toHaveLength(2);
    expect(j.plans.map((p: { plan: { id: string } }) => p.plan.id)).toEqual(['kh-05-ubnd-2024', 'kh-test']);
  });
});
