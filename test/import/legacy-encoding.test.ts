/**
 * Documents in the legacy Vietnamese font encodings (issue 13): refused with the encoding named, never
 * imported as garbage. The samples are the national motto and a target as TCVN3 (.VnTime) and VNI
 * (VNI-Times) fonts render them when read as Unicode.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyEncodingOf } from '../../src/import/legacy-encoding.js';
import { runCli } from '../helpers/cli.js';

const TCVN3 = 'Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n- Tû lÖ hé nghÌo cña x· n¨m 2024 gi¶m 1%.';
const VNI = 'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\n- Tyû leä hoä ngheøo cuûa xaõ naêm 2024 giaûm 1%.';
const SEED = readFileSync(resolve(import.meta.dirname, '../../docs/seed/05-KH-UBND-2024.md'), 'utf8');

describe('legacy encodings', () => {
  it.each([
    ['TCVN3', TCVN3, 'TCVN3 (ABC)'],
    ['VNI', VNI, 'VNI'],
    ['the seed (Unicode)', SEED, undefined],
    ['a Unicode text quoting one garbled word', `${SEED}\nChữ "cña" là lỗi phông TCVN3.`, undefined],
  ])('%s', (_, text, expected) => {
    expect(legacyEncodingOf(text)).toBe(expected);
  });

  it('plan import refuses a TCVN3 file, naming the encoding and the way out, exit 2, nothing written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-legacy-'));
    writeFileSync(join(root, 'ke-hoach.txt'), TCVN3);
    const res = await runCli(['import', 'ke-hoach.txt', '--out', 'plans/2024', '--as-of', '2024-07-01'], { cwd: root });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/bảng mã cũ TCVN3 \(ABC\)/u);
    expect(res.stderr).toMatch(/Unicode/u);
    expect(res.stderr).not.toMatch(/at .*\.ts:\d+/u);
  });
});
