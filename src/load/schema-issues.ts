import type { z } from 'zod';
import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { parseVnNumber } from '../parse/vn-number.js';
import { vnDateToIso } from '../parse/vn-date.js';
import { closest } from '../text/closest.js';
import { locate, type DataPath } from './locate.js';
import { allowedKeys, schemaAt } from './schema-walk.js';
import type { SourceFile } from './source-file.js';

/** Turns zod's issues for one file into located diagnostics in the plan's own terms. */
export function schemaDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  root: z.ZodType,
  data: unknown,
  source: SourceFile,
  base: DataPath = [],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path: DataPath = [...base, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    const rel = path.slice(base.length);
    const field = String(path.at(-1) ?? '');
    const value = valueAt(data, rel);
    switch (issue.code) {
      case 'invalid_type': {
        if (value === undefined) {
          out.push(tagged(diagnostic('missing-field', locate(source, path.slice(0, -1)), { field, within: keysOf(path.slice(0, -1)) }), path.slice(0, -1)));
        } else {
          const received = kindOf(value);
          const fixed = issue.expected === 'number' && typeof value === 'string' ? figureOf(value) : undefined;
          const hint =
            issue.expected === 'string' && (received === 'number' || received === 'boolean')
              ? 'quote'
              : received === 'non-finite'
                ? 'finite'
                : fixed !== undefined
                  ? 'decimal'
                  : 'type';
          const at = locate(source, path);
          // Show what the user typed (`010`, `.nan`, `1e309`), not what YAML made of it (10, NaN, Infinity).
          const typed = hint === 'quote' || hint === 'finite' ? sourceSlice(source, at) : undefined;
          out.push(diagnostic('wrong-type', at, { field, expected: issue.expected, received, value: typed ?? show(value), hint, ...(fixed !== undefined ? { fixed } : {}) }));
        }
        break;
      }
      case 'unrecognized_keys': {
        const keys = allowedKeys(schemaAt(root, data, rel));
        for (const key of issue.keys) {
          // `{ kind: above, value: 95,5 }`: in braces the comma parts keys, so YAML reads value 95 and a key "5".
          const split = decimalCommaSplit(value, key, source, locate(source, [...path, key], 'key'));
          if (split) {
            out.push(tagged(diagnostic('unknown-field', locate(source, [...path, split.before]), { field: key, hint: 'decimal-comma', ...split }), path));
            continue;
          }
          const suggestion = closest(key, keys);
          out.push(
            tagged(diagnostic('unknown-field', locate(source, [...path, key], 'key'), {
              field: key,
              ...(suggestion ? { suggestion } : {}),
              allowed: keys.join(', '),
            }), path),
          );
        }
        break;
      }
      case 'invalid_value':
      case 'invalid_union': {
        const allowed = issue.code === 'invalid_value' ? issue.values.map(String) : discriminatorOptions(issue);
        if (allowed.length === 0) {
          out.push(diagnostic('invalid-format', locate(source, path), { field, value: show(value), detail: issue.message }));
          break;
        }
        const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
        out.push(
          diagnostic('invalid-value', locate(source, path), {
            field,
            value: show(value),
            allowed: allowed.join(', '),
            ...(suggestion ? { suggestion } : {}),
          }),
        );
        break;
      }
      case 'invalid_format': {
        const at = locate(source, path);
        if (issue.format === 'date') {
          const iso = typeof value === 'string' ? vnDateToIso(value) : undefined;
          out.push(diagnostic('invalid-date', at, { field, value: show(value), ...(iso !== undefined && iso !== value ? { suggestion: iso } : {}) }));
        }
        else if (issue.pattern?.includes('a-z0-9')) out.push(diagnostic('invalid-id', at, { field, value: show(value) }));
        else out.push(diagnostic('invalid-format', at, { field, value: show(value), detail: issue.message }));
        break;
      }
      case 'too_small':
      case 'too_big': {
        const at = locate(source, path);
        if (issue.origin === 'string' && issue.code === 'too_small') out.push(diagnostic('empty-text', at, { field }));
        else {
          const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
          out.push(diagnostic('out-of-range', at, { field, value: show(value), bound: issue.code === 'too_small' ? 'min' : 'max', limit }));
        }
        break;
      }
      default:
        out.push(diagnostic('invalid-format', locate(source, path), { field, value: show(value), detail: issue.message }));
    }
  }
  return renamedKeys(out);
}

