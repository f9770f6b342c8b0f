import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { parseCsvRecords } from '../helpers/csv.js';

/**
 * Issue 14, item 6 and "CSV for people": CSV headers and human-readable values follow --lang
 * (yes/no, kinds, task statuses, pace and stretch words), while the code columns (Mã, Mục, Mã đánh
 * giá) and JSON keep the stable codes (docs/json.md, "CSV"). And --unit takes a unit's name too.
 */
const REPO = resolve(import.meta.dirname, '../..');

const csv = async (argv: string[]) => {
  const r = await runCli([...argv, '--format', 'csv'], { cwd: REPO });
  expect(r.code, r.stderr).toBe(0);
  return parseCsvRecords(r.stdout);
};

describe('CSV for people follows --lang', () => {
  it.each([
    ['vi', { estimate: 'Ước', final: 'Chính thức', pace: 'Tiến độ', code: 'Mã đánh giá', stretch: 'Phấn đấu' }, { no: 'không', yes: 'có', onTrack: 'Đạt', stretchNotYet: 'chưa' }],
    ['en', { estimate: 'Estimate', final: 'Final', pace: 'Pace', code: 'Verdict code', stretch: 'Stretch' }, { no: 'no', yes: 'yes', onTrack: 'On track', stretchNotYet: 'not yet' }],
  ] as const)('status, %s: words in the human columns, codes in the code column', async (lang, col, word) => {
    const rows = await csv(['status', '--as-of', '2024-12-14', '--lang', lang]);
    const budget = rows.find((r) => Object.values(r).includes('thu-ngan-sach'))!;
    expect(budget[col.estimate]).toBe(word.no);
    expect(budget[col.final]).toBe(word.yes);
    expect(budget[col.pace]).toBe(word.onTrack);
    expect(budget[col.code]).toBe('exceeded');
    const all = rows.flatMap((r) => Object.entries(r).filter(([k]) => k !== col.code).map(([, v]) => v));
    for (const code of ['true', 'false', 'on-track', 'behind', 'not-yet', 'exceeded']) expect(all, code).not.toContain(code);
  });

  it.each([
    ['vi', { kind: 'Loại', upcoming: 'Sắp đến hạn', status: 'Trạng thái' }, { deadline: 'Hạn hoàn thành', checkIn: 'Báo cáo định kỳ', no: 'không', inProgress: 'đang thực hiện' }],
    ['en', { kind: 'Kind', upcoming: 'Upcoming', status: 'Status' }, { deadline: 'Deadline', checkIn: 'Periodic report', no: 'no', inProgress: 'in progress' }],
  ] as const)('overdue, %s: kind, upcoming and status in words', async (lang, col, word) => {
    const rows = await csv(['overdue', '--as-of', '2025-01-02', '--lang', lang]);
    expect(new Set(rows.map((r) => r[col.kind]))).toEqual(new Set([word.deadline, word.checkIn]));
    expect(new Set(rows.map((r) => r[col.upcoming]))).toEqual(new Set([word.no]));
    expect(rows.map((r) => r[col.status])).toContain(word.inProgress);
    const all = rows.flatMap((r) => Object.values(r));
    for (const code of ['true', 'false', 'deadline', 'check-in', 'in-progress']) expect(all, code).not.toContain(code);
  });

  it('JSON keeps the codes', async () => {
    const r = await runCli(['overdue', '--as-of', '2025-01-02', '--format', 'json'], { cwd: REPO });
    const items = JSON.parse(r.stdout).overdue as { kind: string; upcoming: boolean }[];
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['deadline', 'check-in']));
    expect(items.every((i) => i.upcoming === false)).toBe(true);
  });
});

describe('--unit takes a unit id, its name or its short name', () => {
  it.each(['vh-xh', 'VH-XH', 'Công chức Văn hóa - Xã hội', 'công chức  văn hóa - xã hội'])('--unit %j', async (unit) => {
    const byId = JSON.parse((await runCli(['status', '--as-of', '2024-06-14', '--unit', 'vh-xh', '--format', 'json'], { cwd: REPO })).stdout);
    const r = await runCli(['status', '--as-of', '2024-06-14', '--unit', unit, '--format', 'json'], { cwd: REPO });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).targets.map((t: { id: string }) => t.id)).toEqual(byId.targets.map((t: { id: string }) => t.id));
    expect(byId.targets.length).toBeGreaterThan(0);
  });

  it('an unknown unit is still a usage error with a guess', async () => {
    const r = await runCli(['status', '--as-of', '2024-06-14', '--unit', 'vhxh'], { cwd: REPO });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('vh-xh');
  });
});
