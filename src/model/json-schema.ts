import { z } from 'zod';
import { PlanFile } from './plan-file.js';

/** The editor schema (yaml-language-server speaks draft-07); `io: 'input'` describes what people write. */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanFile, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  // A plan header has a year or a term, not both (check/plan-term.ts says it in words; editors see it here).
  const plan = (schema.properties as Record<string, Record<string, unknown>> | undefined)?.plan;
  if (plan !== undefined) plan.oneOf = [{ required: ['year'] }, { required: ['term'] }];
  return schema;
}
