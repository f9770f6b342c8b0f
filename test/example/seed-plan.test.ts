import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/check/validate-plan.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

/** The official document the example encodes (a copy of shared/seed, kept with the docs). */
const SEED = readFileSync(resolve(import.meta.dirname, '../../docs/seed/05-KH-UBND-2024.md'), 'utf8').normalize('NFC');
const lines = SEED.split('\n');
const between = (start: RegExp, end: RegExp) => {
  const from = lines.findIndex((l) => start.test(l));
  const to = lines.findIndex((l, i) => i > from && end.test(l));
  return lines.slice(from + 1, to);
};
const bullets = (block: string[]) => block.filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
const strip = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

const loaded = validatePlan(resolve(EXAMPLE_PLANS, '2024'), { cwd: EXAMPLE_PLANS, asOf: '2025-01-02' });
const plan = loaded.plan!;

describe('the shipped example encodes the whole seed document', () => {
  it('is valid, without warnings', () => {
    expect(loaded.all).toEqual([]);
  });

  it('has every main target (11 bullets; the one measuring two things split in two)', () => {
    const targetBullets = bullets(between(/^##### 2\. Chỉ tiêu chủ yếu/, /^## II\./));
    expect(targetBullets).toHaveLength(11);
    expect(plan.targets).toHaveLength(12);
    expect(new Set(plan.targets.map((t) => t.wording))).toEqual(new Set(targetBullets));
  });

  it('has every task bullet of part II, verbatim, in its section', () => {
    const partTwo = between(/^## II\./, /III\. TỔ CHỨC THỰC HIỆN/);
    // A bullet broken by a stray blank line continues on the next non-bullet paragraph.
    const texts: string[] = [];
    for (const l of partTwo) {
      if (l.startsWith('- ')) texts.push(l.slice(2).trim());
      else if (l.trim() && !l.startsWith('#') && texts.length > 0) texts[texts.length - 1] += ` ${l.trim()}`;
    }
    expect(texts).toHaveLength(46);
    expect(plan.tasks.map((t) => t.text)).toEqual(texts);
    const sectionOf = (title: string) => plan.header.sections.find((s) => strip(title).includes(strip(s.title)))?.id;
    expect(sectionOf('### 1. Lĩnh vực kinh tế')).toBe('II.1');
    const counts = Object.fromEntries(plan.header.sections.map((s) => [s.id, plan.tasks.filter((t) => t.section === s.id).length]));
    expect(counts).toEqual({ 'II.1': 9, 'II.2': 11, 'II.3': 0, 'II.3.1': 4, 'II.3.2': 5, 'II.3.3': 6, 'II.4': 8, 'II.5': 3 });
  });

  it('cites every legal basis the document names, each citation verbatim', () => {
    const symbols = plan.legalBases.map((b) => b.symbol).filter(Boolean);
    for (const s of ['10/NQ-HĐND', '11/NQ-CP', '144/2021/NĐ-CP', '124/2021/TT-BCA', '02/CT-UBND', '39-CT/TW', '34-CT/TW', 'TCVN ISO 9001:2015']) {
      expect(symbols).toContain(s);
      expect(SEED).toContain(s);
    }
    expect(plan.legalBases.some((b) => b.citation?.includes('Đề án 06'))).toBe(true);
    for (const b of plan.legalBases) if (b.citation) expect(SEED).toContain(b.citation);
  });

  it('keeps the header, recipients and signer as written', () => {
    expect(plan.header.symbol).toBe('05/KH-UBND');
    expect(plan.header.issued).toBe('2024-01-19');
    expect(plan.header.signer.name).toBe('Trần Hữu Ngọc');
    expect(plan.header.recipients.map((r) => `- ${r}`)).toEqual(lines.filter((l) => /^- (UBND Thành phố|TT\.|Cán bộ, Công|Trưởng các Khu|Lưu)/.test(l)));
    expect(SEED).toContain(plan.header.objective!);
  });

  it('marks every lead unit the document does not name as assumed', () => {
    for (const t of [...plan.targets, ...plan.tasks]) {
      const named = 'text' in t ? t.text : t.wording;
      const lead = plan.units.find((u) => u.id === t.lead)!;
      if (!named.includes(lead.name)) expect(t.assumed?.lead, `${t.id} lead ${t.lead}`).toBeTruthy();
    }
  });
});
