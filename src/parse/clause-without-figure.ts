/** A clause with no figure: zero ("không còn hộ nghèo"), a state or a level; apart because it reads words, not quantities. */
import { forText, testText } from './letter-class.js';
import type { Clause } from './phrase-clause.js';
import { leadingUnit } from './phrase-tokens.js';

const ZERO = /(?<![\p{L}\d])(?:không còn|không có|không để xảy ra|không để phát sinh|không phát sinh|không xảy ra|xóa hết|xóa bỏ hoàn toàn)\s+/u;

/** "không còn hộ nghèo" is a figure (zero); "Duy trì xã đạt chuẩn quốc gia về y tế" is a state. */
export function zeroOrQualitative(text: string, from: number, to: number, clause: Clause): Clause {
  const part = text.slice(from, to);
  const lowerPart = part.toLowerCase();
  const zero = forText(ZERO, lowerPart).exec(lowerPart);
  if (zero) {
    const after = part.slice(zero.index + zero[0].length);
    const unit = leadingUnit(after);
    clause.comparison = { kind: 'at-most', value: 0 };
    if (unit) clause.unit = unit;
    const before = part.slice(0, zero.index).trim();
    clause.measure = before && !/^(?:phấn đấu|đến|trong)/iu.test(before) ? before : `Số ${after}`;
    return clause;
  }
  // A level: "… trở lên", or a level of the yearly rating named outright ("đều hoàn thành tốt nhiệm vụ").
  const rated = testText(/(?<![\p{L}\d])hoàn thành(?:\s+(?:tốt|xuất sắc))?\s+nhiệm vụ(?![\p{L}\d])/u, lowerPart);
  if (rated || (testText(/(?<![\p{L}\d])(?:hoàn thành|trong sạch|vững mạnh|xuất sắc|khá|tốt)(?![\p{L}\d])/u, lowerPart) && /trở lên/u.test(part))) clause.qualitative = 'level';
  else if (
    testText(/(?<![\p{L}\d])(?:duy trì|giữ vững|đạt chuẩn|đạt danh hiệu|được công nhận|công nhận)(?![\p{L}\d])/u, lowerPart) ||
    // "xây dựng xã cơ bản đạt nông thôn mới nâng cao", "xã Vĩnh Lộc đạt xã nông thôn mới nâng cao".
    testText(/(?<![\p{L}\d])đạt\s+(?:\p{L}+\s+){0,2}?(?:nông thôn mới|đô thị văn minh)/u, lowerPart)
  ) {
    clause.qualitative = 'state';
  }
  clause.measure = part;
  return clause;
}
