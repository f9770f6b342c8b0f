/**
 * Text typed in the legacy Vietnamese font encodings older Word files still hold: TCVN3 (ABC, the
 * ".VnTime" fonts) and VNI ("VNI-Times"). Read as Unicode they are garbled ("Céng hßa x· héi chñ nghÜa
 * ViÖt Nam", "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM"). They are recognised by their most common
 * words and converted to Unicode (NFC) with the full tables below; text that mixes Unicode and a
 * legacy encoding inside one paragraph, or both legacy encodings, is refused, since no conversion of
 * it can be trusted. Pure.
 *
 * TCVN3 (TCVN 5712:1993, VN3) has one byte per letter, but only lower-case letters with tone marks
 * and the seven capitals Ă Â Ê Ô Ơ Ư Đ: capitals with tones are typed as lower-case codes in the
 * ".VnTimeH" fonts, which draw every letter as a capital. Where the font is known (a .docx run in
 * such a font, marked by docx-fonts.ts with markCapitals) its letters become capitals. Where it is
 * lost (plain text, a PDF, a .docx naming no TCVN3 font) a word whose plain letters are all capitals
 * ("CéNG HßA") becomes capitals ("CỘNG HÒA"), and a toned lower-case word starting a sentence, a
 * paragraph or a numbered item ("ñy ban") is guessed to be a capital ("Ủy ban"), each guess listed;
 * elsewhere a toned capital is lost to its lower case. VNI writes a letter as its base letter and one
 * mark byte ("Vieät" = V i e ä t): pairs are read greedily, the longest match first.
 */

/** Letters only Unicode Vietnamese has, outside Latin-1 (ă đ ĩ ơ ũ ư and the tone-marked ones): no TCVN3 or VNI code is one of them. */
const UNICODE_ONLY = /[ăđĩơũưĂĐĨƠŨƯ\u1ea0-\u1ef9]/u;
const UNICODE_ONLY_ALL = new RegExp(UNICODE_ONLY.source, 'gu');

/**
 * Words of any plan (each with a letter that has a code of its own), the way each encoding writes
 * them: recognising an encoding is finding several of them. Made from the tables below.
 */
const COMMON_WORDS =
  'của và năm việt đồng nhân hội xã đạt chỉ tiêu cộng độc lập hạnh phúc tháng ngày ủy được người tỷ lệ thực hiện xây dựng tăng giảm bảo phát triển tế trên dưới hộ nghèo trường học chuẩn mới văn hóa đình số với các những tổ chức công tác kế hoạch nhiệm vụ quản lý địa bàn dân phường thôn huyện tỉnh';

export type LegacyEncoding = 'TCVN3 (ABC)' | 'VNI';

const ENCODINGS: readonly LegacyEncoding[] = ['TCVN3 (ABC)', 'VNI'];

/** Each encoding's common words, as one pattern; made on first use, not when `plan report` or `--help` loads this file. */
let tokens: Record<LegacyEncoding, RegExp> | undefined;
const tokensOf = (enc: LegacyEncoding): RegExp => (tokens ??= { 'TCVN3 (ABC)': tokenPattern(TCVN3_TABLE), VNI: tokenPattern(VNI_TABLE) })[enc];

/** The legacy encoding `text` is in: several of its common words, and Unicode Vietnamese (nearly) absent. */
export function legacyEncodingOf(text: string): LegacyEncoding | undefined {
  const sample = text.slice(0, 200_000).normalize('NFC');
  const unicode = sample.match(UNICODE_ONLY_ALL)?.length ?? 0;
  let best: { enc: LegacyEncoding; n: number } | undefined;
  for (const enc of ENCODINGS) {
    const n = hits(sample, enc);
    if (n >= 3 && n * 4 > unicode && (!best || n > best.n)) best = { enc, n };
  }
  return best?.enc;
}

const hits = (text: string, enc: LegacyEncoding) => text.match(tokensOf(enc))?.length ?? 0;

// Tone marks, in the order the TCVN3 code chart lists them: grave, hook, tilde, acute, dot below.
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const toned = (base: string, tone: number) => (base + TONES[tone]).normalize('NFC');

/** TCVN3: each base letter's plain code (when it has one) and its five toned codes, in TONES order. */
const TCVN3_LETTERS: [string, string | undefined, string][] = [
  ['a', undefined, 'µ¶·¸¹'],
  ['ă', '¨', '»¼½¾Æ'],
  ['â', '©', 'ÇÈÉÊË'],
  ['e', undefined, 'ÌÎÏÐÑ'],
  ['ê', 'ª', 'ÒÓÔÕÖ'],
  ['i', undefined, '×ØÜÝÞ'],
  ['o', undefined, 'ßáâãä'],
  ['ô', '«', 'åæçèé'],
  ['ơ', '¬', 'êëìíî'],
  ['u', undefined, 'ïñòóô'],
  ['ư', '\u00ad', 'õö÷øù'],
  ['y', undefined, 'úûüýþ'],
];

