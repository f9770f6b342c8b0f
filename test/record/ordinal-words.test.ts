/**
 * plan record takes a state's or a level's figure as a word (issue 13): "đạt", "chưa đạt" for a
 * yes/no state; a level's name on the target's own scale, without case or diacritics, or the start
 * of one name when no other starts so. The file keeps the number, as it does when the number is
 * typed (docs/format.md: a state is 1 or 0, a level its rank, 1 the lowest). Input -> stored value,
 * or the one error (exit 2, nothing written) with the words there are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { minimalPlan, writePlan } from '../helpers/plan-fixture.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';

const PARTY = ['Không hoàn thành nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ'];
/** A scale where one name starts the others: the whole name wins. */
const NESTED = ['Hoàn thành', 'Hoàn thành tốt', 'Hoàn thành xuất sắc'];

const level = (id: string, scale: readonly string[], at: string, wording: string) => `  - id: ${id}
    name: Xếp loại ${id}
    wording: "${wording}"
    unit: mức
    comparison:
      kind: level
      scale: [${scale.join(', ')}]
      level: ${at}
    direction: higher
    accrual: level
    lead: vh-xh
`;

function plan(): string {
  const base = minimalPlan();
  return writePlan({
    ...base,
    'targets.yaml':
      base['targets.yaml']! +
      `  - id: y-te
    name: Xã đạt chuẩn quốc gia về y tế
    wording: Duy trì xã đạt chuẩn quốc gia về y tế.
    unit: trạng thái
    comparison: { kind: state, goal: keep }
    direction: higher
    accrual: level
    lead: vh-xh
` +
      level('dang-bo', PARTY, 'Hoàn thành tốt nhiệm vụ', 'Đảng bộ xã hàng năm đạt: hoàn thành tốt nhiệm vụ trở lên.') +
      level('chi-bo', NESTED, 'Hoàn thành tốt', 'Chi bộ hàng năm đạt: hoàn thành tốt trở lên.'),
  });
}

const AS_OF = ['--date', '2024-06-30', '--as-of', '2024-07-01'];
const stored = (dir: string, id: string) => (parse(readFileSync(join(dir, 'progress', `${id}.yaml`), 'utf8')).entries as { value: number }[]).at(-1)!.value;

/** target, typed -> the value the file keeps. */
const ACCEPTED: [string, string, number][] = [
  ['y-te', 'đạt', 1],
  ['y-te', 'Đạt', 1],
  ['y-te', 'DAT', 1],
  ['y-te', 'đạt'.normalize('NFD'), 1],
  ['y-te', ' đã đạt ', 1],
  ['y-te', 'chưa đạt', 0],
  ['y-te', 'chua dat', 0],
  ['y-te', 'CHƯA  ĐẠT', 0],
  ['y-te', 'không đạt', 0],
  ['y-te', 'yes', 1],
  ['y-te', 'No', 0],
  ['y-te', 'achieved', 1],
  ['y-te', 'not achieved', 0],
  ['y-te', '1', 1],
  ['y-te', '0', 0],
  ['dang-bo', 'Hoàn thành tốt nhiệm vụ', 3],
  ['dang-bo', 'hoan thanh tot nhiem vu', 3],
  ['dang-bo', 'HOÀN THÀNH XUẤT SẮC NHIỆM VỤ', 4],
  ['dang-bo', 'Hoàn thành nhiệm vụ', 2],
  ['dang-bo', 'hoàn thành tốt', 3],
  ['dang-bo', 'hoan thanh x', 4],
  ['dang-bo', 'không', 1],
  ['dang-bo', 'Không hoàn thành nhiệm vụ'.normalize('NFD'), 1],
  ['dang-bo', '3', 3],
  ['dang-bo', '4 mức', 4],
  ['chi-bo', 'hoàn thành', 1],
  ['chi-bo', 'HOAN THANH', 1],
  ['chi-bo', 'hoàn thành t', 2],
  ['chi-bo', 'hoan thanh xuat sac', 3],
];

/** target, typed -> what the one error says (message, then the words it lists). */
const REFUSED: [string, string, RegExp][] = [
  ['y-te', 'xong', /"xong" không phải số liệu của chỉ tiêu trạng thái "y-te"\.\n {2}= gợi ý: Ghi "đạt" \(hoặc 1\) hay "chưa đạt" \(hoặc 0\); không dấu cũng được: "dat", "chua dat"\./u],
  ['y-te', 'đ', /"đ" không phải số liệu của chỉ tiêu trạng thái "y-te"/u],
  ['y-te', '2', /Chỉ tiêu "y-te" là trạng thái có\/không: số liệu là 1 \(đạt\) hoặc 0 \(chưa đạt\), không phải 2\./u],
  ['y-te', '0,5', /không phải 0,5\./u],
  ['dang-bo', 'hoàn thành', /"hoàn thành" khớp nhiều mức của thang xếp loại: "Hoàn thành nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"\./u],
  ['dang-bo', 'xuất sắc', /"xuất sắc" không phải một mức của thang xếp loại của chỉ tiêu "dang-bo"\.\n {2}= gợi ý: Ghi tên mức hoặc thứ bậc của nó: 1 "Không hoàn thành nhiệm vụ", 2 "Hoàn thành nhiệm vụ", 3 "Hoàn thành tốt nhiệm vụ", 4 "Hoàn thành xuất sắc nhiệm vụ"\./u],
  ['dang-bo', '5', /Thang xếp loại của chỉ tiêu "dang-bo" có 4 mức; 5 không phải thứ bậc của mức nào\./u],
  ['dang-bo', '0', /có 4 mức; 0 không phải/u],
  ['dang-bo', '2,5', /có 4 mức; 2,5 không phải/u],
  ['chi-bo', 'hoàn thành tốt nhiệm vụ', /không phải một mức của thang xếp loại của chỉ tiêu "chi-bo"[\s\S]*1 "Hoàn thành", 2 "Hoàn thành tốt", 3 "Hoàn thành xuất sắc"/u],
];

