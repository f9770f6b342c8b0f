import type { Comparison } from '../../src/model/comparison.js';
import type { PlanHeader } from '../../src/model/plan-header.js';
import type { Plan } from '../../src/model/plan.js';
import type { ProgressEntry } from '../../src/model/progress-entry.js';
import type { Target } from '../../src/model/target.js';
import type { Task } from '../../src/model/task.js';

export function target(comparison: Comparison, over: Partial<Target> = {}): Target {
  return {
    id: 't',
    name: 'Tỷ lệ hộ gia đình văn hóa',
    wording: 'đạt 95%',
    unit: '%',
    comparison,
    direction: 'higher',
    accrual: 'level',
    lead: 'vh-xh',
    ...over,
  };
}

/** A figure for target 't' (or `over.target`). */
export function figure(date: string, value: number, over: Partial<ProgressEntry> = {}): ProgressEntry {
  return { target: 't', date, value, ...over };
}

export function header(over: Partial<PlanHeader> = {}): PlanHeader {
  return {
    id: 'kh-05-2024',
    symbol: '05/KH-UBND',
    title: 'Kế hoạch phát triển kinh tế - xã hội năm 2024',
    issuer: 'Ủy ban nhân dân Phường 1',
    place: 'Phường 1',
    issued: '2024-01-19',
    year: 2024,
    bases: [],
    sections: [{ id: 'II.1', title: 'Lĩnh vực kinh tế' }],
    recipients: ['Như trên'],
    signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
    ...over,
  };
}

export function task(id: string, over: Partial<Task> = {}): Task {
  return { id, section: 'II.1', text: `Nhiệm vụ ${id}`, lead: 'vp-tk', ...over };
}

export function checkIn(taskId: string, date: string, over: Partial<ProgressEntry> = {}): ProgressEntry {
  return { task: taskId, date, ...over };
}

export function plan(tasks: Task[], over: Partial<Plan> = {}): Plan {
  return {
    dir: 'plans/2024',
    header: header(),
    units: [
      { id: 'vp-tk', name: 'Văn phòng - Thống kê', kind: 'cong-chuc' },
      { id: 'ca', name: 'Công an phường', kind: 'cong-an' },
      { id: 'dc', name: 'Địa chính - Xây dựng', kind: 'cong-chuc' },
    ],
    legalBases: [],
    targets: [],
    tasks,
    entries: [],
    illustrative: false,
    ...over,
  };
}
