import type { Comparison } from '../model/comparison.js';
import { parseVnNumber } from '../parse/vn-number.js';
import type { Lang } from '../i18n/lang.js';
import { fold, foldBare } from '../text/fold.js';
import type { RecordProblem } from './record-input.js';

type Ordinal = Extract<Comparison, { kind: 'state' | 'level' }>;

/**
 * A state's yes and no as a clerk says them (docs/format.md §12); the file keeps 1 or 0. Read
 * without case or diacritics ("chua dat"); the English words are taken whatever the language, as
 * record takes "y" or "c" at its prompts.
 */
export const STATE_WORDS: readonly { words: readonly string[]; value: 0 | 1 }[] = [
  { words: ['đạt', 'đã đạt', 'yes', 'achieved'], value: 1 },
  { words: ['chưa đạt', 'không đạt', 'no', 'not achieved'], value: 0 },
];

export type OrdinalReading = { ok: true; value: number } | { ok: false; problem: RecordProblem };

export const isOrdinal = (c: Comparison): c is Ordinal => c.kind === 'state' || c.kind === 'level';

/**
 * The figure of a state or a level target from what was typed: the number the file keeps (a
 * state's 1 or 0, a level's rank on its scale, 1 the lowest), or a word for it: "đạt", "chưa đạt";
 * a level's name from the target's scale, without case or diacritics, or the start of one name
 * when it starts no other ("hoàn thành tốt"). A rank off the scale, a word of none or of several
 * is refused with the words there are.
 */
export function readOrdinal(c: Ordinal, target: { id: string; unit: string }, text: string): OrdinalReading {
  const levels = c.kind === 'level' ? c.scale : [];
  const refuse = (reason: 'no-match' | 'ambiguous' | 'rank', matches: readonly string[] = []): OrdinalReading => ({
    ok: false,
    problem: { code: 'bad-ordinal', target: target.id, text, kind: c.kind, reason, levels, matches },
  });
  const number = parseVnNumber(text, target.unit);
  if (number.ok) {
    const ranks = c.kind === 'state' ? [0, 1] : levels.map((_, i) => i + 1);
    return ranks.includes(number.value) ? { ok: true, value: number.value } : refuse('rank');
  }
  const typed = foldBare(text);
  if (c.kind === 'state') {
    const row = STATE_WORDS.find((r) => r.words.some((w) => foldBare(w) === typed));
    return row ? { ok: true, value: row.value } : refuse('no-match');
  }
  // A name as written beats one that differs only in diacritics; a whole name beats the start of a longer one.
  const exact = levels.flatMap((l, i) => (fold(l) === fold(text) ? [i] : []));
  const bare = levels.flatMap((l, i) => (foldBare(l) === typed ? [i] : []));
  const start = typed === '' ? [] : levels.flatMap((l, i) => (foldBare(l).startsWith(typed) ? [i] : []));
  for (const found of [exact, bare, start]) {
    if (found.length === 1) return { ok: true, value: found[0]! + 1 };
    if (found.length > 1) return refuse('ambiguous', found.map((i) => levels[i]!));
  }
  return refuse('no-match');
}

/** How a recorded state or level figure is said back: "đạt", "Hoàn thành tốt nhiệm vụ". */
export function ordinalWord(c: Ordinal, value: number, lang: Lang): string | undefined {
  if (c.kind === 'level') return c.scale[value - 1];
  return value >= 1 ? (lang === 'vi' ? 'đạt' : 'achieved') : lang === 'vi' ? 'chưa đạt' : 'not achieved';
}
