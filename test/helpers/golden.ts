/** The golden-file check of the output tests, one helper so that every golden is written and compared alike. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { expect } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');

/** `actual` must equal the file at `path` byte for byte; UPDATE_GOLDEN=1 rewrites the file first (read its diff before committing). */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  const shown = relative(REPO, path).split('\\').join('/');
  if (!existsSync(path)) throw new Error(`missing golden ${shown}: run with UPDATE_GOLDEN=1 and read it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** `expectGolden` for the files of one folder, by name. */
export const goldenIn =
  (dir: string) =>
  (name: string, actual: string): void =>
    expectGolden(resolve(dir, name), actual);