/**
 * A key written under another name (`donvi:` for `unit:`, `nmae:` for `name:`) is one mistake: the
 * unknown key and the missing one are told as one error at the key the clerk wrote, naming the field
 * it stands for, and the "missing" error is dropped.
 */
function renamedKeys(list: Diagnostic[]): Diagnostic[] {
  const drop = new Set<Diagnostic>();
  const missingAt = (d: Diagnostic) => list.filter((m) => m.code === 'missing-field' && !drop.has(m) && m.location.file === d.location.file && sameItem(m, d));
  for (const d of list) {
    if (d.code !== 'unknown-field') continue;
    const missing = missingAt(d);
    if (missing.length === 0) continue;
    const names = missing.map((m) => String(m.params.field));
    const unknownHere = list.filter((u) => u.code === 'unknown-field' && sameItem(u, missing[0]!)).length;
    const pick = closest(String(d.params.field), names) ?? (names.length === 1 && unknownHere === 1 ? names[0] : undefined);
    if (pick === undefined) continue;
    d.params = { ...d.params, suggestion: pick, renamed: 1 };
    drop.add(missing[names.indexOf(pick)]!);
  }
  return list.filter((d) => !drop.has(d));
}

/** Both diagnostics are about the same YAML map (paths recorded in `item`). */
function sameItem(a: Diagnostic, b: Diagnostic): boolean {
  return ITEM.get(a) !== undefined && ITEM.get(a) === ITEM.get(b);
}

const ITEM = new WeakMap<Diagnostic, string>();

function tagged(d: Diagnostic, item: DataPath): Diagnostic {
  ITEM.set(d, JSON.stringify(item));
  return d;
}

/** "11,16", "6.021.447.000", "93,5" as the number they stand for; undefined if not one number. */
function figureOf(text: string): number | undefined {
  if (!/^[+-]?[\d.,]+$/.test(text.trim())) return undefined;
  const n = parseVnNumber(text, '');
  return n.ok ? n.value : undefined;
}

function sourceSlice(source: SourceFile, at: Location): string | undefined {
  if (at.endColumn === undefined) return undefined;
  const line = source.text.split('\n')[at.line - 1];
  return line?.slice(at.column - 1, at.endColumn - 1);
}

function discriminatorOptions(issue: z.core.$ZodIssueInvalidUnion): string[] {
  const options = (issue as { options?: unknown[] }).options;
  return Array.isArray(options) ? options.map(String) : [];
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v = data;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(step)];
  }
  return v;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isInteger(v)) return 'number';
  // .nan, .inf and 1e309 (beyond the largest double) are numbers to YAML but not figures.
  if (typeof v === 'number' && !Number.isFinite(v)) return 'non-finite';
  return typeof v === 'object' ? 'map' : typeof v;
}

function show(v: unknown): string {
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 57)}...` : v;
  if (v === undefined) return '';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The keys above a field, "targets.comparison": which part of the format guide tells what it takes. */
function keysOf(path: DataPath): string {
  return path.filter((p): p is string => typeof p === 'string').join('.');
}

/**
 * A key of digits with no value that the source writes right after "name: <whole number>,": a
 * decimal comma inside `{ }` (95,5 read as 95 and a key "5"). Read from the text, since a JS object
 * puts integer keys first.
 */
function decimalCommaSplit(map: unknown, key: string, source: SourceFile, at: Location): { before: string; typed: string; fixed: string } | undefined {
  if (!/^\d+$/.test(key) || map === null || typeof map !== 'object' || (map as Record<string, unknown>)[key] !== null) return undefined;
  // `at` is the map (YAML holds the key as the number 5): look on its line for "name: 95,5".
  const line = source.text.split('\n')[at.line - 1] ?? '';
  for (const m of line.matchAll(/([A-Za-z][\w-]*)\s*:\s*(-?\d+)\s*,\s*(\d+)\s*(?=[,}]|$)/g)) {
    if (m[3] === key && typeof (map as Record<string, unknown>)[m[1]!] === 'number') return { before: m[1]!, typed: `${m[2]},${key}`, fixed: `${m[2]}.${key}` };
  }
  return undefined;
}
