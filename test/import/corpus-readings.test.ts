import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DOCS } from './corpus/index.js';
import { fold, parseReading } from './corpus/reading.js';

const DOCS = resolve(import.meta.dirname, 'corpus/docs');

describe('the import corpus: expected readings are well formed', () => {
  it('holds at least 15 documents from several levels, years and provinces, some after the 2025 reorganisation', () => {
    expect(CORPUS_DOCS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(CORPUS_DOCS.map((d) => d.level)).size).toBeGreaterThanOrEqual(4);
    expect(CORPUS_DOCS.filter((d) => d.afterReorganisation).length).toBeGreaterThanOrEqual(5);
    expect(new Set(CORPUS_DOCS.map((d) => d.id)).size).toBe(CORPUS_DOCS.length);
  });

  for (const doc of CORPUS_DOCS) {
    it(`${doc.id}: every reading parses and names words of its document`, () => {
      const text = fold(readFileSync(resolve(DOCS, doc.file), 'utf8'));
      expect(doc.source).toMatch(/^https?:\/\//);
      for (const r of doc.targets) {
        expect(() => parseReading(r.reading), r.key).not.toThrow();
        for (const a of r.alt ?? []) expect(() => parseReading(a), `${r.key} alt`).not.toThrow();
        expect(text, r.key).toContain(fold(r.key));
      }
    });
  }
});
