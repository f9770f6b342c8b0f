export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (v: unknown): v is Lang => LANGS.includes(v as Lang);

/**
 * The language is needed before commander parses anything (help texts are built in it), so it is
 * read from argv directly: `--lang en`, `--lang=en`, else PLAN_LANG, else Vietnamese.
 */
export function langFrom(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (isLang(value)) return value;
  }
  const fromEnv = env.PLAN_LANG?.toLowerCase().slice(0, 2);
  return isLang(fromEnv) ? fromEnv : 'vi';
}

/** A text in both languages. */
export type Bilingual<T = string> = Record<Lang, T>;
