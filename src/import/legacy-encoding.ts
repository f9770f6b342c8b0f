/**
 * Text typed in the legacy Vietnamese font encodings older Word files still hold: TCVN3 (ABC, the
 * ".VnTime" fonts) and VNI ("VNI-Times"). Read as Unicode they are garbled ("Céng hßa x· héi chñ nghÜa
 * ViÖt Nam", "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM"); importing them would put garbage in every
 * name and wording. They are recognised by their most common words, and the document is refused with
 * the encoding named, so that the office converts it to Unicode (Unikey's converter) before importing. Pure.
 */

/** Words of any plan as they come out of each encoding (của, và, năm, Việt, đồng, nhân, hội, xã, đạt, chỉ tiêu). */
const TOKENS: Record<LegacyEncoding, RegExp> = {
  'TCVN3 (ABC)': /(?<![\p{L}])(?:cña|vµ|n¨m|ViÖt|VIÖT|®ång|nh©n|héi|x·|®¹t|chØ|tiªu|Céng|§éc|lËp|H¹nh|phóc|th¸ng|ngµy|Uû|ñy)(?![\p{L}])/gu,
  VNI: /(?<![\p{L}])(?:cuûa|vaø|naêm|Vieät|VIEÄT|ñoàng|nhaân|hoäi|xaõ|ñaït|chæ|tieâu|COÄNG|Ñoäc|laäp|Haïnh|phuùc|thaùng|ngaøy)(?![\p{L}])/gu,
};

export type LegacyEncoding = 'TCVN3 (ABC)' | 'VNI';

/** Letters only Unicode Vietnamese has (ă â đ ê ô ơ ư and the tone marks), as NFC. */
const UNICODE_VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯạ-ỹ]/gu;

/** The legacy encoding `text` is in, when its words say so and Unicode Vietnamese is (nearly) absent. */
export function legacyEncodingOf(text: string): LegacyEncoding | undefined {
  const sample = text.slice(0, 200_000).normalize('NFC');
  const unicode = sample.match(UNICODE_VIETNAMESE)?.length ?? 0;
  for (const enc of Object.keys(TOKENS) as LegacyEncoding[]) {
    const hits = sample.match(TOKENS[enc])?.length ?? 0;
    if (hits >= 3 && hits * 4 > unicode) return enc;
  }
  return undefined;
}
