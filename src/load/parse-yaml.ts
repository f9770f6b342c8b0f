import { isMap, isPair, isScalar, isSeq, visit, type Node, type YAMLError } from 'yaml';
import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { locationOf } from './locate.js';
import { conflictMarkerLines, itemLimitOffset, lineColumnAt, loneCrOffset, MAX_FILE_ITEMS, tabPositions } from './read-text.js';
import { fastLoad } from './fast-load.js';
import { findIndentFault } from './indent-fix.js';
import { MAX_DEPTH, normalizeText } from './normalize.js';
import { SourceFile } from './source-file.js';

export interface ParsedSource {
  source: SourceFile;
  diagnostics: Diagnostic[];
  /** The file's data, NFC-normalised; undefined when the YAML itself is broken. */
  data: unknown;
  /** Read by the fast path: to be read again with `{ fast: false }` if the data fails a check. */
  fast: boolean;
}

/** Parses one plan file's text into data, reporting every syntax problem with its position. */
export function parseSource(text: string, path: string, absPath: string, options: { fast: boolean } = { fast: true }): ParsedSource {
  const source = new SourceFile(path, absPath, text);
  const diagnostics: Diagnostic[] = [];

  const conflicts = conflictMarkerLines(text);
  if (conflicts.length > 0) {
    // Parsing a half-merged file only adds noise: name the markers and stop.
    diagnostics.push(
      diagnostic('merge-conflict', { file: path, line: conflicts[0]!, column: 1 }, { lines: conflicts.join(', ') }),
    );
    return { source, diagnostics, data: undefined, fast: false };
  }

  const loneCr = loneCrOffset(text);
  if (loneCr !== undefined) {
    // The two readers would not agree on the lines of this file (see loneCrOffset): refused.
    diagnostics.push(diagnostic('yaml-lone-cr', { file: path, ...lineColumnAt(text, loneCr) }));
    return { source, diagnostics, data: undefined, fast: false };
  }

  const pastLimit = itemLimitOffset(text);
  if (pastLimit !== undefined) {
    // Refused before any parser sees it: time and memory stay bounded whatever the file holds.
    const line = countLines(text, pastLimit);
    const column = pastLimit - text.lastIndexOf('\n', pastLimit - 1);
    diagnostics.push(diagnostic('too-many-items', { file: path, line, column }, { limit: MAX_FILE_ITEMS }));
    return { source, diagnostics, data: undefined, fast: false };
  }

  if (options.fast) {
    const quick = fastLoad(text);
    if (quick.ok) return { source, diagnostics, data: quick.data, fast: true };
  }

  const tabs = tabPositions(text);
  const tabLines = new Set(tabs.map((t) => t.line));
  for (const t of tabs) diagnostics.push(diagnostic('yaml-tab', { file: path, line: t.line, column: t.column, endColumn: t.column + 1 }));

  let doc: SourceFile['doc'];
  try {
    doc = source.doc;
  } catch (e) {
    // The composer recurses per nesting level; pathological depth can overflow the stack.
    if (e instanceof RangeError) {
      diagnostics.push(diagnostic('yaml-too-deep', { file: path, line: 1, column: 1 }, { limit: MAX_DEPTH }));
      return { source, diagnostics, data: undefined, fast: false };
    }
    throw e;
  }
  const problems: YAMLError[] = [...doc.errors, ...doc.warnings];
  let tooDeepReported = false;
  // One mistake, one error: a tab or a mis-indented line makes the parser complain on every later
  // line of the block. Name the cause only; the rest follows from it.
  const syntax = problems.filter((e) => e.code !== 'RESOURCE_EXHAUSTION' && e.code !== 'DUPLICATE_KEY');
  const fault = tabs.length === 0 && doc.errors.some((e) => syntax.includes(e)) ? findIndentFault(text) : undefined;
  let firstSyntax = true;
  if (fault) {
    const body = (text.split('\n')[fault.line - 1] ?? '').replace(/\r$/, '');
    const word = body.slice(fault.found).match(/^[^\s:]+/)?.[0] ?? '';
    diagnostics.push(
      diagnostic(
        'yaml-syntax',
        { file: path, line: fault.line, column: fault.found + 1, ...(word ? { endColumn: fault.found + 1 + word.length } : {}) },
        { yamlCode: 'BAD_INDENT', detail: `This line is indented by ${fault.found} spaces; it belongs at ${fault.expected}`, found: fault.found, expected: fault.expected },
      ),
    );
    firstSyntax = false;
  }
  for (const err of problems) {
    const at = locationOf(source, err.pos[0], err.pos[1]);
    if (tabLines.has(at.line)) continue;
    if (err.code === 'RESOURCE_EXHAUSTION') {
      // The library ran out of stack on deep nesting: say so in our words, not "Maximum call stack size exceeded".
      if (!tooDeepReported) diagnostics.push(diagnostic('yaml-too-deep', at, { limit: MAX_DEPTH }));
      tooDeepReported = true;
      continue;
    }
    if (err.code === 'DUPLICATE_KEY') {
      diagnostics.push(diagnostic('yaml-duplicate-key', at, { key: duplicateKeyName(text, err.pos[0]) }));
      continue;
    }
    // Past a tab or the first syntax error the parser's view of the blocks is off: what it says next is noise.
    if (tabs.length > 0 || !firstSyntax) continue;
    firstSyntax = false;
    const detail = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    diagnostics.push(diagnostic('yaml-syntax', atContent(source, at), { yamlCode: err.code, detail }));
  }

  const deep = tooDeep(doc.contents);
  if (deep) {
    if (!tooDeepReported) diagnostics.push(diagnostic('yaml-too-deep', locationOf(source, deep.range?.[0] ?? 0), { limit: MAX_DEPTH }));
    return { source, diagnostics, data: undefined, fast: false };
  }

  let unsafe = false;
  visit(doc, {
    Alias(_, node) {
      unsafe = true;
      if (node.range) diagnostics.push(diagnostic('yaml-alias', locationOf(source, node.range[0], node.range[1]), { name: node.source }));
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__' && pair.key.range) {
        unsafe = true;
        diagnostics.push(diagnostic('yaml-proto-key', locationOf(source, pair.key.range[0], pair.key.range[1])));
      }
    },
  });
  if (doc.errors.length > 0 || unsafe || tabs.length > 0) return { source, diagnostics, data: undefined, fast: false };
  return { source, diagnostics, data: normalizeText(doc.toJS({ maxAliasCount: 0 })), fast: false };
}

function tooDeep(root: unknown): Node | undefined {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth >= MAX_DEPTH) return node;
      for (const item of node.items) {
        if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
        else stack.push([item, depth + 1]);
      }
    }
  }
  return undefined;
}

/** A caret at column 1 of an indented line points at nothing: move it to the line's first character. */
function atContent(source: SourceFile, at: Location): Location {
  if (at.column !== 1) return at;
  const body = (source.text.split('\n')[at.line - 1] ?? '').replace(/\r$/, '');
  const indent = body.length - body.trimStart().length;
  if (indent === 0 || indent === body.length) return at;
  const word = body.slice(indent).match(/^[^\s:]+/)?.[0] ?? '';
  return { file: at.file, line: at.line, column: indent + 1, ...(word ? { endColumn: indent + 1 + word.length } : {}) };
}

/** 1-based line of an offset. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function duplicateKeyName(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200).split(/\r?\n/)[0] ?? '';
  return rest.replace(/:.*$/, '').trim();
}
