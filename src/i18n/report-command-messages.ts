import type { Lang } from './lang.js';

/** `plan report`: its help and its messages, in both languages. */
const VI = {
  description:
    'viết báo cáo để nộp: .docx (báo cáo theo Nghị định 30/2020/NĐ-CP, có biểu chỉ tiêu), .xlsx (bảng số liệu), .html (trang tổng quan) (mã thoát 0 đã ghi, 1 kế hoạch có lỗi, 2 lỗi cách dùng hoặc không ghi được)',
  format: 'định dạng: docx (mặc định), xlsx, html',
  out: 'tệp ghi ra (mặc định: bao-cao-<mã kế hoạch>-<kỳ>.<đuôi> ở thư mục hiện tại; nhiều kế hoạch với docx: một thư mục)',
  force: 'ghi đè tệp đã có',
  number: 'số của báo cáo ("12" thành "Số: 12/BC-UBND"; mặc định để trống cho văn thư)',
  date: 'ngày ghi ở đầu báo cáo, YYYY-MM-DD (mặc định: ngày chốt số liệu)',
  init: 'viết tệp lời văn reports/<kỳ>.md trong thư mục kế hoạch (các tiêu đề và câu số liệu làm bản nháp), không viết báo cáo',
  needPeriod: 'Cần --period (vd. 2024-H1) hoặc --as-of.',
  exists: (file: string) => `Tệp ${file} đã có.`,
  existsHint: 'Thêm --force để ghi đè, hoặc chọn tệp khác bằng --out.',
  cannotWrite: (file: string, why: string) => `Không ghi được ${file}: ${why}.`,
  cannotWriteHint: 'Kiểm tra thư mục có tồn tại và có quyền ghi; không có tệp nào bị ghi dở.',
  badDate: (v: string) => `Ngày "${v}" không hợp lệ; viết YYYY-MM-DD, vd. 2024-06-14.`,
  badNumber: (v: string) => `Số báo cáo "${v}" không hợp lệ; chỉ viết phần số, vd. 12.`,
  initOne: '--init viết lời văn cho từng kế hoạch: chỉ nêu một thư mục kế hoạch (hoặc thêm --combined cho báo cáo tổng hợp).',
  combined: 'nhiều kế hoạch với docx: một báo cáo tổng hợp của cấp trên (một dòng cho mỗi phường, xã) thay vì một báo cáo cho mỗi kế hoạch; lời văn ở reports/tong-hop-<kỳ>.md của thư mục chung',
  combinedMany: '--combined tổng hợp nhiều kế hoạch: nêu từ hai thư mục kế hoạch trở lên.',
  combinedSymbol: (n: number) => `tổng hợp ${n} phường, xã`,
  fromDocx: 'lấy lời văn từ báo cáo .docx đã sửa trong Word (các đoạn dưới các tiêu đề, trừ phần plan tự viết) vào tệp reports/<kỳ>.md, rồi viết lại báo cáo với số liệu mới',
  fromDocxOne: '--from-docx lấy lời văn cho một báo cáo: nêu một thư mục kế hoạch (hoặc thêm --combined).',
  fromDocxInit: '--from-docx và --init không dùng cùng nhau: --from-docx đã viết tệp lời văn.',
  fromDocxBad: (file: string, why: string) => `Không đọc được ${file} như một tệp Word .docx: ${why}.`,
  fromDocxHint: 'Nêu tệp .docx do plan report viết ra (đã sửa trong Word hoặc LibreOffice, lưu dạng .docx).',
  fromDocxWouldLose: (file: string, docx: string, n: number, heading: string | null, text: string) =>
    `${file} có ${n} đoạn không còn trong ${docx}, vd. ${heading === null ? '' : `dưới "${heading}": `}"${text.length > 60 ? `${text.slice(0, 60)}…` : text}".`,
  fromDocxLoseHint: 'Chép đoạn đó vào .docx rồi chạy lại, hoặc thêm --force để thay tệp lời văn bằng lời văn trong .docx.',
  tookBack: (docx: string, file: string) => `Đã lấy lời văn từ ${docx} vào ${file}`,
  unplaced: (file: string, line: number, heading: string) =>
    `${file}:${line}: tiêu đề "${heading}" không khớp phần nào của báo cáo (I, II, III, IV hoặc tên lĩnh vực); đoạn văn được đặt ở cuối báo cáo.`,
  wrote: (file: string) => `Đã ghi ${file}`,
  wroteNarrative: (file: string) => `Đã ghi ${file}: sửa lời văn dưới các tiêu đề rồi chạy lại plan report.`,
  banner: 'Số liệu minh họa, không phải số liệu thật',
};

