/**
 * Vietnamese order, Intl.Collator('vi', { numeric: true }), without making a collator where the
 * answer is known: a process's first Intl.Collator loads ICU's collation data (about 15 ms of a
 * `plan status` that sorts a few overdue tasks by unit and id).
 *
 * Ids (a-z, 0-9, '.', '-', '_': src/model/primitives.ts) are ordered here as the collator orders
 * them: '_' < '-' < '.' < digits < letters, a run of digits by its value, a prefix first. Anything
 * else, and ids the first level finds equal ("kt-01", "kt-1"), go to the collator.
 * test/report/vi-order.test.ts checks the two agree on a sweep of ids.
 */
let collator: Intl.Collator | undefined;

export function compareViNumeric(a: string, b: string): number {
  if (a === b) return 0;
  return compareIds(a, b) ?? (collator ??= new Intl.Collator('vi', { numeric: true })).compare(a, b);
}

const ID = /^[a-z0-9._-]*$/;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** First-level weight of a non-digit id character; digits (weight 50) are compared as runs. */
const weight = (c: number) => (c === 95 ? 0 : c === 45 ? 1 : c === 46 ? 2 : 100 + c);

/** -1 or 1 where both are ids that differ at the first level; undefined otherwise. */
export function compareIds(a: string, b: string): number | undefined {
  if (!ID.test(a) || !ID.test(b)) return undefined;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      const [na, ie] = digitRun(a, i);
      const [nb, je] = digitRun(b, j);
      if (na.length !== nb.length) return na.length < nb.length ? -1 : 1;
      if (na !== nb) return na < nb ? -1 : 1;
      i = ie;
      j = je;
      continue;
    }
    const wa = isDigit(ca) ? 50 : weight(ca);
    const wb = isDigit(cb) ? 50 : weight(cb);
    if (wa !== wb) return wa < wb ? -1 : 1;
    i++;
    j++;
  }
  if (i < a.length || j < b.length) return i < a.length ? 1 : -1;
  return undefined;
}

/** The digits from `at` without leading zeros ("007" -> "7", "0" stays), and where the run ends. */
function digitRun(s: string, at: number): [string, number] {
  let end = at;
  while (end < s.length && isDigit(s.charCodeAt(end))) end++;
  let start = at;
  while (start < end - 1 && s.charCodeAt(start) === 48) start++;
  return [s.slice(start, end), end];
}
