import { isDeepStrictEqual } from 'node:util';
import { dirname } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { ProgressEntry } from '../model/progress-entry.js';
import { resolveWritePath, type ReadResult } from './atomic-write.js';
import { fastParse } from '../load/fast-load.js';
import { itemLimitOffset, lineColumnAt, loneCrOffset, MAX_FILE_BYTES, MAX_FILE_ITEMS } from '../load/read-text.js';
import { checkEntry, renderEntryLines } from './entry-yaml.js';
import { ioError, WriteError } from './errors.js';
import type { LockOptions, StaleLock } from './file-lock.js';
import { updateLocked } from './locked-update.js';
import { nodeFs, type WriteFs } from './fs-facade.js';

export const DEFAULT_SCHEMA_PATH = '../../plan.schema.json';

export interface NewFileOptions {
  /** `$schema=` of the first comment line. Default '../../plan.schema.json'. */
  schemaPath?: string;
  /** Second comment line (without '# '). Default names the target or task. */
  headerComment?: string;
  /** Adds `illustrative: true` (the numbers are examples, not real data). */
  illustrative?: boolean;
  eol?: '\n' | '\r\n';
}

/** Where the new text went: result = source[0, deleteStart) + source[deleteEnd, offset) + inserted + source[offset..]. */
export interface SpliceResult {
  text: string;
  offset: number;
  inserted: string;
  /** A removed `[]`, `~` or `null` (with the spaces before it); deleteStart === deleteEnd when nothing was removed. */
  deleteStart: number;
  deleteEnd: number;
}

/** Text of a new progress file holding one entry. */
export function newFileText(entry: ProgressEntry, options: NewFileOptions = {}): string {
  const clean = checkEntry(entry);
  const eol = options.eol ?? '\n';
  const what = clean.target !== undefined ? `chỉ tiêu ${clean.target}` : `nhiệm vụ ${clean.task ?? ''}`;
  const lines = [
    `# yaml-language-server: $schema=${options.schemaPath ?? DEFAULT_SCHEMA_PATH}`,
    `# ${(options.headerComment ?? `Số liệu tiến độ của ${what}`).replace(/[\r\n]+/g, ' ')}`,
    ...(options.illustrative ? ['illustrative: true'] : []),
    'entries:',
    ...renderEntryLines(clean, 2),
  ];
  return lines.map((l) => l + eol).join('');
}

function detectEol(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Offset just past the line break ending the text before `end` (an exclusive end offset): `end`
 * itself if the text before it already ends a line. For an offset inside a line, pass offset + 1.
 */
function lineEndAfter(text: string, i: number): number {
  if (i > 0 && text[i - 1] === '\n') return i;
  const j = text.indexOf('\n', i);
  return j < 0 ? text.length : j + 1;
}

function columnOf(text: string, i: number): number {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const bom = lineStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return i - lineStart - bom;
}

function lineColOf(text: string, i: number): { line: number; column: number } {
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < i; k = text.indexOf('\n', k + 1)) line++;
  return { line, column: columnOf(text, i) + 1 };
}

function parseChecked(text: string, path: string): Document.Parsed {
  const doc = parseDocument(text, { uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    throw new WriteError('yaml-invalid', path, err.message.split('\n')[0] ?? err.code, {
      details: { yamlCode: err.code, line: pos?.line, column: pos?.col },
    });
  }
  return doc;
}

function toData(doc: Document.Parsed, path: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new WriteError('yaml-invalid', path, e instanceof Error ? e.message : String(e), { cause: e });
  }
}

function linesToInsert(lines: string[], eol: string, atEofWithoutNewline: boolean): string {
  return atEofWithoutNewline ? eol + lines.join(eol) : lines.join(eol) + eol;
}

/**
 * Pure core of appendEntry: the new text of an existing progress file with `entry` appended to its
 * top-level `entries:` block sequence. Every byte outside the insertion point (and a removed empty
 * `[]`/`~`/`null` value) is kept; CRLF files get CRLF lines; the new item uses the indentation of the
 * existing items. The result is re-parsed and must equal the old data plus the entry.
 */
