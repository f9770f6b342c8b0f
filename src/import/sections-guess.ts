/**
 * Which section of part II a target belongs to: the one whose tasks share the most word pairs with the
 * target's sentence, each pair weighted by how few sections use it. A guess: always marked assumed.
 */
const STOP = new Set(['thực hiện', 'tỷ lệ', 'tỉ lệ', 'chỉ tiêu', 'năm học', 'đạt chỉ', 'tiêu trên', 'trên giao', 'được giao', 'kế hoạch', 'tăng cường', 'công tác', 'nhân dân', 'trên địa', 'địa bàn']);

function pairs(text: string): Set<string> {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const p = `${words[i]} ${words[i + 1]}`;
    if (!STOP.has(p) && !/\d/.test(p)) out.add(p);
  }
  return out;
}

type Sections = { id: string; tasks: string[] }[];
interface Index {
  bySection: { id: string; pairs: Set<string> }[];
  df: Map<string, number>;
  words: { id: string; c: Map<string, number> }[];
  /** How many sections use each word. */
  wordSections: Map<string, number>;
}

// The index of a document's sections is built once, not once per target (a district plan has hundreds).
const INDEX = new WeakMap<Sections, Index>();

function indexOf(sections: Sections): Index {
  let ix = INDEX.get(sections);
  if (ix) return ix;
  const bySection = sections.map((s) => ({ id: s.id, pairs: pairs(s.tasks.join(' \n ')) }));
  const df = new Map<string, number>();
  for (const s of bySection) for (const p of s.pairs) df.set(p, (df.get(p) ?? 0) + 1);
  const counts = sections.map((s) => {
    const c = new Map<string, number>();
    for (const w of words(s.tasks.join(' '))) c.set(w, (c.get(w) ?? 0) + 1);
    return { id: s.id, c };
  });
  const wordSections = new Map<string, number>();
  for (const x of counts) for (const w of x.c.keys()) wordSections.set(w, (wordSections.get(w) ?? 0) + 1);
  ix = { bySection, df, words: counts, wordSections };
  INDEX.set(sections, ix);
  return ix;
}

export function guessSection(sentence: string, sections: Sections): string | undefined {
  const { bySection, df } = indexOf(sections);
  let best: { id: string; score: number } | undefined;
  for (const s of bySection) {
    let score = 0;
    for (const p of pairs(sentence)) if (s.pairs.has(p)) score += 1 / df.get(p)!;
    if (score > 0 && (!best || score > best.score)) best = { id: s.id, score };
  }
  return best?.id ?? guessByWords(sentence, indexOf(sections));
}

const STOP_WORDS = new Set(['và', 'các', 'của', 'cho', 'có', 'được', 'đạt', 'trên', 'dưới', 'từ', 'năm', 'tỷ', 'tỉ', 'lệ', 'số', 'trở', 'lên', 'giảm', 'tăng', 'thực', 'hiện', 'tốt', 'theo', 'với', 'trong', 'để', 'những', 'là']);

const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !STOP_WORDS.has(w));

/** No word pair in common: single words, by how often each section uses them and how few sections do. */
function guessByWords(sentence: string, ix: Index): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const s of ix.words) {
    let score = 0;
    for (const w of new Set(words(sentence))) {
      const n = s.c.get(w);
      if (n) score += n / ix.wordSections.get(w)!;
    }
    if (score > 0 && (!best || score > best.score)) best = { id: s.id, score };
  }
  return best?.id;
}
