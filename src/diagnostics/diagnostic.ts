import type { DiagnosticCode } from './codes.js';

export type Severity = 'error' | 'warning';

/** 1-based, as editors and `file:line:column` show them. */
export interface Location {
  file: string;
  line: number;
  column: number;
  /** End of the span on the same line (exclusive), for the caret underline. */
  endColumn?: number;
}

export type Params = Record<string, string | number>;

/** What a check found. Messages are not stored: they are rendered from `code` and `params` in the user's language. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  location: Location;
  params: Params;
}
