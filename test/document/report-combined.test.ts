import { describe, expect, it } from 'vitest';
import { placeOfBody } from '../../src/document/report-combined.js';

/**
 * Where the district's combined báo cáo is signed, read from the parent body the wards name
 * (Nghị định 30/2020: the place is the administrative unit's name, "Tây Ninh, ngày ...").
 */
const CASES: [body: string, place: string | null][] = [
  ['UBND thành phố Tây Ninh', 'Tây Ninh'],
  ['Ủy ban nhân dân huyện Châu Thành', 'Châu Thành'],
  ['UBND quận Ba Đình', 'Ba Đình'],
  ['UBND thị xã Hòa Thành', 'Hòa Thành'],
  ['Uỷ ban nhân dân tỉnh Khánh Hòa', 'Khánh Hòa'],
  ['  UBND THÀNH PHỐ TÂY NINH ', 'TÂY NINH'],
  ['Ban Chỉ đạo 35', null],
  ['UBND', null],
];

describe('the place of a combined report', () => {
  it.each(CASES)('%s → %s', (body, place) => {
    expect(placeOfBody(body)).toBe(place);
  });
});
