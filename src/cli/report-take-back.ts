import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { lostParagraphs, NARRATIVE_STYLE_MAP, narrativeFromHtml, parseNarrative } from '../document/narrative-docx.js';
import type { Narrative } from '../document/narrative-file.js';
import { REPORT_COMMAND } from '../i18n/report-command-messages.js';
import { MAX_DOCX_BYTES, MAX_DOCX_INFLATED } from '../import/read-document.js';
import { checkZipBound } from '../import/zip-bound.js';
import type { CommandContext } from './context.js';
import { shown } from './report-write.js';
import { UsageError } from './usage-error.js';

export interface TakenBack {
  /** The narrative file to write (reports/<period>.md), its new text, and the narrative read from it. */
  file: string;
  markdown: string;
  narrative: Narrative;
  /** The file already holds exactly this text: nothing to write. */
  unchanged: boolean;
}

/**
 * `plan report --from-docx FILE`: the people's paragraphs of a báo cáo edited in Word, as the
 * narrative file of the report. Refuses (exit 2) a file that is not a .docx, or, without --force,
 * a narrative file whose paragraphs the .docx no longer holds: nothing people wrote is lost.
 */
export async function takeBack(docx: string, narrativeFile: string, force: boolean, ctx: CommandContext): Promise<TakenBack> {
  const M = REPORT_COMMAND[ctx.lang];
  const path = resolve(ctx.io.cwd, docx);
  const name = shown(path, ctx.io.cwd);
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_DOCX_BYTES) throw new UsageError(M.fromDocxBad(name, `> ${MAX_DOCX_BYTES} bytes`), M.fromDocxHint);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(M.fromDocxBad(name, (e as NodeJS.ErrnoException).code ?? String(e)), M.fromDocxHint);
  }
  if (!checkZipBound(bytes, MAX_DOCX_INFLATED).ok) throw new UsageError(M.fromDocxBad(name, 'not a .docx'), M.fromDocxHint);
  // Loaded only here: mammoth is large, and no other use of plan report needs it.
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes }, { styleMap: NARRATIVE_STYLE_MAP })).value;
  } catch (e) {
    throw new UsageError(M.fromDocxBad(name, (e as Error).message), M.fromDocxHint);
  }
  let before: string | null = null;
  try {
    before = readFileSync(narrativeFile, 'utf8');
  } catch {
    before = null;
  }
  // The file's opening comment (what it is, "lời văn minh họa") stays at its head.
  const opening = before === null ? '' : (/^\ufeff?\s*(<!--[\s\S]*?-->)/.exec(before)?.[1] ?? '');
  const head = opening.includes('plan report --from-docx') ? '' : opening;
  const taken = narrativeFromHtml(html).markdown;
  const markdown = head === '' || taken.startsWith(head) ? taken : `${head}\n${taken}`;
  const narrative = parseNarrative(markdown);
  if (before !== null && !force) {
    const lost = lostParagraphs(parseNarrative(before), narrative);
    if (lost.length > 0) {
      const first = lost[0]!;
      throw new UsageError(M.fromDocxWouldLose(shown(narrativeFile, ctx.io.cwd), name, lost.length, first.heading, first.text), M.fromDocxLoseHint);
    }
  }
  return { file: narrativeFile, markdown, narrative, unchanged: before === markdown };
}
