import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Location } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source-file.js';

export type DataPath = readonly (string | number)[];

/** Location of an offset range in a source (1-based line and column; endColumn only on the same line). */
export function locationOf(source: Pick<SourceFile, 'path' | 'lines'>, start: number, end?: number): Location {
  const from = source.lines.linePos(start);
  const loc: Location = { file: source.path, line: from.line, column: from.col };
  if (end !== undefined && end > start) {
    const to = source.lines.linePos(end);
    if (to.line === from.line) loc.endColumn = to.col;
  }
  return loc;
}

/**
 * Where a data path points in the YAML: the value node, or with part 'key' the key of the last step.
 * A path that goes further than the document (a missing field) stops at the deepest node found.
 */
export function locate(source: SourceFile, path: DataPath, part: 'key' | 'value' = 'value'): Location {
  let node: unknown = source.doc?.contents;
  let pair: Pair | undefined;
  let complete = true;
  for (const step of path) {
    let next: unknown;
    if (isMap(node)) {
      pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
      next = pair?.value;
      if (!pair) complete = false;
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step];
      pair = undefined;
      if (next === undefined) complete = false;
    } else {
      complete = false;
    }
    if (!complete) break;
    node = next;
  }
  if (complete && part === 'key' && pair && isScalar(pair.key) && pair.key.range) {
    return locationOf(source, pair.key.range[0], pair.key.range[1]);
  }
  const target = (node ?? (isPair(pair) ? pair.key : undefined)) as Node | undefined;
  if (target?.range) {
    // A whole map or sequence is shown by its first line only.
    const end = isScalar(target) ? target.range[1] : undefined;
    return locationOf(source, target.range[0], end);
  }
  return { file: source.path, line: 1, column: 1 };
}
