import { describe, expect, it } from 'vitest';
import { buildCombinedReport, placeOfBody } from '../../src/document/report-combined.js';
import { buildStatusRollup } from '../../src/report/rollup.js';
import { buildStatusReport } from '../../src/report/status-report.js';
import { header, plan } from '../report/fixtures.js';

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
  ['  UBND THÀNH PHỐ TÂY NINH ', 'Tây Ninh'],
  ['UBND HUYỆN ĐẮK R\'LẤP', 'Đắk R\'Lấp'],
  ['Ban Chỉ đạo 35', null],
  ['UBND', null],
];

describe('the place of a combined report', () => {
  it.each(CASES)('%s → %s', (body, place) => {
    expect(placeOfBody(body)).toBe(place);
  });
});

/** The header of the combined report from the wards' parent bodies: [parents] → issuer, place and date. */
const HEADERS: [parents: (string | undefined)[], issuer: string, placeDate: string][] = [
  [['UBND thành phố Tây Ninh', 'UBND thành phố Tây Ninh'], 'UBND THÀNH PHỐ TÂY NINH', 'Tây Ninh, ngày 30 tháng 6 năm 2024'],
  // Wards of two districts, or naming none: the office fills the issuer and place in.
  [['UBND thành phố Tây Ninh', 'UBND huyện Châu Thành'], '………………………………', '…………, ngày 30 tháng 6 năm 2024'],
  [[undefined, undefined], '………………………………', '…………, ngày 30 tháng 6 năm 2024'],
  [['Ban Chỉ đạo 35', 'Ban Chỉ đạo 35'], 'BAN CHỈ ĐẠO 35', '…………, ngày 30 tháng 6 năm 2024'],
];

describe('the header of a combined report', () => {
  it.each(HEADERS)('%j', (parents, issuer, placeDate) => {
    const plans = parents.map((parentBody, i) =>
      plan([], { dir: `wards/p${i + 1}/2024`, header: header({ id: `kh-${i + 1}`, place: `Phường ${i + 1}`, ...(parentBody === undefined ? {} : { parentBody }) }) }),
    );
    const reports = plans.map((p) => buildStatusReport(p, { asOf: '2024-06-30', convention: 'calendar', period: '2024-H1' }));
    const { report } = buildCombinedReport(reports, plans, buildStatusRollup(reports), { narrative: null, narrativeFile: 'wards/reports/tong-hop-2024-H1.md' });
    expect([report.letterhead.parentBody, report.letterhead.issuer, report.letterhead.placeDate]).toEqual([null, issuer, placeDate]);
  });
});
