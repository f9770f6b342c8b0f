import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import type { Plan } from '../model/plan.js';
import { PlanFile } from '../model/plan-file.js';
import { planFiles } from './find-plans.js';
import { locate } from './locate.js';
import { Origins } from './origins.js';
import { parseSource } from './parse-yaml.js';
import { decodeText, MAX_FILE_BYTES } from './read-text.js';
import { schemaDiagnostics } from './schema-issues.js';
import { parsePlanFile } from './shape-parse.js';
import { PlanCache, type PlanCacheSettings } from './plan-cache.js';
import { SourceFile } from './source-file.js';

export interface LoadedPlan {
  folder: string;
  sources: SourceFile[];
  /** Problems found while reading, parsing and shape-checking (cross-checks come later). */
  diagnostics: Diagnostic[];
  /** Undefined only when no valid plan header was found. */
  plan: Plan | undefined;
  origins: Origins;
  /**
   * Ids of items dropped for a shape error, by kind: the item exists, only its content is wrong, so
   * references to it are not "unknown" (one bad `value:` gave four unknown-target errors).
   */
  brokenIds: BrokenIds;
  /** The targets and tasks some dropped entry was about: a partial report marks their rows. */
  brokenEntries: { target: Set<string>; task: Set<string> };
}

export interface BrokenIds {
  unit: Set<string>;
  legalBasis: Set<string>;
  target: Set<string>;
  task: Set<string>;
}

const KIND_OF: Partial<Record<ListKey, keyof BrokenIds>> = { units: 'unit', legalBases: 'legalBasis', targets: 'target', tasks: 'task' };

const LIST_KEYS = ['units', 'legalBases', 'targets', 'tasks', 'entries'] as const;
type ListKey = (typeof LIST_KEYS)[number];

/** Reads every YAML file of a plan folder and merges what is valid; never throws on bad content. */
export function loadPlan(folder: string, cwd: string, cacheSettings?: PlanCacheSettings): LoadedPlan {
  const cache = cacheSettings ? PlanCache.open(folder, cacheSettings) : undefined;
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    if (rel === '') return '.';
    return !rel.startsWith('..') ? rel : abs;
  };
  const origins = new Origins();
  const sources: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const lists: { [K in ListKey]: NonNullable<PlanFile[K]> } = { units: [], legalBases: [], targets: [], tasks: [], entries: [] };
  let header: Plan['header'] | undefined;
  let headerSeen = false;
  let illustrative = false;
  const brokenIds: BrokenIds = { unit: new Set(), legalBasis: new Set(), target: new Set(), task: new Set() };
  const brokenEntries: LoadedPlan['brokenEntries'] = { target: new Set(), task: new Set() };

  const found = planFiles(folder);
  for (const link of found.outsideLinks) {
    diagnostics.push(diagnostic('linked-folder', { file: display(link.path), line: 1, column: 1 }, { target: link.target }));
  }
  for (const abs of found.files) {
    const path = display(abs);
    const read = readPlanBytes(abs, path);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const bytes = read.bytes;
    const decoded = decodeText(bytes, path);
    if (!decoded.ok) {
      diagnostics.push(decoded.diagnostic);
      continue;
    }
    const checked = cache?.lookup(abs, bytes) ?? readPlanFile(decoded.text, path, abs);
    const source = 'source' in checked ? checked.source : new SourceFile(path, abs, decoded.text);
    sources.push(source);
    let data: unknown = checked;
    let file: Salvaged = checked as PlanFile;
    if ('source' in checked) {
      diagnostics.push(...checked.diagnostics);
      data = checked.data;
      if (data === undefined || data === null) continue;
      file = checked.file;
      if (checked.diagnostics.length === 0 && checked.valid) cache?.store(abs, bytes, checked.file as PlanFile);
    }
    if (isMap(data) && 'plan' in data) headerSeen = true;

    if (file.plan) {
      if (header) {
        diagnostics.push(diagnostic('duplicate-plan', locate(source, ['plan'], 'key'), { first: display(origins.fileOf(header)?.absPath ?? '') }));
      } else {
        header = file.plan;
        origins.set(header, source, ['plan']);
        header.sections.forEach((s, i) => origins.set(s, source, ['plan', 'sections', i]));
        header.periods?.forEach((p, i) => origins.set(p, source, ['plan', 'periods', i]));
      }
    }
    for (const key of LIST_KEYS) {
      const items: readonly (object | undefined)[] = file[key] ?? [];
      const kind = KIND_OF[key];
      items.forEach((item, i) => {
        if (!item) {
          const raw: unknown = isMap(data) && Array.isArray(data[key]) ? (data[key] as unknown[])[i] : undefined;
          if (kind && isMap(raw) && typeof raw.id === 'string') brokenIds[kind].add(raw.id);
          if (key === 'entries' && isMap(raw)) {
            if (typeof raw.target === 'string') brokenEntries.target.add(raw.target);
            if (typeof raw.task === 'string') brokenEntries.task.add(raw.task);
          }
          return;
        }
        origins.set(item, source, [key, i]);
        (lists[key] as object[]).push(item);
      });
    }
    if (file.illustrative && (file.entries?.length ?? 0) > 0) illustrative = true;
  }

  if (!header && !headerSeen) {
    diagnostics.push(diagnostic('missing-plan', { file: display(folder), line: 1, column: 1 }));
  }
  cache?.save();
  const plan: Plan | undefined = header ? { dir: display(folder), header, ...lists, illustrative } : undefined;
  return { folder, sources, diagnostics, plan, origins, brokenIds, brokenEntries };
}

