import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../../src/document/narrative-file.js';
import { xmlSafe } from '../../src/render/docx/xml-safe.js';
import { runCli } from '../helpers/cli.js';
import { bodyParagraphs, docxParts } from '../helpers/docx-xml.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

/** A copy of the shipped plan in a temp folder, so that tests may write into it. */
function planCopy(): { root: string; plan: string } {
  const root = mkdtempSync(join(tmpdir(), 'plan-report-'));
  const plan = join(root, '2024');
  cpSync(join(EXAMPLE_PLANS, '2024'), plan, { recursive: true });
  cpSync(join(EXAMPLE_PLANS, 'plan.schema.json'), join(root, 'plan.schema.json'));
  return { root, plan };
}

describe("people's narrative (reports/<period>.md)", { timeout: 60_000 }, () => {
  it('goes after the figures under its headings, word for word, bold kept', async () => {
    const { root, plan } = planCopy();
    const r = await runCli(['report', plan, '--period', '2024-H1', '--out', 'bc.docx'], { cwd: root });
    expect(r.code).toBe(0);
    const paras = bodyParagraphs((await docxParts(join(root, 'bc.docx'))).document);
    const after = (heading: string, text: string) => {
      const h = paras.findIndex((p) => p.startsWith(heading));
      const i = paras.indexOf(text);
      return h >= 0 && i > h;
    };
    expect(after('1. Lĩnh vực kinh tế', 'Thu ngân sách đạt khá nhờ tập trung đôn đốc các hộ kinh doanh nợ thuế kéo dài; công tác thu gom rác được duy trì ở các khu phố.')).toBe(true);
    const economy = paras.indexOf('Thu ngân sách đạt khá nhờ tập trung đôn đốc các hộ kinh doanh nợ thuế kéo dài; công tác thu gom rác được duy trì ở các khu phố.');
    expect(paras.indexOf('- Thu ngân sách Nhà nước đạt 3.310 triệu đồng, đạt 50,9% dự toán, tăng 11,1% so với cùng kỳ; vượt tiến độ.')).toBeLessThan(economy);
    expect(after('II. TỒN TẠI', 'Tỷ lệ tham gia bảo hiểm y tế còn thấp do một bộ phận người dân lao động tự do chưa mua thẻ hộ gia đình.')).toBe(true);
    expect(after('III. PHƯƠNG HƯỚNG', '- Tiếp tục rà soát hộ cận nghèo, phấn đấu giảm 02 hộ đến cuối năm.')).toBe(true);
    expect(after('IV. KIẾN NGHỊ', 'Đề nghị UBND thành phố hỗ trợ kinh phí sửa chữa hệ thống loa truyền thanh của phường.')).toBe(true);
    expect(paras.some((p) => p.startsWith('(Phần này do cơ quan viết'))).toBe(false);
  });

  it('a heading that matches no part is warned about, with its line, and its words are kept at the end', async () => {
    const { root, plan } = planCopy();
    writeFileSync(join(plan, 'reports/2024-H1.md'), '## I. Kết quả\n\nChung.\n\n### Lĩnh vực không có\n\nĐoạn lạc chỗ.\n');
    const r = await runCli(['report', plan, '--period', '2024-H1', '--out', 'bc.docx'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2024-H1.md:5: tiêu đề "Lĩnh vực không có" không khớp');
    const paras = bodyParagraphs((await docxParts(join(root, 'bc.docx'))).document);
    expect(paras.indexOf('Đoạn lạc chỗ.')).toBeGreaterThan(paras.findIndex((p) => p.startsWith('IV.')));
    expect(paras.indexOf('Chung.')).toBe(paras.findIndex((p) => p.startsWith('I. KẾT QUẢ')) + 1);
  });

  it('--init writes the headings with the generated sentences in comments, and refuses to overwrite', async () => {
    const { root, plan } = planCopy();
    const r = await runCli(['report', plan, '--period', '2024-Q3', '--init'], { cwd: root });
    expect(r.code).toBe(0);
    const text = readFileSync(join(plan, 'reports/2024-Q3.md'), 'utf8');
    expect(text).toContain('## I. KẾT QUẢ THỰC HIỆN');
    expect(text).toContain('### Lĩnh vực kinh tế');
    expect(text).toContain('## III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2024');
    expect(text).toMatch(/<!-- plan viết:\n\s+- Thu ngân sách Nhà nước đạt /);
    // Read back, the draft adds no words of its own: only headings.
    const n = parseNarrative(text);
    expect(n.intro).toEqual([]);
    expect(n.sections.every((s) => s.paragraphs.length === 0)).toBe(true);
    const again = await runCli(['report', plan, '--period', '2024-Q3', '--init'], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã có');
    expect(readFileSync(join(plan, 'reports/2024-Q3.md'), 'utf8')).toBe(text);
  });
});

describe('bad input: one clear message, nothing half-written', { timeout: 60_000 }, () => {
  it('an unknown period: exit 2', async () => {
    const { root, plan } = planCopy();
    const r = await runCli(['report', plan, '--period', '2024-Q5', '--out', 'x.docx'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2024-Q5/);
    expect(existsSync(join(root, 'x.docx'))).toBe(false);
  });

  it('a plan with errors: exit 1 with its diagnostics, no file', async () => {
    const { root, plan } = planCopy();
    writeFileSync(join(plan, 'targets.yaml'), readFileSync(join(plan, 'targets.yaml'), 'utf8').replace('lead: tc-kt', 'lead: khong-co'));
    const r = await runCli(['report', plan, '--period', '2024-H1', '--out', 'x.docx'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.yaml:');
    expect(existsSync(join(root, 'x.docx'))).toBe(false);
  });

  it('an existing file without --force: exit 2, the file untouched; with --force it is replaced', async () => {
    const { root, plan } = planCopy();
    writeFileSync(join(root, 'bc.docx'), 'người dùng');
    const r = await runCli(['report', plan, '--period', '2024-H1', '--out', 'bc.docx'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Tệp bc.docx đã có.');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(root, 'bc.docx'), 'utf8')).toBe('người dùng');
    const f = await runCli(['report', plan, '--period', '2024-H1', '--out', 'bc.docx', '--force'], { cwd: root });
    expect(f.code).toBe(0);
    expect(readFileSync(join(root, 'bc.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('an unwritable path: exit 2, no temp file left', async () => {
    const { root, plan } = planCopy();
    const r = await runCli(['report', plan, '--period', '2024-H1', '--out', join(root, 'khong-co', 'bc.docx')], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không ghi được');
    const locked = join(root, 'locked');
    cpSync(plan, locked, { recursive: true });
    chmodSync(locked, 0o500);
    try {
      const w = await runCli(['report', plan, '--period', '2024-H1', '--out', join(locked, 'bc.docx')], { cwd: root });
      // root ignores permissions: then the write succeeds, which is also not half-written.
      expect([0, 2]).toContain(w.code);
      expect(readdirSync(locked).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      chmodSync(locked, 0o700);
    }
  });

  it('neither --period nor --as-of: exit 2', async () => {
    const { root, plan } = planCopy();
    const r = await runCli(['report', plan], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--period');
  });
});

describe('text Word would refuse', () => {
  it('C0 and C1 controls, U+FFFE and lone surrogates are removed; tab, newline and Vietnamese stay (NFC)', () => {
    expect(xmlSafe('Thu\u0007 ngân\u001b sách\u0085\ufffe\ud800 x\ty\n')).toBe('Thu ngân sách x\ty\n');
    expect(xmlSafe('Hòa'.normalize('NFD'))).toBe('Hòa'.normalize('NFC'));
    expect(xmlSafe('😀')).toBe('😀');
  });
});
