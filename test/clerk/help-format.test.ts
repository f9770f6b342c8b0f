import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideSections, sectionsFor } from '../../src/cli/format-guide.js';
import { planJsonSchema } from '../../src/model/json-schema.js';
import { runCli } from '../helpers/cli.js';

/**
 * Issue 14, item 7: the format guide is in Vietnamese and reachable where the clerk is. A ward's own
 * repository has no docs/ folder, so `plan help format` prints the guide from inside the tool, and
 * every hint that sends the clerk to the guide names `plan help format`, not a file path.
 */
const GUIDE = readFileSync(resolve(import.meta.dirname, '../../docs/format.md'), 'utf8').normalize('NFC');
const empty = () => mkdtempSync(join(tmpdir(), 'plan-help-format-'));

/** Every property name anywhere in the JSON Schema of plan files. */
function schemaKeys(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) schemaKeys(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) out.add(name);
      schemaKeys(v, out);
    }
  }
  return out;
}

describe('plan help format', () => {
  it('prints the whole guide, outside any plan repository, exit 0', async () => {
    const res = await runCli(['help', 'format'], { cwd: empty() });
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout.trimEnd()).toBe(GUIDE.trimEnd());
  });

  it.each([
    [['8'], '## 8. Chỉ tiêu'],
    [['chi-tieu'], '## 8. Chỉ tiêu'],
    [['chỉ', 'tiêu'], '## 8. Chỉ tiêu'],
    [['targets'], '## 8. Chỉ tiêu'],
    [['so-sanh'], '## 9. Cách so sánh'],
    [['hop-ly'], '## 12. Ghi số liệu'],
    [['5'], '## 5. Phần đầu kế hoạch'],
  ])('plan help format %j prints only its section', async (topic, heading) => {
    const res = await runCli(['help', 'format', ...topic], { cwd: empty() });
    expect(res.code).toBe(0);
    expect(res.stdout.startsWith(heading)).toBe(true);
    expect(res.stdout.match(/^## /gm)).toHaveLength(1);
  });

  it('an unknown topic is a usage error that lists the sections', async () => {
    const res = await runCli(['help', 'format', 'chi-teu'], { cwd: empty() });
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('không có mục "chi-teu"');
    expect(res.stderr).toContain('8. Chỉ tiêu: targets');
  });

  it('plan --help points at it', async () => {
    const res = await runCli(['--help'], { cwd: empty() });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('plan help format');
  });
});

describe('docs/format.md', () => {
  it('is written in Vietnamese for the clerk', () => {
    expect(GUIDE).toMatch(/^# Cách viết tệp kế hoạch/);
    expect(GUIDE).not.toMatch(/This page is for/);
    // Words with Vietnamese letters dominate the prose (code and keys aside).
    const prose = GUIDE.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
    const words = prose.match(/\p{L}+/gu) ?? [];
    const vietnamese = words.filter((w) => /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i.test(w));
    expect(vietnamese.length / words.length).toBeGreaterThan(0.4);
  });

  it('names every key of the plan file format (the JSON Schema), figures, primary, pace and dueWorkingDays included', () => {
    const keys = [...schemaKeys(planJsonSchema())];
    expect(keys).toEqual(expect.arrayContaining(['figures', 'primary', 'pace', 'dueWorkingDays', 'correction', 'wholeUnits']));
    const missing = keys.filter((k) => !new RegExp(`\`${k}(\`|:)|[{,] ${k}:|^\\s*${k}:`, 'm').test(GUIDE));
    expect(missing).toEqual([]);
  });

  it('has numbered sections 1..N in order, each findable by number', () => {
    const numbers = guideSections(GUIDE).map((s) => s.number).filter((n) => n !== '');
    expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
    for (const n of numbers) expect(sectionsFor(n)).toHaveLength(1);
  });
});

describe('hints send the clerk to plan help format', () => {
  it('a missing key names the guide section of its kind', async () => {
    const dir = empty();
    await runCli(['init', 'plans/2025', '--year', '2025', '--as-of', '2025-01-05'], { cwd: dir });
    writeFileSync(join(dir, 'plans/2025/units.yaml'), 'units:\n  - id: vh-xh\n    kind: cong-chuc\n');
    writeFileSync(join(dir, 'plans/2025/targets.yaml'), 'targets:\n  - id: bhyt\n    name: "BHYT"\n    wording: "BHYT đạt 95%."\n    unit: "%"\n    comparison: { kind: at-least }\n    direction: higher\n    accrual: level\n    lead: vh-xh\n');
    const res = await runCli(['validate', '--as-of', '2025-01-05'], { cwd: dir });
    expect(res.code).toBe(1);
    expect(res.stdout + res.stderr).toContain('plan help format 6');
    expect(res.stdout + res.stderr).toContain('plan help format 9');
    expect(res.stdout + res.stderr).not.toContain('docs/format.md');
  });

  it('no message shown to a user names docs/format.md, which a ward repository does not have', () => {
    const sources = ['src/i18n/diagnostic-messages-vi.ts', 'src/i18n/diagnostic-messages-en.ts', 'src/i18n/cli-messages-vi.ts', 'src/i18n/cli-messages-en.ts', 'src/i18n/import-command-messages.ts', 'src/i18n/record-messages.ts', 'src/cli/resolve-plans.ts', 'src/import/init-draft.ts'];
    for (const f of sources) {
      const code = readFileSync(resolve(import.meta.dirname, '../..', f), 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
      expect(code, f).not.toContain('docs/format.md');
    }
  });
});
