import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The shipped example plan folder. */
export const EXAMPLE_PLANS = resolve(import.meta.dirname, '../../plans');

/** A small valid plan, file by file: each diagnostic test changes one file. */
export function minimalPlan(): Record<string, string> {
  return {
    'plan.yaml': `plan:
  id: kh-test
  symbol: "05/KH-UBND"
  title: Kế hoạch thử
  issuer: Ủy ban nhân dân Phường 1
  place: Phường 1
  issued: 2024-01-19
  year: 2024
  bases: [nq-10]
  sections:
    - id: "II.1"
      title: Lĩnh vực kinh tế
  recipients: [Lưu VT.]
  signer:
    title: CHỦ TỊCH
    name: Trần Hữu Ngọc
`,
    'units.yaml': `units:
  - id: vh-xh
    name: Công chức Văn hóa - Xã hội
    kind: cong-chuc
`,
    'legal-bases.yaml': `legalBases:
  - id: nq-10
    kind: nghi-quyet
    symbol: "10/NQ-HĐND"
    date: 2023-12-27
`,
    'targets.yaml': `targets:
  - id: bhyt
    name: Tỷ lệ người tham gia bảo hiểm y tế
    wording: Tỷ lệ người tham gia bảo hiểm y tế toàn dân đạt trên 95%.
    unit: "%"
    comparison:
      kind: above
      value: 95
    direction: higher
    accrual: level
    lead: vh-xh
`,
    'tasks.yaml': `tasks:
  - id: kt-01
    section: "II.1"
    text: Thường xuyên theo dõi tình hình.
    lead: vh-xh
    cadence: monthly
`,
    'progress/bhyt.yaml': `entries:
  - target: bhyt
    date: 2024-06-14
    value: 93.5
`,
  };
}

/** Writes a plan folder under a fresh temp dir; `files` entries set to null are left out. */
export function writePlan(files: Record<string, string | Buffer | null>): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-test-'));
  const dir = join(root, 'plans', '2024');
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** A private copy of the shipped example, to change without touching the repository. */
export function copyExample(): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-example-'));
  cpSync(EXAMPLE_PLANS, join(root, 'plans'), { recursive: true });
  return join(root, 'plans');
}
