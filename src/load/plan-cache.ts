import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hashHex } from '../runtime/node-crypto.js';
import type { PlanFile } from '../model/plan-file.js';
import { writeCacheFile } from '../write/cache-file.js';

/** Where the cache lives and which build of plan it belongs to. */
export interface PlanCacheSettings {
  dir: string;
  /** A hash of the running bundle: a cache written by other code is never read. */
  buildId: string;
}

interface CacheEntry {
  hash: string;
  data: PlanFile;
}

const sha1 = (bytes: Uint8Array | string) => hashHex('sha1', bytes);

/**
 * The checked data of each valid file of one plan folder, keyed by a hash of the file's bytes and
 * of the build. A file is read and checked again whenever a byte of it (or of plan) changed, so the
 * cache can never serve a stale result; it lives outside the plan folder (never in git), and
 * deleting it only costs time. It lets `plan record` and repeated runs skip parsing the history.
 */
export class PlanCache {
  private readonly seen = new Map<string, CacheEntry>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly buildId: string,
    private readonly stored: Record<string, CacheEntry>,
  ) {}

  static open(folder: string, settings: PlanCacheSettings): PlanCache {
    const file = join(settings.dir, `${sha1(resolve(folder)).slice(0, 20)}.json`);
    let stored: Record<string, CacheEntry> = {};
    try {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { buildId?: string; files?: Record<string, CacheEntry> };
      if (json.buildId === settings.buildId && json.files) stored = json.files;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
    return new PlanCache(file, settings.buildId, stored);
  }

  /** The checked data of this file if exactly these bytes were checked before. */
  lookup(abs: string, bytes: Uint8Array): PlanFile | undefined {
    const hash = sha1(bytes);
    const entry = this.stored[abs];
    if (entry?.hash !== hash) return undefined;
    this.seen.set(abs, entry);
    return entry.data;
  }

  /** Remembers a file that was read without a single problem. */
  store(abs: string, bytes: Uint8Array, data: PlanFile): void {
    this.seen.set(abs, { hash: sha1(bytes), data });
    this.changed = true;
  }

  /** Writes the files seen in this run (dropping deleted ones), if anything changed. */
  save(): void {
    if (!this.changed && this.seen.size === Object.keys(this.stored).length) return;
    writeCacheFile(this.file, JSON.stringify({ buildId: this.buildId, files: Object.fromEntries(this.seen) }));
  }
}
