/**
 * The fonts of a Word file's runs, for TCVN3 text: a toned capital has no TCVN3 code, so typists set
 * the lower-case code in a capitals font (".VnTimeH", ".VnArialH": the ".Vn" fonts whose name ends
 * in "H"), which draws it as a capital. mammoth drops fonts from its HTML, so its document transform
 * marks the letters of such runs (markCapitals) for the TCVN3 conversion to set in capitals, and notes
 * whether the file names TCVN3 fonts at all (then the font, not a guess, decides every capital).
 *
 * A run's font is, as Word resolves it: the run's own (mammoth reads w:rFonts w:ascii), else its
 * character style's, else its paragraph style's (the default paragraph style when it names none),
 * else the document defaults; a style's is its w:rFonts w:ascii or w:hAnsi, else that of the style
 * it is based on. Pure: the bytes of word/styles.xml in, a transform out.
 */
import { markCapitals } from './legacy-encoding.js';
import { inflateEntry, zipEntries } from './zip-entries.js';

/** A ".Vn" font: TCVN3 (ABC). */
export const isTcvn3Font = (font: string) => /^\.vn/iu.test(font.trim());
/** A TCVN3 capitals font: ".VnTimeH", ".VnArialH", ".VnArial NarrowH". */
export const isCapitalsFont = (font: string) => isTcvn3Font(font) && /H$/u.test(font.trim());

interface StyleFonts {
  /** Style id -> its own font and the style it is based on. */
  styles: Map<string, { font?: string; basedOn?: string }>;
  defaultParagraphStyle?: string;
  defaultFont?: string;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag)?.[1];

/** The font an rPr's w:rFonts names: its capitals font if either of ascii and hAnsi is one, else ascii, else hAnsi. */
function fontOf(rPr: string | undefined): string | undefined {
  const tag = rPr && /<w:rFonts\b[^>]*>/u.exec(rPr)?.[0];
  if (!tag) return undefined;
  const named = [attr(tag, 'w:ascii'), attr(tag, 'w:hAnsi')].filter((f): f is string => !!f);
  return named.find(isCapitalsFont) ?? named[0];
}

/** The fonts word/styles.xml gives its styles and the document defaults. */
export function readStyleFonts(xml: string): StyleFonts {
  const styles = new Map<string, { font?: string; basedOn?: string }>();
  let defaultParagraphStyle: string | undefined;
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
    const id = attr(m[1]!, 'w:styleId');
    if (!id) continue;
    // The run properties of the style itself, not of its table parts.
    const body = m[2]!.replace(/<w:tblStylePr\b[\s\S]*?<\/w:tblStylePr>/gu, '').replace(/<w:pPr\b[\s\S]*?<\/w:pPr>/gu, '');
    const font = fontOf(/<w:rPr\b[\s\S]*?<\/w:rPr>/u.exec(body)?.[0]);
    const basedOn = /<w:basedOn\b[^>]*w:val="([^"]*)"/u.exec(body)?.[1];
    styles.set(id, { ...(font ? { font } : {}), ...(basedOn ? { basedOn } : {}) });
    if (attr(m[1]!, 'w:type') === 'paragraph' && /^(?:1|true|on)$/u.test(attr(m[1]!, 'w:default') ?? '')) defaultParagraphStyle = id;
  }
  const defaults = /<w:rPrDefault\b[\s\S]*?<\/w:rPrDefault>/u.exec(xml)?.[0];
  const defaultFont = fontOf(defaults);
  return { styles, ...(defaultParagraphStyle ? { defaultParagraphStyle } : {}), ...(defaultFont ? { defaultFont } : {}) };
}

/** word/styles.xml of a .docx already checked by zip-bound.ts; none when it is missing or unreadable. */
export function styleFontsOfDocx(zip: Buffer, maxInflated: number): StyleFonts {
  const entry = zipEntries(zip)?.find((e) => e.name === 'word/styles.xml');
  if (!entry) return { styles: new Map() };
  try {
    return readStyleFonts(inflateEntry(entry, maxInflated).toString('utf8'));
  } catch {
    return { styles: new Map() };
  }
}

function styleFont(fonts: StyleFonts, id: string | null | undefined): string | undefined {
  // Following basedOn, at most 20 deep: a loop in a damaged file ends.
  for (let n = 0, s = id; s && n < 20; n++) {
    const style = fonts.styles.get(s);
    if (!style) return undefined;
    if (style.font) return style.font;
    s = style.basedOn;
  }
  return undefined;
}

/** What mammoth's document elements hold that this module reads. */
interface Element {
  type: string;
  children?: Element[];
  styleId?: string | null;
  font?: string | null;
  value?: string;
}

export interface CapitalRuns {
  /** mammoth's transformDocument. */
  transform: (document: Element) => Element;
  /** After the conversion: whether any run is in a TCVN3 font, and how many runs in a capitals font. */
  seen: { tcvn3Fonts: boolean; capitalRuns: number };
}

/** A transform marking the letters of every run in a TCVN3 capitals font (markCapitals). */
export function markCapitalRuns(fonts: StyleFonts): CapitalRuns {
  const seen = { tcvn3Fonts: false, capitalRuns: 0 };
  const walk = (e: Element, paragraphStyle: string | undefined): Element => {
    if (e.type === 'paragraph') paragraphStyle = e.styleId ?? fonts.defaultParagraphStyle;
    if (e.type === 'run') {
      const font = e.font ?? styleFont(fonts, e.styleId) ?? styleFont(fonts, paragraphStyle) ?? fonts.defaultFont;
      if (font && isTcvn3Font(font)) seen.tcvn3Fonts = true;
      if (font && isCapitalsFont(font)) {
        seen.capitalRuns++;
        return { ...e, children: (e.children ?? []).map((c) => (c.type === 'text' && c.value ? { ...c, value: markCapitals(c.value) } : c)) };
      }
      return e;
    }
    return e.children ? { ...e, children: e.children.map((c) => walk(c, paragraphStyle)) } : e;
  };
  return { transform: (document) => walk(document, undefined), seen };
}
