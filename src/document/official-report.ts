import type { ReportDocument } from './document.js';
import type { Run } from './run.js';
import type { TableBlock } from './table.js';

/**
 * The báo cáo a ward hands in (Nghị định 30/2020/NĐ-CP, Phụ lục I), as data: the header block, the
 * body (a report document: headings I.–IV., sentences with typed values, people's own paragraphs),
 * the foot (recipients, signer) and the appendix tables. Every word is already written by the
 * builder (src/document/report-*.ts); renderers (docx, html) only lay it out.
 */
export interface OfficialReport {
  letterhead: Letterhead;
  body: ReportDocument;
  closing: Closing;
  appendices: Appendix[];
}

/** The two-column header: issuing bodies on the left, the nation and the place and date on the right. */
export interface Letterhead {
  /** The level above, in capitals ("UBND THÀNH PHỐ TÂY NINH"); null when the plan names none. */
  parentBody: string | null;
  /** The issuing body in capitals ("ỦY BAN NHÂN DÂN PHƯỜNG 1"). */
  issuer: string;
  /** "Số:      /BC-UBND" (the number left blank for the clerks' office) or "Số: 12/BC-UBND". */
  number: string;
  nation: string;
  motto: string;
  /** "Phường 1, ngày 14 tháng 6 năm 2024". */
  placeDate: string;
  /** "BÁO CÁO". */
  docType: string;
  /** The trích yếu under the type of document. */
  subject: string;
}

export interface Closing {
  /** "Nơi nhận:". */
  recipientsLabel: string;
  /** One line each, as the plan writes them ("UBND thành phố Tây Ninh;", ..., "Lưu: VT."). */
  recipients: string[];
  /** In capitals, one line each: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  authority: string[];
  /** The signer's name, under the room for the signature and seal. */
  name: string;
}

/** An appendix ("Biểu"): its title, a line under it (the window), the table; set on landscape pages. */
export interface Appendix {
  title: string;
  subtitle: Run[];
  table: TableBlock;
  /** Notes under the table (the illustrative banner, how to read it). */
  notes: Run[][];
}
