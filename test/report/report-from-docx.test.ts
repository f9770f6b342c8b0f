import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { narrativeFromHtml } from '../../src/document/narrative-docx.js';
import { runCli } from '../helpers/cli.js';
import { bodyParagraphs, docxParts } from '../helpers/docx-xml.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

/**
 * `plan report --from-docx`: people's words back from a báo cáo edited in Word. An edit is made as
 * Word makes it: a paragraph typed after plan's own text (Enter gives the next style, Normal) is a
 * plain <w:p>. (By hand, the same file saved again by LibreOffice 7 keeps the styles: checked with
 * `soffice --convert-to docx` when this was written; the tests need no office suite.)
 */
function planCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-from-docx-'));
  cpSync(join(EXAMPLE_PLANS, '2024'), join(root, '2024'), { recursive: true });
  cpSync(join(EXAMPLE_PLANS, 'plan.schema.json'), join(root, 'plan.schema.json'));
  return root;
}

/** The .docx with a paragraph typed after the one holding `after`, and without those holding `drop`. */
async function edit(file: string, out: string, o: { after?: [string, string][]; drop?: string[] }): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let xml = await zip.file('word/document.xml')!.async('string');
  for (const [anchor, text] of o.after ?? []) {
    const at = xml.indexOf(anchor);
    expect(at).toBeGreaterThan(0);
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    xml = `${xml.slice(0, end)}<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> đậm</w:t></w:r></w:p>${xml.slice(end)}`;
  }
  for (const text of o.drop ?? []) xml = xml.replace(new RegExp(`<w:p>(?:(?!<w:p>).)*?${text}.*?</w:p>`), '');
  zip.file('word/document.xml', xml);
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
}

const NEW_II = 'Một số bộ phận chưa báo cáo định kỳ do thiếu công chức.';
const NEW_FIELD = 'Công tác thu thuế hộ kinh doanh còn khó khăn.';

