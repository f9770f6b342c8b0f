import { relative } from 'node:path';

/** A path as the user reads it in messages: relative to the working folder when inside it, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}
