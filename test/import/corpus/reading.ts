/** The reading notation of types.ts, parsed into what a target must hold. */
import type { Reading } from './types.js';

export type Expected =
  | { kind: 'at-least' | 'above' | 'at-most' | 'below' | 'exactly' | 'maintain'; value: number; outOf?: number; unit?: string }
  | { kind: 'range'; min: number; max: number; unit?: string }
  | { kind: 'change'; direction: 'increase' | 'decrease'; as: 'percent' | 'count' | 'points'; amount: number; amountMax?: number; unit?: string }
  | { kind: 'assigned' }
  | { kind: 'state' | 'level' | 'tracked' | 'context' };

export const QUALITATIVE = new Set(['state', 'level', 'tracked', 'context']);

const OPS: Record<string, 'at-least' | 'above' | 'at-most' | 'below' | 'exactly' | 'maintain'> = {
  '>=': 'at-least',
  '>': 'above',
  '<=': 'at-most',
  '<': 'below',
  '=': 'exactly',
  keep: 'maintain',
};

const unitOf = (u: string) => (u === '?' || u === '' ? undefined : u);

export function parseReading(r: string): Expected {
  const s = r.trim();
  if (s === 'assigned') return { kind: 'assigned' };
  if (/^(state|level|tracked|context)\b/.test(s)) return { kind: s.split(' ')[0] as 'state' };
  const op = /^(>=|<=|>|<|=|keep)\s+(\d+(?:\.\d+)?)(?:\/(\d+(?:\.\d+)?))?\s*(.*)$/.exec(s);
  if (op) {
    const unit = unitOf(op[4]!.trim());
    return { kind: OPS[op[1]!]!, value: Number(op[2]), ...(op[3] ? { outOf: Number(op[3]) } : {}), ...(unit ? { unit } : {}) };
  }
  const change = /^([+-])(\d+(?:\.\d+)?)(?:\.\.(\d+(?:\.\d+)?))?\s*(.*)$/.exec(s);
  if (change) {
    const u = change[4]!.trim();
    const percent = u === '%';
    const points = u === 'pt';
    const unit = percent || points ? undefined : unitOf(u);
    return {
      kind: 'change',
      direction: change[1] === '+' ? 'increase' : 'decrease',
      as: percent ? 'percent' : points ? 'points' : 'count',
      amount: Number(change[2]),
      ...(change[3] ? { amountMax: Number(change[3]) } : {}),
      ...(unit ? { unit } : {}),
    };
  }
  const range = /^(\d+(?:\.\d+)?)\.\.(\d+(?:\.\d+)?)\s*(.*)$/.exec(s);
  if (range) {
    const unit = unitOf(range[3]!.trim());
    return { kind: 'range', min: Number(range[1]), max: Number(range[2]), ...(unit ? { unit } : {}) };
  }
  throw new Error(`unreadable reading "${r}"`);
}

/** The direction a reading implies, unless the entry says otherwise. */
export function directionOf(entry: Reading): 'higher' | 'lower' | undefined {
  if (entry.dir) return entry.dir;
  const e = parseReading(entry.reading);
  if (QUALITATIVE.has(e.kind)) return undefined;
  if (e.kind === 'at-most' || e.kind === 'below' || (e.kind === 'change' && e.direction === 'decrease')) return 'lower';
  return 'higher';
}

/** How words are compared: NFC, "ƣ" (a PDF's "ư") read as "ư", case and spacing ignored. */
export const fold = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\u01a3/g, 'ư')
    .replace(/\u01a2/g, 'Ư')
    .toLocaleLowerCase('vi')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
