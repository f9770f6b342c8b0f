/**
 * Scores a draft against a document's expected readings: per quantitative measure right (comparison,
 * figure, unit and direction as expected), wrong (found under its words but read otherwise) or missing;
 * per qualitative or tracked one listed (a target, or an unread sentence the review names) or dropped.
 */
import type { Target } from '../../../src/model/target.js';
import { directionOf, fold, parseReading, QUALITATIVE, type Expected } from './reading.js';
import type { CorpusDoc, Reading } from './types.js';

export interface Outcome {
  key: string;
  /** as-kind: a qualitative or tracked measure imported as a target of its kind (state, level, tracked). */
  verdict: 'right' | 'wrong' | 'missing' | 'as-kind' | 'listed' | 'dropped';
  got?: string;
}

export interface Score {
  id: string;
  /** Targets the draft holds. */
  found: number;
  right: number;
  wrong: number;
  missing: number;
  /** Quantitative measures expected. */
  quantitative: number;
  /** Qualitative and tracked measures imported as their kind. */
  asKind: number;
  listed: number;
  dropped: number;
  outcomes: Outcome[];
}

const near = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? a === b : Math.abs(a - b) < 1e-9);
const unitFold = (u: string) => fold(u).replace(/\s*\/\s*/g, '/').replace(/sỹ/g, 'sĩ');

function sameComparison(t: Target, e: Expected): boolean {
  const c = t.comparison as Record<string, unknown> & { kind: string };
  if (c.kind !== e.kind) return false;
  switch (e.kind) {
    case 'range':
      return near(c.min as number, e.min) && near(c.max as number, e.max);
    case 'change':
      return c.direction === e.direction && c.as === e.as && near(c.amount as number, e.amount) && near(c.amountMax as number | undefined, e.amountMax);
    case 'assigned':
      return true;
    case 'state':
    case 'level':
    case 'tracked':
    case 'context':
      return false;
    default:
      return near(c.value as number, e.value) && (e.outOf === undefined || near(c.outOf as number | undefined, e.outOf));
  }
}

function reads(t: Target, entry: Reading, reading: string): boolean {
  const e = parseReading(reading);
  if (!sameComparison(t, e)) return false;
  const unit = 'unit' in e && e.unit ? e.unit : entry.unit;
  if (unit && unitFold(t.unit) !== unitFold(unit)) return false;
  return t.direction === (entry.dir ?? directionOf({ ...entry, reading }));
}

export const describeTarget = (t: Target) => `${JSON.stringify(t.comparison)} ${t.unit} ${t.direction}`;

/** `unread`: the sentences the import says it left unread (they must be listed, never dropped). */
export function scoreDraft(doc: CorpusDoc, targets: Target[], unread: string[]): Score {
  const used = new Set<Target>();
  const outcomes: Outcome[] = [];
  const words = (t: Target) => fold(`${t.wording} \u0000 ${t.name}`);
  const unreadText = unread.map(fold);
  for (const entry of doc.targets) {
    const key = fold(entry.key);
    const candidates = targets.filter((t) => !used.has(t) && words(t).includes(key));
    const e = parseReading(entry.reading);
    if (QUALITATIVE.has(e.kind)) {
      const kind = e.kind === 'context' ? 'tracked' : e.kind;
      const hit = candidates.find((t) => t.comparison.kind === kind) ?? candidates[0];
      if (hit) used.add(hit);
      const verdict = hit?.comparison.kind === kind ? 'as-kind' : hit || unreadText.some((u) => u.includes(key)) ? 'listed' : 'dropped';
      outcomes.push({ key: entry.key, verdict, ...(hit ? { got: describeTarget(hit) } : {}) });
      continue;
    }
    const right = candidates.find((t) => [entry.reading, ...(entry.alt ?? [])].some((r) => reads(t, entry, r)));
    if (right) {
      used.add(right);
      outcomes.push({ key: entry.key, verdict: 'right' });
    } else if (candidates[0]) {
      used.add(candidates[0]);
      outcomes.push({ key: entry.key, verdict: 'wrong', got: describeTarget(candidates[0]) });
    } else outcomes.push({ key: entry.key, verdict: 'missing' });
  }
  const count = (v: Outcome['verdict']) => outcomes.filter((o) => o.verdict === v).length;
  return {
    id: doc.id,
    found: targets.length,
    right: count('right'),
    wrong: count('wrong'),
    missing: count('missing'),
    quantitative: doc.targets.filter((r) => !QUALITATIVE.has(parseReading(r.reading).kind)).length,
    asKind: count('as-kind'),
    listed: count('listed'),
    dropped: count('dropped'),
    outcomes,
  };
}