type Messages = typeof VI;

const EN: Messages = {
  description:
    'write the report to hand in: .docx (the báo cáo as Decree 30/2020 lays it out, with the target table), .xlsx (the table), .html (a dashboard page) (exit 0 written, 1 plan has errors, 2 usage or cannot write)',
  format: 'output: docx (default), xlsx, html',
  out: 'file to write (default: bao-cao-<plan id>-<period>.<ext> in the current folder; several plans with docx: a folder)',
  force: 'overwrite an existing file',
  number: 'the report number ("12" gives "Số: 12/BC-UBND"; default: left blank for the clerks\' office)',
  date: 'the date in the report header, YYYY-MM-DD (default: the figures\' cut-off)',
  init: 'write the narrative file reports/<period>.md in the plan folder (headings and the figures\' sentences as a draft), not the report',
  needPeriod: 'Give --period (e.g. 2024-H1) or --as-of.',
  exists: (file) => `${file} already exists.`,
  existsHint: 'Add --force to overwrite it, or choose another file with --out.',
  cannotWrite: (file, why) => `Cannot write ${file}: ${why}.`,
  cannotWriteHint: 'Check that the folder exists and is writable; nothing was half-written.',
  badDate: (v) => `"${v}" is not a date; write YYYY-MM-DD, e.g. 2024-06-14.`,
  badNumber: (v) => `"${v}" is not a report number; give the number only, e.g. 12.`,
  initOne: '--init writes one plan\'s narrative: name a single plan folder (or add --combined for the district report).',
  combined: 'several plans with docx: one district report (a row per ward) instead of one report per plan; its narrative is reports/tong-hop-<period>.md in the plans\' common folder',
  combinedMany: '--combined adds up several plans: name two plan folders or more.',
  combinedSymbol: (n) => `combined, ${n} wards`,
  fromDocx: 'take the narrative back from a .docx edited in Word (the paragraphs under the headings, not plan\'s own) into reports/<period>.md, then write the report again with the new figures',
  fromDocxOne: '--from-docx takes back one report\'s narrative: name one plan folder (or add --combined).',
  fromDocxInit: '--from-docx and --init do not go together: --from-docx writes the narrative file.',
  fromDocxBad: (file, why) => `Cannot read ${file} as a Word .docx: ${why}.`,
  fromDocxHint: 'Name a .docx written by plan report (edited in Word or LibreOffice, saved as .docx).',
  fromDocxWouldLose: (file, docx, n, heading, text) =>
    `${file} has ${n} paragraph(s) that ${docx} no longer holds, e.g. ${heading === null ? '' : `under "${heading}": `}"${text.length > 60 ? `${text.slice(0, 60)}…` : text}".`,
  fromDocxLoseHint: 'Copy it into the .docx and run again, or add --force to replace the narrative file with the .docx\'s words.',
  tookBack: (docx, file) => `Took the narrative of ${docx} into ${file}`,
  unplaced: (file, line, heading) => `${file}:${line}: heading "${heading}" matches no part of the report (I, II, III, IV or a field name); its paragraphs are put at the end.`,
  wrote: (file) => `Wrote ${file}`,
  wroteNarrative: (file) => `Wrote ${file}: edit the words under the headings, then run plan report again.`,
  banner: 'Illustrative figures, not real ones',
};

export const REPORT_COMMAND: Record<Lang, Messages> = { vi: VI, en: EN };