export function spliceEntry(source: string, entry: ProgressEntry, path = ''): SpliceResult {
  const clean = checkEntry(entry, path);
  const loneCr = loneCrOffset(source);
  if (loneCr !== undefined) {
    throw new WriteError('line-endings', path, 'the file has a lone CR line break (old Mac style); save it with LF or CRLF line endings', {
      details: lineColumnAt(source, loneCr),
    });
  }
  const eol = detectEol(source);
  const quick = appendAtEnd(source, clean, eol);
  if (quick) return quick;
  const doc = parseChecked(source, path);
  const oldData = toData(doc, path);
  const contents = doc.contents as YamlNode | null;

  let offset: number;
  let lines: string[];
  let deleteStart = 0;
  let deleteEnd = 0;
  let prefixLines: string[] = [];

  if (contents === null || (isScalar(contents) && contents.value === null && contents.source === '')) {
    // Empty file or comments only.
    offset = source.length;
    prefixLines = ['entries:'];
    lines = renderEntryLines(clean, 2);
  } else if (!isMap(contents) || contents.flow) {
    throw new WriteError('unsupported-layout', path, 'the document is not a block mapping of keys');
  } else {
    const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === 'entries');
    if (!pair) {
      // Add the key after the last pair of the top-level map.
      const end = contents.range?.[1];
      if (end === undefined) throw new WriteError('unsupported-layout', path, 'no source range for the document');
      offset = lineEndAfter(source, end);
      const indent = columnOf(source, contents.range![0]);
      prefixLines = [`${' '.repeat(indent)}entries:`];
      lines = renderEntryLines(clean, indent + 2);
    } else {
      const key = pair.key as YamlNode;
      const keyStart = key.range?.[0];
      if (keyStart === undefined || !/^(?:entries|"entries"|'entries')[ \t]*:/.test(source.slice(keyStart, keyStart + 20))) {
        throw new WriteError('unsupported-layout', path, 'write the key as `entries:` on one line', { details: lineColOf(source, keyStart ?? 0) });
      }
      const keyIndent = columnOf(source, keyStart);
      const value = pair.value as YamlNode | null;
      if (isSeq(value) && !value.flow) {
        const last = value.items[value.items.length - 1] as YamlNode | undefined;
        const seqStart = value.range?.[0];
        if (!last?.range || seqStart === undefined || source[seqStart] !== '-') {
          throw new WriteError('unsupported-layout', path, 'cannot locate the items of `entries`', { details: lineColOf(source, keyStart) });
        }
        const seqIndent = columnOf(source, seqStart);
        offset = lineEndAfter(source, last.range[1]);
        // Comment lines indented under the last item belong to it: keep them with it.
        while (offset < source.length) {
          const next = lineEndAfter(source, offset + 1);
          const line = source.slice(offset, next);
          const m = /^( *)#/.exec(line);
          if (!m || m[1]!.length <= seqIndent) break;
          offset = next;
        }
        lines = renderEntryLines(clean, seqIndent);
      } else if (
        (isSeq(value) && value.flow && value.items.length === 0) ||
        (isScalar(value) && value.value === null) ||
        value === null
      ) {
        const range = value?.range;
        if (range && range[1] > range[0]) {
          // Remove `[]`, `~` or `null` and the blanks before it; the items go on the next lines.
          deleteEnd = range[1];
          deleteStart = range[0];
          while (deleteStart > 0 && (source[deleteStart - 1] === ' ' || source[deleteStart - 1] === '\t')) deleteStart--;
          offset = lineEndAfter(source, deleteEnd);
        } else {
          offset = lineEndAfter(source, keyStart + 1);
        }
        lines = renderEntryLines(clean, keyIndent + 2);
      } else if (isSeq(value)) {
        throw new WriteError('flow-sequence', path, '`entries` is a flow sequence ([...]); write it as a block list (one "- " item per line) to append', {
          details: lineColOf(source, value.range?.[0] ?? keyStart),
        });
      } else {
        throw new WriteError('unsupported-layout', path, '`entries` is not a list', { details: lineColOf(source, keyStart) });
      }
    }
  }

  const atEof = offset === source.length && source.length > 0 && !source.endsWith('\n');
  const inserted = linesToInsert([...prefixLines, ...lines], eol, atEof);
  const text = source.slice(0, deleteStart === deleteEnd ? offset : deleteStart) +
    (deleteStart === deleteEnd ? '' : source.slice(deleteEnd, offset)) +
    inserted +
    source.slice(offset);
  if (deleteStart === deleteEnd) {
    deleteStart = deleteEnd = offset;
  }

  verify(text, oldData, clean, path);
  return { text, offset, inserted, deleteStart, deleteEnd };
}

/**
 * The usual file, the one `plan record` writes: `entries:` is the last top-level key and its items
 * run to the end of the file. The entry is then appended at the end, and checked with the fast
 * reader instead of the `yaml` document parser, which takes tens of ms per year of entries (the cost
 * `plan record` must not grow with). Anything else (trailing comments, blank lines, other layouts)
 * returns undefined and takes the general path.
 */
