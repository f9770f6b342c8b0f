/** The draft's targets, read sentence by sentence from the run of targets: parts of totals, the list's own count, what could not be read; apart from the header and tasks. */
import type { NamedPeriod, Term } from '../model/plan-header.js';
import type { Target } from '../model/target.js';
import { parseTargetPhrase } from '../parse/target-phrase.js';
import { settleCommaThousands } from './comma-thousands.js';
import type { ReviewItem } from './draft.js';
import { draftTarget, type TargetDrafting } from './draft-target.js';
import { figureCount } from './measures.js';
import { readingOf } from './reading-choice.js';
import type { DocumentParts } from './structure.js';
import { isContextFigure } from './target-guesses.js';
import { COUNTS_TARGETS, type TargetRun } from './target-run.js';
import { qualitativeReading, trackedReading } from './unmeasured.js';

export interface DraftedTargets {
  targets: Target[];
  /** The named periods the targets made (school years). */
  periods: NamedPeriod[];
  /** Targets with no figure to compare, kept verbatim in the note. */
  unparsed: string[];
  /** Sentences with figures not read as targets. */
  unread: string[];
}

/** Every fragment of the run read as targets, in document order, or kept aside (unread, unparsed) with a review item. */
export function draftTargets(parts: DocumentParts, run: TargetRun, term: Term | undefined, headerBases: string[], review: ReviewItem[]): DraftedTargets {
  const targets: Target[] = [];
  const targetIds = new Set<string>();
  const periods: NamedPeriod[] = [];
  const unparsed: string[] = [];
  const unread: string[] = [...run.unreadAbove];
  const leadCounts: { n: number; text: string }[] = [];
  let previous: Target | undefined;
  // The total parts belong to: the last target not itself a part; parts follow "trong đó" in its sentence,
  // or stand on "+" lines after a sentence ending "trong đó:" ("772 ha, trong đó:" / "+ Lúa 507 ha").
  let total: Target | undefined;
  let partLines = false;
  // The sentence is copied beside each of its targets only while the copies stay small: one bullet of
  // 25,000 measures would otherwise repeat itself 25,000 times (a draft growing with the square).
  const perSentence = new Map<string, number>();
  for (const f of run.fragments) perSentence.set(f.sentence, (perSentence.get(f.sentence) ?? 0) + 1);
  const besideLimit = 20_000;
  const ctx: TargetDrafting = { sections: parts.sections, review, targetIds, periods, headerBases, term, perSentence, besideLimit };
  for (const [sentence, n] of perSentence) {
    if (sentence.length * n > besideLimit) review.push({ subject: 'plan', field: 'targets', reason: `Một câu rất dài đặt ${n} chỉ tiêu ("${sentence.slice(0, 80)}…"): mỗi chỉ tiêu giữ phần của mình trong "wording", không chép lại cả câu.` });
  }
  // Each sentence without its final stop, once: a bullet of 25,000 measures is one sentence.
  const trimmed = new Map<string, string>();
  for (const f of run.fragments) {
    if (f.heading) continue;
    const p = parseTargetPhrase(f.text);
    // A fragment that is its whole sentence keeps the sentence as written, final stop included.
    let bare = trimmed.get(f.sentence);
    if (bare === undefined) trimmed.set(f.sentence, (bare = trimEndStops(f.sentence)));
    const verbatim = bare === f.text ? f.sentence : f.text;
    const counted = COUNTS_TARGETS.exec(f.text);
    if (counted) {
      // "đề ra 18 chỉ tiêu": the lead of the list, checked against what was found; "12/15 chỉ tiêu đạt": a result.
      if (/\//u.test(counted[0])) unread.push(verbatim);
      else leadCounts.push({ n: parseInt(counted[0], 10), text: verbatim });
      continue;
    }
    const unmeasured = p.comparison && (f.tracked || isContextFigure(f.text)) ? trackedReading(p) : !p.comparison && figureCount(f.text) === 0 ? qualitativeReading(p) : undefined;
    if (unmeasured) {
      const measure = p.measure ?? f.text;
      const made = draftTarget(ctx, verbatim, measure, unmeasured.phrase, f, unmeasured);
      targets.push(made);
      previous = made;
      continue;
    }
    if (!p.comparison) {
      if (figureCount(f.text) > 0) {
        unread.push(verbatim);
        continue;
      }
      unparsed.push(verbatim);
      review.push({ subject: 'plan', field: 'note', reason: `Chỉ tiêu không có con số so sánh được, giữ nguyên văn trong "note": "${verbatim}".` });
      continue;
    }
    const wording = verbatim;
    const measures = f.follows && previous ? [previous.name] : (p.measures ?? [p.measure ?? f.text]);
    const made = measures.map((measure) => draftTarget(ctx, wording, measure, readingOf(f, p, previous), f));
    const isPart = total !== undefined && !f.follows && (f.part === true || (partLines && (f.plus === true || /^\s*\+/u.test(f.sentence))));
    if (isPart) {
      for (const t of made) {
        t.partOf = total!.id;
        t.assumed = { ...t.assumed, partOf: `Phần của chỉ tiêu "${total!.name}" (văn bản ghi "trong đó"); kiểm tra.` };
      }
    } else if (!f.follows) {
      total = made[made.length - 1];
      partLines = /trong đó\s*:?\s*$/iu.test(f.sentence);
    }
    targets.push(...made);
    previous = made[made.length - 1];
  }
  targets.splice(0, targets.length, ...settleCommaThousands(targets, [...perSentence.keys()]));
  for (const c of leadCounts) {
    if (c.n > targets.length) review.push({ subject: 'plan', field: 'targets', reason: `Văn bản nêu ${c.n} chỉ tiêu ("${c.text.slice(0, 100)}"), bản nháp có ${targets.length}: phần còn lại có thể nằm ở đoạn chưa có trong văn bản, hoặc là chỉ tiêu không có con số (xem các mục "note").` });
  }
  for (const u of unread) review.push({ subject: 'plan', field: 'note', reason: `Câu có số liệu chưa đọc được thành chỉ tiêu; giữ nguyên văn trong "note": "${u}".` });
  return { targets, periods, unparsed, unread };
}

/** The text without its final spaces and stops (. ; : , …), in one pass from the end. */
function trimEndStops(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s.;:,…]/u.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
