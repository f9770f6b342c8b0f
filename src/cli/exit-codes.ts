/** Exit codes are a public contract (docs/json.md). */
export const EXIT = {
  ok: 0,
  /** The plan has errors (validate), or a report found what it was asked to fail on. */
  planErrors: 1,
  /** Usage or I/O problem: bad option, no plan found, cannot write. */
  usage: 2,
} as const;
