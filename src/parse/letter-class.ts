/**
 * `\p{L}` (a letter of any script) is what the phrase parser's word boundaries need, but V8 takes a
 * few milliseconds to compile each regex that holds it (the class spans every script's letters), and
 * every start of `plan` compiles them again: about half of checking the example's wording. When
 * every character of the text lies in the blocks Vietnamese is written in (Basic Latin, Latin-1,
 * Latin Extended-A and -B, Latin Extended Additional), the same regex with `\p{L}` narrowed to the
 * letters of those blocks matches exactly alike and compiles in microseconds; any other text takes
 * the `\p{L}` regex. test/parse/letter-class.test.ts checks the two classes agree on every character
 * of those blocks, with and without the `i` flag.
 */
export const LATIN_BLOCKS = '\\u0000-\\u024F\\u1E00-\\u1EFF';
/** Exactly the characters of LATIN_BLOCKS that are `\p{L}`. */
export const LATIN_LETTERS = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';

const IN_LATIN_BLOCKS = new RegExp(`^[${LATIN_BLOCKS}]*$`, 'u');
const narrowed = new Map<string, RegExp>();

// The parser asks about one text many times (each figure of a 25,000-figure bullet looks at the
// bullet): the last answer is kept, or reading it grows with the square (issue 9 item 12).
let lastSubject: string | undefined;
let lastLatin = false;

function allLatin(subject: string): boolean {
  if (subject !== lastSubject) {
    lastSubject = subject;
    lastLatin = IN_LATIN_BLOCKS.test(subject);
  }
  return lastLatin;
}

/** `re`, or its twin with `\p{L}` narrowed to Latin letters when `subject` is all Latin. Use the result on `subject` only. */
export function forText(re: RegExp, subject: string): RegExp {
  if (!allLatin(subject)) return re;
  const key = `${re.flags}/${re.source}`;
  let twin = narrowed.get(key);
  if (!twin) {
    twin = new RegExp(narrowLetters(re.source), re.flags);
    narrowed.set(key, twin);
  }
  return twin;
}

/** The source with every `\p{L}` replaced by the Latin letters (in a class of its own outside brackets). */
export function narrowLetters(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (source.startsWith('\\p{L}', i)) {
        out += inClass ? LATIN_LETTERS : `[${LATIN_LETTERS}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i += 1;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** `re.test(subject)`, through forText (for a regex without the g or y flag). */
export const testText = (re: RegExp, subject: string): boolean => forText(re, subject).test(subject);

/** `re.exec(subject)`, through forText (for a regex without the g or y flag). */
export const execText = (re: RegExp, subject: string): RegExpExecArray | null => forText(re, subject).exec(subject);