export const TCVN3_TABLE: ReadonlyMap<string, string> = new Map([
  ...TCVN3_LETTERS.flatMap(([base, plain, codes]) => [...(plain ? [[plain, base] as [string, string]] : []), ...[...codes].map((c, t) => [c, toned(base, t)] as [string, string])]),
  ['®', 'đ'],
  ['¡', 'Ă'],
  ['¢', 'Â'],
  ['£', 'Ê'],
  ['¤', 'Ô'],
  ['¥', 'Ơ'],
  ['¦', 'Ư'],
  ['§', 'Đ'],
]);

/** VNI's mark bytes, lower and upper case: tones in TONES order, and the breve and circumflex series. */
const VNI_TONE = ['ø', 'û', 'õ', 'ù', 'ï'];
const VNI_TONE_UPPER = ['Ø', 'Û', 'Õ', 'Ù', 'Ï'];
/** With a circumflex (â ê ô): the plain mark, then the five tones. */
const VNI_HAT = ['â', 'à', 'å', 'ã', 'á', 'ä'];
const VNI_HAT_UPPER = ['Â', 'À', 'Å', 'Ã', 'Á', 'Ä'];
/** With a breve (ă). */
const VNI_BREVE = ['ê', 'è', 'ú', 'ü', 'é', 'ë'];
const VNI_BREVE_UPPER = ['Ê', 'È', 'Ú', 'Ü', 'É', 'Ë'];

function vniTable(): Map<string, string> {
  const t = new Map<string, string>();
  for (const upper of [false, true]) {
    const U = (s: string) => (upper ? s.toUpperCase() : s);
    const tone = upper ? VNI_TONE_UPPER : VNI_TONE;
    const hat = upper ? VNI_HAT_UPPER : VNI_HAT;
    const breve = upper ? VNI_BREVE_UPPER : VNI_BREVE;
    for (const b of ['a', 'e', 'o', 'u', 'y']) tone.forEach((m, i) => t.set(U(b) + m, U(toned(b, i))));
    for (const b of ['a', 'e', 'o']) hat.forEach((m, i) => t.set(U(b) + m, U(i === 0 ? `${b}\u0302`.normalize('NFC') : toned(`${b}\u0302`.normalize('NFC'), i - 1))));
    breve.forEach((m, i) => t.set(U('a') + m, U(i === 0 ? 'ă' : toned('ă', i - 1))));
    // ơ and ư are one byte each, and take the tone marks after them.
    for (const [code, letter] of [upper ? ['Ô', 'Ơ'] : ['ô', 'ơ'], upper ? ['Ö', 'Ư'] : ['ö', 'ư']] as [string, string][]) {
      t.set(code, letter);
      tone.forEach((m, i) => t.set(code + m, toned(letter, i)));
    }
    // i with a tone is one byte; so are ỵ and đ.
    (upper ? ['Ì', 'Æ', 'Ó', 'Í', 'Ò'] : ['ì', 'æ', 'ó', 'í', 'ò']).forEach((c, i) => t.set(c, U(toned('i', i))));
    t.set(upper ? 'Î' : 'î', U('ỵ'));
    t.set(upper ? 'Ñ' : 'ñ', U('đ'));
  }
  return t;
}

export const VNI_TABLE: ReadonlyMap<string, string> = vniTable();

const reverse = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();

/** `word` as `table` writes it (the longest code for each letter; a toned capital as its lower-case code). */
function encodeWith(table: ReadonlyMap<string, string>, word: string): string {
  let back = reverse.get(table);
  if (!back) {
    back = new Map<string, string>();
    for (const [code, letter] of table) if (!back.has(letter) || back.get(letter)!.length > code.length) back.set(letter, code);
    reverse.set(table, back);
  }
  return [...word].map((c) => back.get(c) ?? back.get(c.toLowerCase()) ?? c).join('');
}

