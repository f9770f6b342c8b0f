/**
 * The two legacy encodings' charts, written out for the tests independently of src/import/legacy-encoding.ts
 * (as the standards list them), and the inverse conversions the tests use to make legacy text from a
 * Unicode corpus document: test-only, plan never writes these encodings.
 */

/** The 73 Vietnamese letters of each case: 12 vowels, plain and with the five tones (grave, hook, tilde, acute, dot below), and đ. */
export const LETTERS = [...'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ'];

/** TCVN 5712:1993 VN3 ("ABC", .VnTime), by code as the chart lists it: lower case, and seven capitals. */
export const TCVN3_CHART: [number, string][] = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

/** VNI (VNI-Windows, "VNI-Times"): each letter as its base letter and mark byte, or one byte. */
export const VNI_CHART: Record<string, string> = Object.fromEntries(
  (
    'a=a à=aø ả=aû ã=aõ á=aù ạ=aï ă=aê ằ=aè ẳ=aú ẵ=aü ắ=aé ặ=aë â=aâ ầ=aà ẩ=aå ẫ=aã ấ=aá ậ=aä e=e è=eø ẻ=eû ẽ=eõ é=eù ẹ=eï ê=eâ ề=eà ể=eå ễ=eã ế=eá ệ=eä ' +
    'i=i ì=ì ỉ=æ ĩ=ó í=í ị=ò o=o ò=oø ỏ=oû õ=oõ ó=où ọ=oï ô=oâ ồ=oà ổ=oå ỗ=oã ố=oá ộ=oä ơ=ô ờ=ôø ở=ôû ỡ=ôõ ớ=ôù ợ=ôï u=u ù=uø ủ=uû ũ=uõ ú=uù ụ=uï ' +
    'ư=ö ừ=öø ử=öû ữ=öõ ứ=öù ự=öï y=y ỳ=yø ỷ=yû ỹ=yõ ý=yù ỵ=î đ=ñ ' +
    'A=A À=AØ Ả=AÛ Ã=AÕ Á=AÙ Ạ=AÏ Ă=AÊ Ằ=AÈ Ẳ=AÚ Ẵ=AÜ Ắ=AÉ Ặ=AË Â=AÂ Ầ=AÀ Ẩ=AÅ Ẫ=AÃ Ấ=AÁ Ậ=AÄ E=E È=EØ Ẻ=EÛ Ẽ=EÕ É=EÙ Ẹ=EÏ Ê=EÂ Ề=EÀ Ể=EÅ Ễ=EÃ Ế=EÁ Ệ=EÄ ' +
    'I=I Ì=Ì Ỉ=Æ Ĩ=Ó Í=Í Ị=Ò O=O Ò=OØ Ỏ=OÛ Õ=OÕ Ó=OÙ Ọ=OÏ Ô=OÂ Ồ=OÀ Ổ=OÅ Ỗ=OÃ Ố=OÁ Ộ=OÄ Ơ=Ô Ờ=ÔØ Ở=ÔÛ Ỡ=ÔÕ Ớ=ÔÙ Ợ=ÔÏ U=U Ù=UØ Ủ=UÛ Ũ=UÕ Ú=UÙ Ụ=UÏ ' +
    'Ư=Ö Ừ=ÖØ Ử=ÖÛ Ữ=ÖÕ Ứ=ÖÙ Ự=ÖÏ Y=Y Ỳ=YØ Ỷ=YÛ Ỹ=YÕ Ý=YÙ Ỵ=Î Đ=Ñ'
  )
    .split(' ')
    .map((p) => p.split('=') as [string, string]),
);

/** NFC, and "ƣ" (a PDF's "ư" in some corpus texts, which the importer reads as "ư") as "ư". */
const unicode = (text: string) => text.normalize('NFC').replace(/\u01a3/gu, 'ư').replace(/\u01a2/gu, 'Ư');

const TCVN3_OF = new Map(TCVN3_CHART.map(([code, letter]) => [letter, String.fromCharCode(code)]));

/**
 * Unicode as a ward's TCVN3 file holds it: a toned capital has no code, so it is typed as its lower-case
 * code (in a .VnTimeH font when the whole word is in capitals); the seven capitals with codes keep theirs.
 */
export function toTcvn3(text: string): string {
  return [...unicode(text)].map((c) => TCVN3_OF.get(c) ?? TCVN3_OF.get(c.toLowerCase()) ?? c).join('');
}

export function toVni(text: string): string {
  return [...unicode(text)].map((c) => VNI_CHART[c] ?? c).join('');
}

/** A .txt as an old Windows editor saved it: one byte per character (Windows-1252 for these codes). */
export function windows1252(text: string): Buffer {
  const back = new Map<string, number>();
  for (let b = 0; b < 256; b++) back.set(new TextDecoder('windows-1252').decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => back.get(c) ?? 0x3f));
}
