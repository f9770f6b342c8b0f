import type { ProgressEntry, TaskStatus } from '../model/progress-entry.js';

/** What the user typed, before any check: every field is still text. */
export interface RecordInput {
  target?: string;
  task?: string;
  value?: string;
  status?: string;
  date?: string;
  period?: string;
  estimate?: boolean;
  source?: string;
  by?: string;
  note?: string;
  /** Replace the figure already recorded for this target and date (or period): --correct. */
  correct?: boolean;
  /** The clerk confirmed a figure far from the plan: --yes, or "c" at the prompt. */
  yes?: boolean;
}

/** Why `plan record` refuses; rendered in the user's language by i18n/record-messages.ts. */
export type RecordProblem =
  | { code: 'no-subject' }
  | { code: 'both-subjects' }
  | { code: 'unknown-target'; id: string; suggestion?: string }
  | { code: 'unknown-task'; id: string; suggestion?: string }
  | { code: 'missing-value'; target: string }
  | { code: 'bad-number'; text: string; reason: string; unit: string; writtenUnit?: string }
  /** A state's or a level's figure that is neither its number nor one of its words (record/figure-words.ts). */
  | { code: 'bad-ordinal'; target: string; text: string; kind: 'state' | 'level'; reason: 'no-match' | 'ambiguous' | 'rank'; levels: readonly string[]; matches: readonly string[] }
  | { code: 'implausible-value'; value: number; unit: string; rule: 'percent' | 'negative' | 'out-of' ; limit?: number }
  | { code: 'value-for-task' }
  | { code: 'status-for-target' }
  | { code: 'bad-status'; text: string; allowed: readonly TaskStatus[]; suggestion?: string }
  | { code: 'bad-date'; text: string }
  | { code: 'date-outside-plan'; date: string; start: string; end: string }
  | { code: 'date-in-future'; date: string; asOf: string }
  | { code: 'bad-period'; text: string }
  | { code: 'date-before-period'; date: string; period: string; start: string }
  | { code: 'duplicate'; file: string; line: number }
  | { code: 'missing-status'; task: string }
  | { code: 'not-whole'; value: number; unit: string; lower: number; upper: number }
  | { code: 'money-unit'; value: number; unit: string; other: string; read: number }
  | { code: 'far-from-plan'; value: number; unit: string; expected: number; basis: 'pace' | 'plan' | 'last'; factor: number }
  | { code: 'conflict'; file: string; line: number; value: number; date: string }
  | { code: 'nothing-to-correct'; date: string };

export type BuiltEntry = { ok: true; entry: ProgressEntry } | { ok: false; problems: RecordProblem[] };
