import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import type { Plan } from '../../src/model/plan.js';
import type { Target } from '../../src/model/target.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';
import { snapshotDir } from '../helpers/snapshot-dir.js';
import { makeDocx, markdownAsParagraphs } from './make-docx.js';

const SEED_PATH = resolve(import.meta.dirname, '../../docs/seed/05-KH-UBND-2024.md');
const SEED = readFileSync(SEED_PATH, 'utf8');
const example = loadPlan(resolve(EXAMPLE_PLANS, '2024'), EXAMPLE_PLANS).plan!;

const tmp = () => mkdtempSync(join(tmpdir(), 'plan-import-'));

async function importTo(file: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string; plan: Plan }> {
  const out = join(cwd, 'plans', '2024');
  const res = await runCli(['import', file, '--out', out, '--as-of', '2024-07-01'], { cwd });
  const loaded = loadPlan(out, cwd);
  return { ...res, plan: loaded.plan! };
}

/** Pairs each example target with the imported one of the same wording (in order, for the two sharing one). */
function pairTargets(imported: Target[]): [Target, Target][] {
  const left = [...imported];
  return example.targets.map((t) => {
    const i = left.findIndex((x) => x.wording === t.wording);
    expect(i, `imported target for "${t.wording}"`).toBeGreaterThanOrEqual(0);
    return [t, left.splice(i, 1)[0]!];
  });
}

function expectMatchesExample(plan: Plan) {
  const symbolOf = (p: Plan, id: string) => {
    const b = p.legalBases.find((x) => x.id === id)!;
    return b.symbol ?? b.citation!.slice(0, 25);
  };
  // Header, as written.
  for (const k of ['symbol', 'title', 'place', 'issued', 'year', 'objective', 'recipients', 'implementation', 'signer'] as const) expect(plan.header[k], k).toEqual(example.header[k]);
  expect(plan.header.sections.map(({ id, title }) => ({ id, title }))).toEqual(example.header.sections.map(({ id, title }) => ({ id, title })));
  expect(plan.header.periods?.map(({ id, name, start, end }) => ({ id, name, start, end }))).toEqual(example.header.periods?.map(({ id, name, start, end }) => ({ id, name, start, end })));
  expect(plan.header.bases.map((id) => symbolOf(plan, id))).toEqual(example.header.bases.map((id) => symbolOf(example, id)));

  // Targets: comparison, stretch, unit, direction, period, section, bases.
  expect(plan.targets).toHaveLength(12);
  for (const [want, got] of pairTargets(plan.targets)) {
    const ctx = want.id;
    if (want.comparison.kind === 'assigned') expect(got.comparison, ctx).toEqual({ kind: 'assigned' });
    else expect(got.comparison, ctx).toEqual(want.comparison);
    expect(got.stretch, ctx).toEqual(want.stretch);
    expect(got.unit, ctx).toBe(want.unit);
    expect(got.direction, ctx).toBe(want.direction);
    expect(got.period, ctx).toBe(want.period);
    expect(got.section, ctx).toBe(want.section);
    expect(got.bases?.map((id) => symbolOf(plan, id)), ctx).toEqual(want.bases?.map((id) => symbolOf(example, id)));
    expect(got.assumed?.lead, ctx).toBeTruthy();
  }

  // Legal bases: the same documents, with what the plan itself says of them.
  const bySymbol = (p: Plan) => new Map(p.legalBases.filter((b) => b.symbol).map((b) => [b.symbol!, b]));
  const mine = bySymbol(plan);
  const theirs = bySymbol(example);
  expect([...mine.keys()].sort()).toEqual([...theirs.keys()].sort());
  for (const [symbol, b] of theirs) {
    const got = mine.get(symbol)!;
    expect(got.kind, symbol).toBe(b.kind);
    if (SEED.includes(b.citation ?? '\u0000') && got.date) expect(got.date, symbol).toBe(b.date);
    expect(SEED).toContain(got.citation!);
  }
  expect(plan.legalBases.map((b) => b.kind).sort()).toEqual(example.legalBases.map((b) => b.kind).sort());
  for (const b of plan.legalBases) expect(SEED.replace(/\*/g, '')).toContain(b.citation!);

  // Tasks: every bullet of part II, verbatim, in its section, citing what the example cites.
  expect(plan.tasks.map((t) => [t.section, t.text])).toEqual(example.tasks.map((t) => [t.section, t.text]));
  plan.tasks.forEach((t, i) => {
    const want = example.tasks[i]!;
    expect((t.bases ?? []).map((id) => symbolOf(plan, id)), t.id).toEqual((want.bases ?? []).map((id) => symbolOf(example, id)));
    expect(t.assumed?.lead).toBeTruthy();
  });
}

