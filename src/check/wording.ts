import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import type { DataPath } from '../load/locate.js';
import { kindOf } from '../kinds/comparison-kinds.js';
import type { Comparison } from '../model/comparison.js';
import type { Target } from '../model/target.js';
import { normalizeUnit, parseVnNumber } from '../parse/vn-number.js';
import { parseTargetPhrase, type TargetPhrase } from '../parse/target-phrase.js';
import type { Check, CheckContext } from './context.js';

// Wards of a district copy the same target sentences: across many plans each is parsed once.
const PHRASES = new Map<string, TargetPhrase>();
const MAX_PHRASES = 10_000;

function phraseOf(wording: string): TargetPhrase {
  let phrase = PHRASES.get(wording);
  if (!phrase) {
    phrase = parseTargetPhrase(wording);
    if (PHRASES.size < MAX_PHRASES) PHRASES.set(wording, phrase);
  }
  return phrase;
}

/**
 * A target's structured comparison, value and unit must say what its verbatim wording says
 * ("trên 95%" typed as "at-least 90" is an error at the typed field). Silent where the wording has no
 * figure (qualitative targets) and on every point the wording leaves ambiguous.
 */
export const wording: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const t of ctx.plan.targets) {
    const said = phraseOf(t.wording);
    if (!said.comparison) {
      // Unread wording with figures: the structured figures must still be among them ("42%" typed as 24).
      const missing = figuresNotInWording(t);
      if (missing) out.push(report(ctx, t, missing));
      continue;
    }
    const first = compare(said, said.comparison, t.comparison, t.unit, 'comparison', said.relativeToStated.comparison);
    if (first) out.push(report(ctx, t, first));
    if (said.stretch) {
      if (!t.stretch) out.push(report(ctx, t, { path: ['comparison'], part: 'key', saidKind: kindName(said.stretch), said: figure(said.stretch), hasKind: 'no-stretch', has: '' }));
      else {
        const s = compare(said, said.stretch, t.stretch, t.unit, 'stretch', said.relativeToStated.stretch);
        if (s) out.push(report(ctx, t, s));
      }
    }
    const unit = unitMismatch(said, t);
    if (unit) out.push(report(ctx, t, unit));
  }
  return out;
};

/** Every number a wording holds, read the Vietnamese way ("10.012" is ten thousand and twelve, "11,16" a decimal). */
function wordingNumbers(wording: string): number[] {
  const out: number[] = [];
  for (const m of wording.matchAll(/\d+(?:[.,]\d+)*/gu)) {
    const r = parseVnNumber(m[0], '');
    if (r.ok) out.push(r.value);
    // "3,098" may be 3098 written the English way: accept both readings.
    if (/^\d{1,3},\d{3}$/u.test(m[0])) out.push(Number(m[0].replace(',', '')));
  }
  return out;
}

const structuredFigures = (c: Comparison): number[] => kindOf(c).wording.figures(c);

function figuresNotInWording(t: Target): Mismatch | undefined {
  const said = wordingNumbers(t.wording);
  if (said.length === 0) return undefined;
  const typed = [...structuredFigures(t.comparison), ...(t.stretch ? structuredFigures(t.stretch) : [])];
  const scales = [1, 1e3, 1e-3, 1e6, 1e-6, 1e9, 1e-9];
  const absent = typed.find((v) => !said.some((s) => scales.some((k) => same(v, s * k))));
  if (absent === undefined) return undefined;
  return { path: ['comparison'], saidKind: 'figures', said: said.map(n).join(', '), hasKind: kindName(t.comparison), has: figure(t.comparison) };
}

interface Mismatch {
  path: DataPath;
  part?: 'key' | 'value';
  saidKind: string;
  said: string;
  hasKind: string;
  has: string;
}

function report(ctx: CheckContext, t: Target, m: Mismatch): Diagnostic {
  return diagnostic('wording-mismatch', ctx.origins.at(t, m.path, m.part ?? 'value'), {
    id: t.id,
    field: m.path.join('.'),
    wording: t.wording,
    saidKind: m.saidKind,
    said: m.said,
    hasKind: m.hasKind,
    has: m.has,
  });
}

const isBound = (c: Comparison): boolean => kindOf(c).wording.bound;
const kindName = (c: Comparison): string => kindOf(c).wording.name(c);
const figure = (c: Comparison): string => kindOf(c).wording.figure(c);
const n = (v: number) => String(Number(v.toPrecision(12)));

const same = (a: number | undefined, b: number | undefined) => a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

/** Money written in one unit, encoded in another: "10 tỷ đồng" is 10000 for a target in triệu đồng. */
const MONEY: Record<string, number> = { đồng: 0, 'nghìn đồng': 3, 'ngàn đồng': 3, 'triệu đồng': 6, 'tỷ đồng': 9, 'tỉ đồng': 9 };

