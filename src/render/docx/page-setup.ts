/**
 * The page of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I, and domain.md §6):
 * A4 portrait, margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman,
 * black; body 13–14 pt. Lengths in twips (1/20 pt; 1 mm = 56.69 twips), sizes in half-points.
 */

export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** A4 as Word writes it. */
export const A4 = { width: 11906, height: 16838 } as const;

export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export const MARGINS = {
  top: twips(MARGINS_MM.top),
  bottom: twips(MARGINS_MM.bottom),
  left: twips(MARGINS_MM.left),
  right: twips(MARGINS_MM.right),
  header: twips(10),
  footer: twips(10),
} as const;

/** Text width of a portrait page: 210 − 30 − 15 = 165 mm. */
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

/**
 * Landscape appendix pages keep the same margins turned with the page (the binding edge stays at
 * the top): top 30, bottom 15, left and right 20 mm.
 */
export const LANDSCAPE_MARGINS = {
  top: twips(MARGINS_MM.left),
  bottom: twips(MARGINS_MM.right),
  left: twips(MARGINS_MM.top),
  right: twips(MARGINS_MM.bottom),
  header: twips(10),
  footer: twips(10),
} as const;

export const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

export const FONT = 'Times New Roman';

/** Font sizes in points, per element (Phụ lục I ranges; the first value of each range where it allows). */
export const SIZE = {
  parentBody: 12,
  issuer: 12,
  number: 13,
  nation: 12,
  motto: 13,
  placeDate: 14,
  docType: 14,
  subject: 14,
  body: 14,
  heading: 14,
  recipientsLabel: 12,
  recipients: 11,
  authority: 14,
  name: 14,
  table: 12,
  tableHead: 12,
} as const;

export const halfPoints = (pt: number): number => pt * 2;

/** Body paragraphs: first line indented 1 cm, 6 pt after, lines at 1.15 (Phụ lục I: "cách dòng tối thiểu 1 dòng"). */
export const BODY_PARAGRAPH = { firstLine: twips(10), after: 120, line: 276 } as const;