describe('plan import of the seed document', () => {
  let md: Awaited<ReturnType<typeof importTo>>;
  let docx: Awaited<ReturnType<typeof importTo>>;
  let dir: string;
  beforeAll(async () => {
    dir = tmp();
    md = await importTo(SEED_PATH, dir);
    const wordDir = tmp();
    const file = join(wordDir, '05-KH-UBND-2024.docx');
    writeFileSync(file, await makeDocx(markdownAsParagraphs(SEED)));
    docx = await importTo(file, wordDir);
  });

  it('writes a draft that plan validate accepts', async () => {
    expect(md.code, md.stderr).toBe(0);
    expect(md.stderr).toBe('');
    const res = await runCli(['validate', join(dir, 'plans', '2024'), '--as-of', '2024-07-01'], { cwd: dir });
    expect(res.code).toBe(0);
  });

  it('matches the hand-encoded plan: header, targets with their comparisons, legal bases, sections, tasks', () => {
    expectMatchesExample(md.plan);
  });

  it('reads a Word .docx made from the seed to the same plan', () => {
    expect(docx.code, docx.stderr).toBe(0);
    expectMatchesExample(docx.plan);
  });

  it('writes the layout of plans/2024, each file with the editor schema line', () => {
    const out = join(dir, 'plans', '2024');
    expect(readdirSync(out).sort()).toEqual(['legal-bases.yaml', 'plan.schema.json', 'plan.yaml', 'targets.yaml', 'tasks', 'units.yaml']);
    expect(readdirSync(join(out, 'tasks'))).toHaveLength(7);
    for (const f of ['plan.yaml', 'targets.yaml']) expect(readFileSync(join(out, f), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=plan.schema.json');
    const task = readdirSync(join(out, 'tasks'))[0]!;
    expect(readFileSync(join(out, 'tasks', task), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../plan.schema.json');
  });

  it('points the schema line at a plan.schema.json above the folder when there is one', async () => {
    const root = tmp();
    mkdirSync(join(root, 'plans'));
    writeFileSync(join(root, 'plans', 'plan.schema.json'), '{}');
    const res = await runCli(['import', SEED_PATH, '--out', 'plans/2024', '--as-of', '2024-07-01'], { cwd: root });
    expect(res.code).toBe(0);
    expect(readFileSync(join(root, 'plans', '2024', 'plan.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/plan\.schema\.json\n/);
    expect(existsSync(join(root, 'plans', '2024', 'plan.schema.json'))).toBe(false);
  });

  it('ends with the list of what the office must confirm', () => {
    const list = md.stdout.slice(md.stdout.indexOf('Những điều cơ quan cần xác nhận'));
    expect(list).toContain('lead');
    expect(list).toContain('chua-giao');
    expect(list).toContain('baseline');
    expect(list).toMatch(/comparison: Chỉ tiêu do cấp trên giao/);
  });
});

describe('plan import: options and refusals', () => {
  it('never overwrites an existing folder (exit 2, nothing written)', async () => {
    const root = tmp();
    const out = join(root, 'plans', '2024');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'plan.yaml'), '# mine\n');
    const before = snapshotDir(root);
    const res = await runCli(['import', SEED_PATH, '--out', out, '--as-of', '2024-07-01'], { cwd: root });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('đã có');
    expect(snapshotDir(root)).toEqual(before);
  });

  it('--dry-run --format json prints the draft and writes nothing', async () => {
    const root = tmp();
    const res = await runCli(['import', SEED_PATH, '--out', 'plans/2024', '--dry-run', '--format', 'json', '--as-of', '2024-07-01'], { cwd: root });
    expect(res.code).toBe(0);
    const json = JSON.parse(res.stdout) as { draft: { plan: { symbol: string }; targets: unknown[]; tasks: unknown[]; legalBases: unknown[] }; files: string[]; review: unknown[] };
    expect(json.draft.plan.symbol).toBe('05/KH-UBND');
    expect(json.draft.targets).toHaveLength(12);
    expect(json.draft.tasks).toHaveLength(46);
    expect(json.draft.legalBases).toHaveLength(10);
    expect(json.files).toContain('targets.yaml');
    expect(json.review.length).toBeGreaterThan(5);
    expect(readdirSync(root)).toEqual([]);
  });

  it('keeps what it cannot structure verbatim and lists it for review (.txt)', async () => {
    const root = tmp();
    const file = join(root, 'ke-hoach.txt');
    writeFileSync(
      file,
      [
        'ỦY BAN NHÂN DÂN',
        'XÃ SƠN LANG',
        'Số: 12/KH-UBND',
        'Sơn Lang, ngày 05 tháng 02 năm 2025',
        'KẾ HOẠCH',
        'Phát triển kinh tế - xã hội năm 2025',
        'Căn cứ Nghị quyết số 20/NQ-HĐND ngày 20 tháng 12 năm 2024 của Hội đồng nhân dân xã Sơn Lang về nhiệm vụ năm 2025;',
        'I. MỤC TIÊU, CHỈ TIÊU',
        '2. Các chỉ tiêu chủ yếu',
        '- Tỷ lệ lao động qua đào tạo: trên 20%.',
        '- Duy trì xã đạt chuẩn quốc gia về y tế.',
        '- Đảng bộ xã hàng năm đạt: hoàn thành tốt nhiệm vụ trở lên.',
        '- Thu nhập bình quân đầu người cao hơn năm trước.',
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Kinh tế',
        '- Phát triển sản xuất nông nghiệp.',
        'Một đoạn không có gạch đầu dòng.',
        'Nơi nhận:',
        '- Lưu: VT.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Nguyễn Văn A',
      ].join('\n'),
    );
    const res = await runCli(['import', file, '--out', 'plans/2025', '--as-of', '2025-03-01'], { cwd: root });
    expect(res.code, res.stderr).toBe(0);
    const plan = loadPlan(join(root, 'plans', '2025'), root).plan!;
    // A state and a level are targets of their kind (docs/format.md §9), assumed; a comparison without a figure stays in the note.
    expect(plan.targets.map((t) => [t.comparison.kind, t.unit, t.wording])).toEqual([
      ['above', '%', 'Tỷ lệ lao động qua đào tạo: trên 20%.'],
      ['state', 'trạng thái', 'Duy trì xã đạt chuẩn quốc gia về y tế.'],
      ['level', 'mức', 'Đảng bộ xã hàng năm đạt: hoàn thành tốt nhiệm vụ trở lên.'],
    ]);
    expect(plan.targets[1]!.comparison).toEqual({ kind: 'state', goal: 'keep' });
    expect(plan.targets[2]!.comparison).toMatchObject({ kind: 'level', level: 'Hoàn thành tốt nhiệm vụ' });
    expect(plan.targets[2]!.assumed?.comparison).toMatch(/124-QĐ\/TW/u);
    expect(plan.header.note).toContain('"Thu nhập bình quân đầu người cao hơn năm trước."');
    expect(plan.header.note).toContain('"XÃ SƠN LANG"');
    expect(plan.tasks.map((t) => t.text)).toEqual(['Phát triển sản xuất nông nghiệp.', 'Một đoạn không có gạch đầu dòng.']);
    expect(res.stdout).toContain('Thu nhập bình quân đầu người cao hơn năm trước.');
    expect(res.stdout).toContain('kt-02');
    expect(plan.header.signer).toEqual({ onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' });
  });

  it('refuses an unknown file type and a missing --out (exit 2), in English with --lang en', async () => {
    const root = tmp();
    writeFileSync(join(root, 'plan.doc'), 'ÐÏ\u0011à');
    const doc = await runCli(['import', 'plan.doc', '--out', 'x', '--lang', 'en', '--as-of', '2024-07-01'], { cwd: root });
    expect(doc.code).toBe(2);
    expect(doc.stderr).toContain('Cannot read files of type ".doc"');
    // A .pdf is read now (pdf-import.test.ts); a file that only starts like one is refused as damaged.
    writeFileSync(join(root, 'plan.pdf'), '%PDF');
    const pdf = await runCli(['import', 'plan.pdf', '--out', 'x', '--lang', 'en', '--as-of', '2024-07-01'], { cwd: root });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('plan.pdf is not a readable PDF file');
    const noOut = await runCli(['import', SEED_PATH, '--as-of', '2024-07-01'], { cwd: root });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const broken = join(root, 'broken.docx');
    writeFileSync(broken, 'not a zip');
    const bad = await runCli(['import', broken, '--out', 'y', '--as-of', '2024-07-01'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(existsSync(join(root, 'y'))).toBe(false);
  });
});
