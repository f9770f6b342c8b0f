import { z } from 'zod';
import { LegalBasis } from './legal-basis.js';
import { PlanHeader } from './plan-header.js';
import { ProgressEntry } from './progress-entry.js';
import { Target } from './target.js';
import { Task } from './task.js';
import { Unit } from './unit.js';

/**
 * One YAML file of a plan folder. A plan is split into files people want to edit (header, units,
 * targets, one file per section of tasks, progress per target); every file has this one shape, so
 * one JSON Schema serves the editor everywhere.
 */
export const PlanFile = z
  .strictObject({
    plan: PlanHeader.optional(),
    units: z.array(Unit).optional(),
    legalBases: z.array(LegalBasis).optional(),
    targets: z.array(Target).optional(),
    tasks: z.array(Task).optional(),
    illustrative: z
      .boolean()
      .optional()
      .meta({ description: 'true: số liệu trong tệp này chỉ để minh họa, không phải số thật.' }),
    entries: z.array(ProgressEntry).optional(),
  })
  .meta({
    title: 'Tệp kế hoạch (plan)',
    description: 'Một tệp YAML trong thư mục kế hoạch: phần đầu (plan), đơn vị, căn cứ, chỉ tiêu, nhiệm vụ hoặc số liệu tiến độ.',
  });

export type PlanFile = z.infer<typeof PlanFile>;