function scale(said: TargetPhrase, targetUnit: string): number {
  const a = MONEY[normalizeUnit(said.unit ?? '')];
  const b = MONEY[normalizeUnit(targetUnit)];
  return a !== undefined && b !== undefined ? 10 ** (a - b) : 1;
}

const outOfOf = (c: Comparison): number | undefined => ('outOf' in c ? c.outOf : undefined);
const k0 = (phrase: TargetPhrase, unit: string, at: 'comparison' | 'stretch', v: number): number => v * (at === 'comparison' ? scale(phrase, unit) : 1);

function compare(phrase: TargetPhrase, said: Comparison, has: Comparison, unit: string, at: 'comparison' | 'stretch', relativeToStated: boolean): Mismatch | undefined {
  // A tracked figure says no comparison: only its figure must be the sentence's.
  if (has.kind === 'tracked') {
    const f = kindOf(said).figure(said);
    return has.value === undefined || f === null || same(has.value, k0(phrase, unit, at, f)) ? undefined : { path: [at, 'value'], saidKind: kindName(said), said: figure(said), hasKind: kindName(has), has: n(has.value) };
  }
  const accepted = new Set<string>([said.kind]);
  for (const a of phrase.ambiguities) for (const k of a.alternatives ?? []) accepted.add(k);
  const k = (v: number) => v * (at === 'comparison' ? scale(phrase, unit) : 1);
  // "đạt 100%" as at-least 100 or exactly 100; "không còn" as at-most 0 or exactly 0: the same judgement.
  if (isBound(said) && 'value' in said && said.value !== undefined) {
    if (said.value === 100 && unit.trim() === '%' && (said.kind === 'exactly' || said.kind === 'at-least')) accepted.add('exactly').add('at-least');
    if (said.value === 0 && (said.kind === 'at-most' || said.kind === 'exactly')) accepted.add('exactly').add('at-most');
  }
  const mismatch = (field: string, hasFigure: string): Mismatch => ({ path: [at, field], saidKind: kindName(said), said: figure(said), hasKind: kindName(has), has: hasFigure });

  if (!accepted.has(has.kind)) return mismatch('kind', figure(has));
  if (has.kind === 'assigned' || said.kind === 'assigned') return undefined;

  if (isBound(has) && 'value' in has && has.value !== undefined) {
    if (isBound(said) && 'value' in said && said.value !== undefined) {
      // "3,098 tấn": a decimal comma, or 3098 written the English way; either reading stands.
      const thousands = phrase.ambiguities.some((a) => a.code === 'comma-thousands') && same(has.value, k(said.value) * 1000);
      if (!same(has.value, k(said.value)) && !thousands) return mismatch('value', n(has.value));
      const saidOutOf = outOfOf(said);
      const hasOutOf = outOfOf(has);
      if (saidOutOf !== undefined && !same(hasOutOf, saidOutOf)) return mismatch('outOf', hasOutOf === undefined ? '' : n(hasOutOf));
    }
    return undefined;
  }
  if (has.kind === 'range' && said.kind === 'range') {
    if (!same(has.min, k(said.min))) return mismatch('min', n(has.min));
    if (!same(has.max, k(said.max))) return mismatch('max', n(has.max));
    return undefined;
  }
  if (has.kind === 'change') {
    if (said.kind !== 'change') {
      // Accepted as a reading of "giảm bình quân/năm: trên 10%": the bound is the amount.
      if ('value' in said && said.value !== undefined && !same(has.amount, said.value)) return mismatch('amount', n(has.amount));
      return undefined;
    }
    if (has.direction !== said.direction) return mismatch('direction', has.direction);
    const pointsOrPercent = phrase.ambiguities.some((a) => a.code === 'points-or-percent');
    if (has.as !== said.as && !pointsOrPercent) return mismatch('as', has.as);
    if (!same(has.amount, said.amount)) return mismatch('amount', n(has.amount));
    if (!same(has.amountMax, said.amountMax)) return mismatch('amountMax', has.amountMax === undefined ? '' : n(has.amountMax));
    if (relativeToStated && (has.relativeTo ?? 'baseline') !== (said.relativeTo ?? 'baseline')) return mismatch('relativeTo', has.relativeTo ?? 'baseline');
  }
  return undefined;
}

function unitMismatch(said: TargetPhrase, t: Target): Mismatch | undefined {
  if (!said.unit || !said.comparison || said.comparison.kind === 'assigned') return undefined;
  const a = normalizeUnit(said.unit);
  const b = normalizeUnit(t.unit);
  if (a === b || (MONEY[a] !== undefined && MONEY[b] !== undefined)) return undefined;
  // "thôn, làng" for a target counted in "thôn"; "triệu đồng/người/năm" written "triệu đồng/người".
  const words = (s: string) => s.split(/[\s,/]+/).filter(Boolean);
  const wa = words(a);
  const wb = words(b);
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return undefined;
  return { path: ['unit'], saidKind: 'unit', said: said.unit, hasKind: 'unit', has: t.unit };
}
