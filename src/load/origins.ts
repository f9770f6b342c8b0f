import type { Location } from '../diagnostics/diagnostic.js';
import { locate, type DataPath } from './locate.js';
import type { SourceFile } from './source-file.js';

/** Where each loaded object came from, so that checks on plain data can still point at a line. */
export class Origins {
  private readonly map = new WeakMap<object, { source: SourceFile; path: DataPath }>();

  set(item: object, source: SourceFile, path: DataPath): void {
    this.map.set(item, { source, path });
  }

  fileOf(item: object): SourceFile | undefined {
    return this.map.get(item)?.source;
  }

  /** The location of `item` or of a field inside it; 'key' points at the field's name. */
  at(item: object, sub: DataPath = [], part: 'key' | 'value' = 'value'): Location {
    const origin = this.map.get(item);
    if (!origin) return { file: '?', line: 1, column: 1 };
    return locate(origin.source, [...origin.path, ...sub], part);
  }
}