function appendAtEnd(source: string, entry: ProgressEntry, eol: '\n' | '\r\n'): SpliceResult | undefined {
  if (!source.endsWith('\n')) return undefined;
  const key = /^entries:[ \t]*(?:#[^\r\n]*)?\r?\n/m.exec(source);
  if (!key) return undefined;
  const tail = source.slice(key.index + key[0].length);
  const tailLines = tail.split('\n').slice(0, -1);
  const first = /^( *)- /.exec(tailLines[0] ?? '');
  const last = tailLines.at(-1)?.replace(/\r$/, '') ?? '';
  // Every later line belongs to the items (indented, or a "- " at the key's column), the last is content.
  if (!first || !tailLines.every((l) => /^( |- )/.test(l)) || last.trim() === '' || /^ *#/.test(last)) return undefined;
  const before = fastParse(source);
  if (!before.ok || !isPlainObject(before.data) || !Array.isArray(before.data.entries)) return undefined;
  const inserted = renderEntryLines(entry, first[1]!.length).join(eol) + eol;
  const text = source + inserted;
  const after = fastParse(text);
  if (!after.ok) return undefined;
  const expected = { ...before.data, entries: [...before.data.entries, entry] };
  if (!isDeepStrictEqual(after.data, expected)) return undefined;
  return { text, offset: source.length, inserted, deleteStart: source.length, deleteEnd: source.length };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function verify(text: string, oldData: unknown, entry: ProgressEntry, path: string): void {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new WriteError('verify-failed', path, `the result does not parse: ${doc.errors[0]!.message.split('\n')[0]}`);
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
  const old = (oldData ?? {}) as Record<string, unknown>;
  const oldEntries = Array.isArray(old.entries) ? old.entries : [];
  const expected = { ...old, entries: [...oldEntries, entry] };
  const newEntries = data && Array.isArray(data.entries) ? data.entries : undefined;
  if (!newEntries || newEntries.length !== oldEntries.length + 1 || !isDeepStrictEqual(newEntries.at(-1), entry)) {
    throw new WriteError('verify-failed', path, 'the result does not end with the new entry');
  }
  if (!isDeepStrictEqual(data, expected)) {
    throw new WriteError('verify-failed', path, 'the result changed data other than the new entry');
  }
}

export interface AppendOptions extends NewFileOptions {
  /** Refuse paths (and symlinks) resolving outside this folder. */
  root?: string;
  /** Lock settings (timeout, stale age, injectable clock). */
  lock?: LockOptions;
  fs?: WriteFs;
}

export interface AppendResult {
  /** Real path written. */
  path: string;
  created: boolean;
  /** Stale locks removed on the way (for the CLI to mention). */
  staleLocks: StaleLock[];
  /** Offset (in characters of the decoded text) and text of the insertion. */
  offset: number;
  inserted: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Appends one progress entry to a YAML progress file (creating it, and its folder, with a header if
 * missing), under `<file>.lock`, with an atomic replace that refuses if the file changed since it
 * was read. Nothing is written unless the result re-parses to the old data plus the entry.
 */
export async function appendEntry(file: string, entry: ProgressEntry, options: AppendOptions = {}): Promise<AppendResult> {
  const fs = options.fs ?? nodeFs;
  const target = await resolveWritePath(file, options.root, fs);
  checkEntry(entry, target);
  try {
    await fs.mkdir(dirname(target));
  } catch (e) {
    throw ioError(dirname(target), 'create folder', e);
  }
  const r = await updateLocked(target, (before) => newText(target, before, entry, options), { fs, lock: options.lock });
  return { path: target, created: r.created, staleLocks: r.staleLocks, offset: r.value.offset, inserted: r.value.inserted };
}

function newText(target: string, before: ReadResult | undefined, entry: ProgressEntry, options: NewFileOptions): { text: string; offset: number; inserted: string } {
  if (before === undefined) {
    const text = newFileText(entry, options);
    return { text, offset: 0, inserted: text };
  }
  let source: string;
  try {
    source = utf8.decode(before.bytes);
  } catch (e) {
    throw new WriteError('yaml-invalid', target, 'the file is not valid UTF-8', { cause: e });
  }
  const result = spliceEntry(source, entry, target);
  checkLimits(target, result.text);
  return result;
}

/** The loader refuses files past these limits: a record must never push a file there. */
function checkLimits(target: string, text: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    throw new WriteError('too-large', target, `${bytes} bytes, more than ${MAX_FILE_BYTES}`, { details: { limit: MAX_FILE_BYTES, size: bytes } });
  }
  if (itemLimitOffset(text) !== undefined) {
    throw new WriteError('too-large', target, `more than ${MAX_FILE_ITEMS} lines and items`, { details: { limit: MAX_FILE_ITEMS } });
  }
}