/** Parses and shape-checks one file's text; an invalid file keeps its valid items (salvage). */
function readPlanFile(text: string, path: string, abs: string) {
  let parsed = parseSource(text, path, abs);
  let result = parsePlanFile(parsed.data ?? {}, text.length);
  if (!result.success && parsed.fast) {
    // The fast reader is trusted only with valid files: read again with positions to report.
    parsed = parseSource(text, path, abs, { fast: false });
    result = parsePlanFile(parsed.data ?? {}, 0);
  }
  const diagnostics = [...parsed.diagnostics];
  const data = parsed.data;
  if (!result.success && data !== undefined && data !== null) diagnostics.push(...schemaDiagnostics(result.error.issues, PlanFile, data, parsed.source));
  const file: Salvaged = result.success ? result.data : data !== undefined && data !== null ? salvage(data) : {};
  return { source: parsed.source, diagnostics, data, file, valid: result.success };
}

/**
 * A plan file's bytes, judged by its size before any is read: a 100 MB dump is refused by stat, not
 * loaded into memory. Only regular files are read (a link to /dev/zero or a FIFO would never end).
 */
function readPlanBytes(abs: string, path: string): { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic } {
  const at = { file: path, line: 1, column: 1 };
  const ioError = (e: unknown) => ({ ok: false as const, diagnostic: diagnostic('io-error', at, { detail: (e as NodeJS.ErrnoException).code ?? String(e) }) });
  const tooLarge = (size: number) => ({ ok: false as const, diagnostic: diagnostic('file-too-large', at, { size, limit: MAX_FILE_BYTES }) });
  try {
    // stat before open: opening a FIFO would block.
    const st = statSync(abs);
    if (!st.isFile()) return ioError('not a regular file');
    if (st.size > MAX_FILE_BYTES) return tooLarge(st.size);
    const fd = openSync(abs, 'r');
    try {
      // The file may have been swapped or grown since the stat: judge what was opened.
      const size = fstatSync(fd).size;
      if (size > MAX_FILE_BYTES) return tooLarge(size);
      return { ok: true, bytes: readFileSync(fd) };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return ioError(e);
  }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

type Salvaged = Omit<PlanFile, ListKey> & { [K in ListKey]?: (NonNullable<PlanFile[K]>[number] | undefined)[] };

/**
 * Keeps the valid parts of an invalid file, so that one bad item does not hide a file's other ids
 * from cross-checks. Invalid items leave a hole, so that indices still match the YAML.
 */
function salvage(data: unknown): Salvaged {
  const out: Salvaged = {};
  if (!isMap(data)) return out;
  const shape = PlanFile.shape;
  const header = shape.plan.unwrap().safeParse(data.plan);
  if (header.success) out.plan = header.data;
  for (const key of LIST_KEYS) {
    const raw = data[key];
    if (!Array.isArray(raw)) continue;
    const element = shape[key].unwrap().element as z.ZodType;
    const kept = raw.map((item) => {
      const r = element.safeParse(item);
      return r.success ? r.data : undefined;
    });
    (out as Record<ListKey, unknown[]>)[key] = kept;
  }
  if (data.illustrative === true) out.illustrative = true;
  return out;
}