describe('plan record: a state or a level in words', () => {
  it.each(ACCEPTED)('%s "%s" is stored as %d', async (id, typed, value) => {
    const dir = plan();
    const res = await runCli(['record', id, typed, ...AS_OF], { cwd: dir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(stored(dir, id)).toBe(value);
  });

  it.each(REFUSED)('%s "%s" is refused: one error, exit 2, nothing written', async (id, typed, says) => {
    const dir = plan();
    const before = snapshotDir(dir);
    const res = await runCli(['record', id, typed, ...AS_OF], { cwd: dir });
    expect(res.stderr).toMatch(says);
    expect(res.stderr.match(/lỗi:/gu)).toHaveLength(1);
    expect(res.code).toBe(2);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('the file a word writes is byte for byte the file its number writes', async () => {
    for (const [id, word, number] of [['dang-bo', 'hoàn thành tốt', '3'], ['y-te', 'chua dat', '0']] as const) {
      const [a, b] = [plan(), plan()];
      expect((await runCli(['record', id, word, ...AS_OF], { cwd: a })).code).toBe(0);
      expect((await runCli(['record', id, number, ...AS_OF], { cwd: b })).code).toBe(0);
      const file = join('progress', `${id}.yaml`);
      expect(readFileSync(join(a, file), 'utf8')).toBe(readFileSync(join(b, file), 'utf8'));
    }
  });

  it('says the level back with its name; --format json keeps the number', async () => {
    const dir = plan();
    const res = await runCli(['record', 'dang-bo', 'hoan thanh tot', ...AS_OF, '--dry-run'], { cwd: dir });
    expect(res.stdout).toContain('dang-bo = 3 (Hoàn thành tốt nhiệm vụ)');
    const json = JSON.parse((await runCli(['record', 'y-te', 'đạt', ...AS_OF, '--dry-run', '--format', 'json'], { cwd: dir })).stdout);
    expect(json.entry.value).toBe(1);
  });

  it('with --lang en: the English words, and the error in English', async () => {
    const dir = plan();
    const res = await runCli(['record', 'dang-bo', 'hoàn thành', '--lang', 'en', ...AS_OF], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('"hoàn thành" matches several levels of the scale: "Hoàn thành nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ".');
    expect(res.stderr).toContain('Write a level\'s name or its rank: 1 "Không hoàn thành nhiệm vụ", 2 "Hoàn thành nhiệm vụ"');
    const state = await runCli(['record', 'y-te', 'maybe', '--lang', 'en', ...AS_OF], { cwd: dir });
    expect(state.stderr).toContain('"maybe" is no figure of the yes/no target "y-te".');
    expect(state.stderr).toContain('Write "yes" or "đạt" (or 1), "no" or "chưa đạt" (or 0)');
  });

  it('at the prompt: shows the scale, asks again after a word of several levels, stores the rank', async () => {
    const dir = plan();
    const res = await runCli(['record', 'dang-bo', ...AS_OF], { cwd: dir, stdinIsTTY: true, answers: ['hoàn thành', 'hoan thanh tot', '', '', 'k'] });
    expect(res.stderr).toContain('Thang xếp loại:\n  1  Không hoàn thành nhiệm vụ\n  2  Hoàn thành nhiệm vụ\n  3  Hoàn thành tốt nhiệm vụ\n  4  Hoàn thành xuất sắc nhiệm vụ\n');
    expect(res.stderr).toContain('Mức đạt được (tên mức hoặc thứ bậc 1-4): ');
    expect(res.stderr).toMatch(/"hoàn thành" khớp nhiều mức[\s\S]*Mức đạt được/u);
    expect(res.code).toBe(0);
    expect(stored(dir, 'dang-bo')).toBe(3);
  });

  it('at the prompt, a state: asks "đạt hoặc chưa đạt"', async () => {
    const dir = plan();
    const res = await runCli(['record', 'y-te', ...AS_OF], { cwd: dir, stdinIsTTY: true, answers: ['co', 'chưa đạt', '', '', 'k'] });
    expect(res.stderr).toContain('Số liệu (đạt hoặc chưa đạt): ');
    expect(res.stderr).toContain('"co" không phải số liệu của chỉ tiêu trạng thái "y-te"');
    expect(res.code).toBe(0);
    expect(stored(dir, 'y-te')).toBe(0);
  });
});
