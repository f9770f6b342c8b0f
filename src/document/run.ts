import type { Value } from './value.js';

/** A piece of a sentence: plain text, emphasised text, or a typed value written by the renderer. */
export type Run =
  | { kind: 'text'; text: string }
  | { kind: 'emphasis'; text: string; strong?: boolean }
  | { kind: 'value'; value: Value };
