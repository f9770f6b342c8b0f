import type { ReviewItem } from './draft.js';

/** The review list grouped: one line per (field, reason), with the items it concerns. */
export function groupReview(items: ReviewItem[]): { field: string; reason: string; subjects: string[] }[] {
  const groups = new Map<string, { field: string; reason: string; subjects: string[]; seen: Set<string> }>();
  for (const i of items) {
    const key = `${i.field}\u0000${i.reason}`;
    const g = groups.get(key) ?? { field: i.field, reason: i.reason, subjects: [], seen: new Set<string>() };
    if (!g.seen.has(i.subject)) {
      g.seen.add(i.subject);
      g.subjects.push(i.subject);
    }
    groups.set(key, g);
  }
  return [...groups.values()].map(({ field, reason, subjects }) => ({ field, reason, subjects }));
}

export function renderReview(items: ReviewItem[], heading: string, more: (n: number) => string): string {
  const lines = [heading];
  groupReview(items).forEach((g, i) => {
    const shown = g.subjects.slice(0, 6).join(', ') + (g.subjects.length > 6 ? `, ${more(g.subjects.length - 6)}` : '');
    lines.push(`${String(i + 1).padStart(3)}. [${shown}] ${g.field}: ${g.reason}`);
  });
  return lines.join('\n');
}
