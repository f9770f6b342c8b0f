/**
 * A document as a list of blocks (heading, bullet, paragraph), whatever it came from: Markdown, plain
 * text, the HTML mammoth makes of a Word file, or the paragraphs rebuilt from a PDF. Pure: text in, blocks out.
 */
export type BlockKind = 'heading' | 'bullet' | 'para';

export interface Block {
  kind: BlockKind;
  /** Verbatim text: markdown emphasis and list markers removed, spaces kept as written inside. */
  text: string;
  /** Markdown heading level (1-6) or HTML h1-h6. */
  level?: number;
  /** A "+" bullet: a sub-item, as plans list the parts of a total ("trong đó:" / "+ Lúa 507 ha"). */
  plus?: boolean;
}

const BULLET = /^\s*(?:[-–—•+*▪●]|\u2022)\s+/u;

function clean(text: string): string {
  return text
    .normalize('NFC')
    // "ƣ" (U+01A3, "oi") never occurs in Vietnamese: PDF text layers put it for "ư".
    .replace(/\u01a3/g, 'ư')
    .replace(/\u01a2/g, 'Ư')
    .replace(/\u00a0/g, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:])/gu, '$1')
    .replace(/\s+$/u, '')
    .replace(/^\s+/u, '');
}

function classify(raw: string, level?: number): Block | undefined {
  const text = clean(raw);
  if (!text) return undefined;
  if (level !== undefined) return { kind: 'heading', text: clean(text.replace(BULLET, '')), level };
  if (BULLET.test(raw) || BULLET.test(text)) {
    const t = clean(text.replace(BULLET, ''));
    const plus = /^\s*\+\s/u.test(raw) || /^\+\s/u.test(text);
    return t ? { kind: 'bullet', text: t, ...(plus ? { plus: true } : {}) } : undefined;
  }
  return { kind: 'para', text };
}

export function markdownToBlocks(md: string): Block[] {
  const out: Block[] = [];
  for (const line of md.replace(/\r\n?/g, '\n').split('\n')) {
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    const b = h ? classify(h[2]!, h[1]!.length) : classify(line);
    if (b) out.push(b);
  }
  return out;
}

export function textToBlocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const b = classify(line);
    if (b) out.push(b);
  }
  return out;
}

/** Paragraphs already cut (a PDF's, rebuilt by pdf-layout.ts): a level makes a heading, a marker a bullet. */
export function linesToBlocks(lines: { text: string; level?: number }[]): Block[] {
  const out: Block[] = [];
  for (const l of lines) {
    const b = classify(l.text, l.level);
    if (b) out.push(b);
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e.toLowerCase()] ?? m),
  );

/** The HTML mammoth produces: h1-h6, p, li (inside ul/ol, possibly in tables); <br> splits a paragraph. */
export function htmlToBlocks(html: string): Block[] {
  const out: Block[] = [];
  const re = /<(h[1-6]|p|li)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    const tag = m[1]!.toLowerCase();
    // A list item holding paragraphs: take the inner paragraphs in turn.
    const inner = m[2]!.replace(/<(ul|ol)[\s\S]*$/i, '');
    const parts = inner.split(/<br\s*\/?>/i).map((p) => decode(p.replace(/<[^>]+>/g, '')));
    parts.forEach((part, i) => {
      const b =
        tag[0] === 'h'
          ? classify(part, Number(tag[1]))
          : tag === 'li' && i === 0
            ? (() => {
                const c = classify(part);
                return c ? { ...c, kind: 'bullet' as const } : undefined;
              })()
            : classify(part);
      if (b) out.push(b);
    });
  }
  return out;
}
