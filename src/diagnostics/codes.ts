import type { Severity } from './diagnostic.js';

/**
 * Every diagnostic code with its severity. The codes are a public contract (JSON output, docs,
 * scripts grep for them): add new ones, never rename or reuse one.
 */
export const DIAGNOSTIC_CODES = {
  // reading the file
  'io-error': 'error',
  'not-text': 'error',
  'file-too-large': 'error',
  'too-many-items': 'error',
  'merge-conflict': 'error',
  'linked-folder': 'error',
  // YAML syntax
  'yaml-syntax': 'error',
  'yaml-duplicate-key': 'error',
  'yaml-alias': 'error',
  'yaml-tab': 'error',
  'yaml-lone-cr': 'error',
  'yaml-proto-key': 'error',
  'yaml-too-deep': 'error',
  // shape (schema)
  'missing-field': 'error',
  'unknown-field': 'error',
  'wrong-type': 'error',
  'invalid-value': 'error',
  'invalid-date': 'error',
  'invalid-id': 'error',
  'invalid-format': 'error',
  'empty-text': 'error',
  'out-of-range': 'error',
  // the plan as a whole
  'missing-plan': 'error',
  'duplicate-plan': 'error',
  'duplicate-id': 'error',
  'unknown-ref': 'error',
  'date-outside-plan': 'error',
  'period-reversed': 'error',
  'term-plan': 'error',
  'percent-out-of-range': 'error',
  'impossible-comparison': 'error',
  'direction-mismatch': 'warning',
  'basis-after-plan': 'warning',
  'basis-symbol': 'warning',
  'task-no-schedule': 'warning',
  'entry-subject': 'error',
  'entry-field': 'error',
  'entry-duplicate': 'warning',
  'entry-in-future': 'warning',
  'wording-mismatch': 'error',
  'placeholder': 'warning',
  'declared-id-typo': 'error',
  'part-loop': 'error',
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export const severityOf = (code: DiagnosticCode): Severity => DIAGNOSTIC_CODES[code];
