import { z } from 'zod';
import { PlanFile } from './plan-file.js';

/** The editor schema (yaml-language-server speaks draft-07); `io: 'input'` describes what people write. */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanFile, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
}
