/**
 * Where a document's targets are, read from content rather than from one heading: the run of
 * target-like blocks starting at the first list heading ("CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2022",
 * "- Về kinh tế:") or the first sentence that reads as a target, wherever it stands. A document shaped
 * like the seed (part I, "Chỉ tiêu chủ yếu") keeps the lines findParts found. Pure.
 */
import { parseTargetPhrase } from '../parse/target-phrase.js';
import type { Block } from './blocks.js';
import { figureCount, splitMeasures, type Fragment } from './measures.js';
import type { DocumentParts } from './structure.js';

export interface TargetRun {
  fragments: Fragment[];
  /** Indexes of the blocks the run took (empty when the document is shaped like the seed). */
  blocks: Set<number>;
  /** Headings and lead sentences of the list, where the year or term is usually named. */
  leads: string[];
  /** The first line, taken as the title when findParts found none ("KẾ HOẠCH" then the title). */
  title?: string;
  /** Lines above the run. */
  header: string[];
  /** Lines above the run that hold figures (never silently dropped: the review lists them). */
  unreadAbove: string[];
}

const PLACE_DATE = /,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u;
const NAMES_LIST = /chỉ tiêu|mục tiêu/iu;
/** A page number left by a PDF or a Word export: a number alone on its line. */
const PAGE_NUMBER = /^\d{1,4}$/u;

/** "đề ra 18 chỉ tiêu", "có 12/15 chỉ tiêu đạt": a count of the targets themselves, never one of them. */
export const COUNTS_TARGETS = /(?<![\p{L}\d])\d+(?:\s*\/\s*\d+)?\s+chỉ tiêu(?![\p{L}])/u;

const firstSentence = (s: string) => s.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? s;

function readsAsTarget(f: Fragment): boolean {
  if (f.heading) return false;
  if (COUNTS_TARGETS.test(f.text)) return false;
  return parseTargetPhrase(f.text).comparison !== undefined;
}

export function findTargetRun(blocks: Block[], parts: DocumentParts): TargetRun {
  if (parts.targetLines.length > 0) {
    return {
      fragments: parts.targetLines.flatMap((line) => splitMeasures(line)),
      blocks: new Set(),
      leads: parts.headings,
      header: [...parts.masthead, ...parts.preamble],
      unreadAbove: [],
    };
  }
  const consumed = new Set<string>([
    ...parts.bases,
    ...parts.sections.flatMap((s) => [s.heading, ...s.tasks]),
    ...parts.implementation,
    ...parts.recipients,
    ...[parts.signer.onBehalfOf, parts.signer.title, parts.signer.name, parts.title].filter((x): x is string => x !== undefined),
  ]);
  const run: TargetRun = { fragments: [], blocks: new Set(), leads: [], header: [], unreadAbove: [] };
  let started = false;
  blocks.forEach((b, i) => {
    const t = b.text.trim();
    if (!t || consumed.has(t) || PAGE_NUMBER.test(t)) return;
    if (/^Số\s*:/u.test(t) || PLACE_DATE.test(t) || /^Căn cứ\s/u.test(t)) return;
    if (!started && run.title === undefined && !parts.title && run.header.length === 0 && t.length < 200 && !/[.;:!?…]$/u.test(t)) {
      run.title = t;
      return;
    }
    const fragments = splitMeasures(t).map((f) => (b.plus ? { ...f, plus: true } : f));
    if (!started) {
      const opens = fragments.some((f) => f.heading && NAMES_LIST.test(f.text)) || fragments.some(readsAsTarget);
      if (!opens) {
        run.header.push(t);
        if (figureCount(t) > 0) run.unreadAbove.push(t);
        return;
      }
      started = true;
    }
    run.blocks.add(i);
    for (const f of fragments) if (f.heading) run.leads.push(f.text);
    if (NAMES_LIST.test(t)) run.leads.push(firstSentence(t));
    run.fragments.push(...fragments);
  });
  return run;
}