function tokenPattern(table: ReadonlyMap<string, string>): RegExp {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const forms = new Set<string>();
  // Not a word the encoding writes as Unicode does ("lý" in TCVN3): it would be found in Unicode text.
  for (const w of COMMON_WORDS.split(' ')) for (const f of [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]) if (encodeWith(table, f) !== f) forms.add(encodeWith(table, f));
  const words = [...forms].filter((f) => /[^\x00-\x7f]/u.test(f)).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\u00a1-\u00ff])(?:${words.map(escape).join('|')})(?![\\p{L}\u00a1-\u00ff])`, 'gu');
}


/** A TCVN3 word: plain letters and codes. */
const TCVN3_WORD = new RegExp(`([A-Za-z${[...TCVN3_TABLE.keys()].join('')}]+)`, 'u');

/** TCVN3's codes of toned letters (all lower case): a toned capital has none. */
const TONED_CODES = new Set(TCVN3_LETTERS.flatMap(([, , codes]) => [...codes]));
/** TCVN3's seven capitals with codes of their own. */
const CAPITAL_CODES = new Set([...'¡¢£¤¥¦§']);

/**
 * A letter of a run set in a capitals font (".VnTimeH"), as docx-fonts.ts hands it on: the letter's
 * code moved into Supplementary Private Use Area-A (U+F0000 + code), which no ward's text holds and
 * no step between mammoth and this module changes (to every pattern it is neither a space, a digit,
 * a bullet nor a letter), so the mark reaches the conversion on the very letter it belongs to.
 */
const MARK_BASE = 0xf0000;
const MARKABLE = new RegExp(`[A-Za-z${[...TCVN3_TABLE.keys()].join('')}]`, 'gu');
const MARKED = /[\u{f0000}-\u{f00ff}]/gu;

/** `text` of a run in a capitals font, its letters marked (spaces, digits and punctuation kept). */
export function markCapitals(text: string): string {
  return text.replace(MARKABLE, (c) => String.fromCodePoint(MARK_BASE + c.charCodeAt(0)));
}

const isMarked = (c: string) => {
  const n = c.codePointAt(0)! - MARK_BASE;
  return n >= 0 && n < 0x100;
};

/** `text` with the marks of markCapitals undone. */
export const unmarkCapitals = (text: string): string => text.replace(MARKED, (c) => String.fromCharCode(c.codePointAt(0)! - MARK_BASE));

/**
 * A Vietnamese syllable (its letters without marks): an initial consonant, one to three vowels, a
 * final consonant. "BAN", "HéI" are; the abbreviations "UBND", "HĐND", "KH" and the numerals "II"
 * are not.
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;
const isSyllable = (unicode: string) => {
  const bare = unicode.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/gu, 'd');
  return SYLLABLE.test(bare) && !/^[ivxlcdm]+$/u.test(bare);
};

/**
 * Whether each TCVN3 word is set in capitals (a ".VnTimeH" run): two or more plain letters, all
 * capitals ("CéNG"); a word of one capital and codes ("X·", "Tû") only beside such a word that is a
 * syllable ("X· HéI"), since "Tû" alone is "Tỷ" at the start of a sentence and "®·" beside "HĐND" is "đã".
 */
function capitalsOf(words: string[]): boolean[] {
  const plain = words.map((w) => w.replace(/[^A-Za-z]/gu, ''));
  const caps = plain.map((p) => p.length >= 2 && p === p.toUpperCase());
  const capsWord = words.map((w, i) => caps[i]! && isSyllable([...w].map((c) => TCVN3_TABLE.get(c) ?? c).join('')));
  return words.map((w, i) => caps[i]! || (plain[i]!.length <= 1 && plain[i] === plain[i]!.toUpperCase() && w !== plain[i] && (capsWord[i - 1] === true || capsWord[i + 1] === true)));
}

/**
 * What comes right before the first word of a sentence: the start of the paragraph (or line, or its
 * bullet), a sentence's end, or an item's number ("1)", "a)", "(2)"; "1." and "I." end as a sentence does).
 */
const SENTENCE_START = /(?:^|\n|(?:^|\n)\s*[-–+•]\s|[.!?…]\s|(?:^|[\s(])(?:\d{1,2}|[a-zA-Z])\)\s|\(\d{1,2}\)\s)\s*$/u;

/** A toned lower-case code, then lower-case letters only ("ñy", "ë"): the typist could not have typed its capital. */
const tonedLowerWord = (cps: string[]) => TONED_CODES.has(cps[0]!) && cps.slice(1).every((c) => /[a-z]/u.test(c) || (TCVN3_TABLE.has(c) && !CAPITAL_CODES.has(c)));

export interface Tcvn3Text {
  text: string;
  /** The toned capitals guessed at a sentence's start, each with the words it begins ("Ủy ban nhân dân"). */
  guessed: string[];
}

/**
 * TCVN3 text as Unicode, NFC: letters marked by markCapitals become capitals; a word all in capitals
 * stays so; with `guessCapitals` (the font is lost), a toned lower-case word starting a sentence
 * becomes a capital and is listed in `guessed`.
 */
export function convertTcvn3(text: string, { guessCapitals }: { guessCapitals: boolean }): Tcvn3Text {
  const marked = [...text].map(isMarked);
  // Split with a capture group: gap, word, gap, word, ..., gap; `at` counts code points, as `marked` does.
  const parts = unmarkCapitals(text).split(TCVN3_WORD);
  const caps = capitalsOf(parts.filter((_, i) => i % 2 === 1));
  let out = '';
  let at = 0;
  const starts: number[] = [];
  parts.forEach((p, i) => {
    const cps = [...p];
    if (i % 2 === 0) {
      out += p;
      at += cps.length;
      return;
    }
    let letters = cps.map((c) => TCVN3_TABLE.get(c) ?? c);
    if (caps[(i - 1) / 2]) letters = letters.map((l) => l.toUpperCase());
    else if (guessCapitals && !marked[at] && tonedLowerWord(cps) && SENTENCE_START.test(out)) {
      letters[0] = letters[0]!.toUpperCase();
      starts.push(out.length);
    }
    out += letters.map((l, k) => (marked[at + k] ? l.toUpperCase() : l)).join('');
    at += cps.length;
  });
  // Each guess with the words it begins: at most four, up to a punctuation mark.
  const guessed = starts.map((s) => out.slice(s).split(/\s+/u).slice(0, 4).join(' ').replace(/(?:[,;:!?()]|\.(?!\d)).*$/su, '').normalize('NFC'));
  return { text: out.normalize('NFC'), guessed };
}

/** TCVN3 text as Unicode, NFC, its font lost: toned capitals starting a sentence are guessed (convertTcvn3). */
export const fromTcvn3 = (text: string): string => convertTcvn3(text, { guessCapitals: true }).text;

/** VNI text as Unicode, NFC: two-character sequences (base and mark) first, then single codes. */
export function fromVni(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const pair = i + 1 < chars.length ? VNI_TABLE.get(chars[i]! + chars[i + 1]!) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_TABLE.get(chars[i]!) ?? chars[i]!;
  }
  return out.normalize('NFC');
}

export type LegacyVerdict =
  | { kind: 'unicode' }
  | {
      kind: 'converted';
      encoding: LegacyEncoding;
      converted: number;
      keptUnicode: number;
      /** TCVN3: paragraphs with letters in a capitals font (".VnTimeH", known from a .docx), set in capitals. */
      capitalRuns: number;
      /** TCVN3 with the font lost: each toned capital guessed at a sentence's start, by paragraph (1-based). */
      guessed: { paragraph: number; text: string }[];
    }
  | { kind: 'mixed'; encoding: LegacyEncoding; sample: string };

/**
 * Converts, in place, the paragraphs of a document in a legacy encoding: every paragraph but those in
 * Unicode already (a heading typed anew, say), which are kept. A paragraph holding Unicode Vietnamese
 * and the encoding's words both, or a document holding both encodings' words, is mixed: refused.
 * Paragraphs may hold letters marked by markCapitals (a .docx's capitals fonts). `fontsKnown`: the
 * document names its TCVN3 fonts, so the marks are the capitals and no toned capital is guessed.
 */
export function convertLegacyParagraphs(paragraphs: string[], { fontsKnown = false }: { fontsKnown?: boolean } = {}): { verdict: LegacyVerdict; texts: string[] } {
  const texts = paragraphs.map(unmarkCapitals);
  const whole = texts.join('\n');
  const encoding = legacyEncodingOf(whole);
  if (!encoding) return { verdict: { kind: 'unicode' }, texts };
  const other: LegacyEncoding = encoding === 'VNI' ? 'TCVN3 (ABC)' : 'VNI';
  if (hits(whole, other) >= 3) return { verdict: { kind: 'mixed', encoding, sample: texts.find((t) => hits(t, other) > 0)!.slice(0, 80) }, texts };
  let converted = 0;
  let keptUnicode = 0;
  let capitalRuns = 0;
  const guessed: { paragraph: number; text: string }[] = [];
  const out: string[] = [];
  for (const [i, t] of texts.entries()) {
    const unicode = UNICODE_ONLY.test(t.normalize('NFC'));
    if (unicode && hits(t, encoding) > 0) return { verdict: { kind: 'mixed', encoding, sample: t.slice(0, 80) }, texts };
    if (unicode) {
      keptUnicode++;
      out.push(t);
      continue;
    }
    let c: string;
    if (encoding === 'VNI') c = fromVni(t);
    else {
      const r = convertTcvn3(paragraphs[i]!, { guessCapitals: !fontsKnown });
      c = r.text;
      if (paragraphs[i] !== t) capitalRuns++;
      guessed.push(...r.guessed.map((text) => ({ paragraph: i + 1, text })));
    }
    if (c !== t) converted++;
    out.push(c);
  }
  return { verdict: { kind: 'converted', encoding, converted, keptUnicode, capitalRuns, guessed }, texts: out };
}