describe('plan report --from-docx', { timeout: 90_000 }, () => {
  it('takes the paragraphs people typed under the headings into reports/<period>.md; the new report keeps them, figures regenerated', async () => {
    const root = planCopy();
    expect((await runCli(['report', '2024', '--period', '2024-H1', '--out', 'bc.docx'], { cwd: root })).code).toBe(0);
    await edit(join(root, 'bc.docx'), join(root, 'sua.docx'), { after: [['Không có nhiệm vụ quá hạn.', NEW_II], ['Đôn đốc hộ nợ thuế kéo dài.', NEW_FIELD]] });
    const r = await runCli(['report', '2024', '--period', '2024-H1', '--from-docx', 'sua.docx', '--out', 'bc-moi.docx'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Đã lấy lời văn từ sua.docx vào 2024/reports/2024-H1.md');
    const md = readFileSync(join(root, '2024', 'reports', '2024-H1.md'), 'utf8');
    // The file's own opening comment stays; the words sit under their headings, bold kept; plan's
    // sentences are not copied (they are written again from the figures).
    expect(md.startsWith('<!-- LỜI VĂN MINH HỌA')).toBe(true);
    expect(md).toContain(`## II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN\n\n${NEW_II} **đậm**\n\nTỷ lệ tham gia bảo hiểm y tế còn thấp`);
    // (Typed after a check-in note of plan's, so before the paragraph the file already had.)
    expect(md).toContain(`### Lĩnh vực kinh tế\n\n${NEW_FIELD} **đậm**\n\nThu ngân sách đạt khá nhờ tập trung đôn đốc các hộ kinh doanh nợ thuế kéo dài; công tác thu gom rác được duy trì ở các khu phố.\n`);
    expect(md).not.toContain('Thu ngân sách Nhà nước đạt');
    expect(md).not.toContain('Không có nhiệm vụ quá hạn');
    const paras = bodyParagraphs((await docxParts(join(root, 'bc-moi.docx'))).document);
    const at = (p: string) => paras.indexOf(p);
    expect(at(`${NEW_II} đậm`)).toBeGreaterThan(at('II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN'));
    expect(at(`${NEW_II} đậm`)).toBeLessThan(at('III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024'));
    expect(at(`${NEW_FIELD} đậm`)).toBeGreaterThan(at('1. Lĩnh vực kinh tế'));
    expect(at(`${NEW_FIELD} đậm`)).toBeLessThan(at('2. Hoạt động Văn hóa – Xã hội'));
    expect(paras.filter((p) => p === `${NEW_II} đậm`)).toHaveLength(1);

    // Taken back again from the new report: the same words, the file untouched.
    const again = await runCli(['report', '2024', '--period', '2024-H1', '--from-docx', 'bc-moi.docx', '--out', 'bc-3.docx'], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('2024-H1.md');
    expect(readFileSync(join(root, '2024', 'reports', '2024-H1.md'), 'utf8')).toBe(md);
  });

  it('refuses (exit 2) to drop a paragraph of the narrative file that the .docx no longer holds, unless --force', async () => {
    const root = planCopy();
    expect((await runCli(['report', '2024', '--period', '2024-H1', '--out', 'bc.docx'], { cwd: root })).code).toBe(0);
    await edit(join(root, 'bc.docx'), join(root, 'sua.docx'), { drop: ['Đề nghị UBND thành phố hỗ trợ'] });
    const file = join(root, '2024', 'reports', '2024-H1.md');
    const before = readFileSync(file, 'utf8');
    const r = await runCli(['report', '2024', '--period', '2024-H1', '--from-docx', 'sua.docx', '--out', 'bc-moi.docx'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2024/reports/2024-H1.md có 1 đoạn không còn trong sua.docx, vd. dưới "IV. Kiến nghị, đề xuất": "Đề nghị UBND thành phố hỗ trợ');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const forced = await runCli(['report', '2024', '--period', '2024-H1', '--from-docx', 'sua.docx', '--out', 'bc-moi.docx', '--force'], { cwd: root });
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('Đề nghị UBND thành phố hỗ trợ');
  });

  it('a file that is not a .docx: exit 2, nothing written', async () => {
    const root = planCopy();
    writeFileSync(join(root, 'x.docx'), 'not a zip');
    const r = await runCli(['report', '2024', '--period', '2024-H1', '--from-docx', 'x.docx', '--out', 'bc.docx'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không đọc được x.docx như một tệp Word .docx');
  });
});

/** mammoth's HTML of an edited báo cáo → the narrative file: a table of cases. */
const CASES: [label: string, html: string, body: string][] = [
  ['plan\'s own paragraphs and tables are left out', '<table><tr><td><p>UBND</p></td></tr></table><p class="plan">BÁO CÁO</p><h2>I. KẾT QUẢ</h2><p class="plan">- Thu đạt 3.310</p>', ''],
  ['words before the first part replace the opening', '<p class="plan">BÁO CÁO</p><p>Thực hiện Kế hoạch số 05, Ủy ban báo cáo:</p><h2>I. KẾT QUẢ</h2>', 'Thực hiện Kế hoạch số 05, Ủy ban báo cáo:\n'],
  ['a field keeps its name, not plan\'s number', '<h2><strong>I. KẾT QUẢ</strong></h2><h3><strong>1. Lĩnh vực kinh tế</strong></h3><p>Thu khá.</p>', '## I. KẾT QUẢ\n\n### Lĩnh vực kinh tế\n\nThu khá.\n'],
  ['spaces inside a bold run go outside the marks', '<h2>II. TỒN TẠI</h2><p>Còn<strong> chậm </strong>ở khu phố 3.</p>', '## II. TỒN TẠI\n\nCòn **chậm** ở khu phố 3.\n'],
  ['bold, italics, entities and line breaks', '<h2>IV. KIẾN NGHỊ</h2><p>Đề nghị <strong>UBND</strong> <em>thành phố</em> &amp; tỉnh<br />hỗ trợ.</p>', '## IV. KIẾN NGHỊ\n\nĐề nghị **UBND** *thành phố* & tỉnh hỗ trợ.\n'],
  ['a Word list item becomes a "- " item', '<h2>III. PHƯƠNG HƯỚNG</h2><ul><li>Rà soát hộ cận nghèo.</li></ul>', '## III. PHƯƠNG HƯỚNG\n\n- Rà soát hộ cận nghèo.\n'],
  ['a part with no words of people is left out', '<h2>I. KẾT QUẢ</h2><p class="plan">x</p><h2>II. TỒN TẠI</h2><p>Còn chậm.</p>', '## II. TỒN TẠI\n\nCòn chậm.\n'],
  ['a "#" at the start stays text', '<h2>II. TỒN TẠI</h2><p># 3 khu phố chưa nộp.</p>', '## II. TỒN TẠI\n\n\\# 3 khu phố chưa nộp.\n'],
];

describe('narrativeFromHtml', () => {
  it.each(CASES)('%s', (_label, html, body) => {
    const { markdown } = narrativeFromHtml(html);
    expect(markdown).toBe(`<!-- Lời văn lấy lại từ báo cáo .docx đã sửa (plan report --from-docx). -->\n${body === '' ? '' : `\n${body}`}`);
  });
});
