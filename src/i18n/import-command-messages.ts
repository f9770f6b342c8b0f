/** `plan import`: its help and its messages, in both languages; apart from cli-messages-*.ts as the longest command's own. */
import type { Lang } from './lang.js';

const VI = {
  description: 'tạo bản nháp thư mục kế hoạch từ văn bản kế hoạch (.md, .txt, .docx, .pdf); không ghi đè thư mục có sẵn',
  file: 'tệp văn bản kế hoạch: .md, .txt, .docx (Word) hoặc .pdf có lớp chữ',
  out: 'thư mục kế hoạch sẽ tạo (chưa được tồn tại)',
  dryRun: 'không ghi gì, in bản nháp ra màn hình',
  format: 'định dạng: text (mặc định) hoặc json',
  examples: `
Ví dụ:
  plan import "KH 05-KH-UBND.docx" --out plans/2024
  plan import ke-hoach.md --dry-run --format json`,
  needOut: 'Cần --out <thư mục> (hoặc --dry-run để chỉ xem bản nháp).',
  needOutHint: 'Vd. plan import ke-hoach.docx --out plans/2025',
  cannotRead: (file: string, reason: string, detail: string) =>
    reason === 'unsupported'
        ? `Không đọc được loại tệp "${detail}" (${file}).`
        : reason === 'not-docx'
          ? `${file} không phải tệp Word .docx đọc được (${detail}).`
          : reason === 'not-pdf'
            ? `${file} không phải tệp PDF đọc được (tệp hỏng hoặc không đúng định dạng: ${detail}).`
            : `Không đọc được ${file} (${detail}).`,
  formatsHint: 'plan import đọc .md, .txt, .docx và .pdf có lớp chữ. Với tệp .doc cũ, mở bằng Word và lưu lại dạng .docx.',
  legacyMixed: (file: string, encoding: string, sample: string) =>
    `${file} trộn chữ Unicode với chữ gõ bảng mã cũ ${encoding} trong cùng một đoạn ("${sample}"): plan không chuyển mã tự động được mà không làm hỏng một trong hai.`,
  legacyMixedHint: (encoding: string) => `Chuyển cả văn bản sang Unicode trước (Unikey: Công cụ chuyển mã, từ ${encoding} sang Unicode), sau đó chạy lại plan import.`,
  pdfNoText: (file: string) =>
    `${file} là tệp PDF không có lớp chữ (bản chụp hoặc ảnh quét): plan chỉ đọc được chữ có sẵn trong tệp, không nhận dạng chữ trong ảnh.`,
  pdfNoTextHint: 'Dùng tệp gốc .docx của văn bản (hỏi nơi soạn thảo), hoặc nhận dạng chữ (OCR) để có tệp PDF có lớp chữ rồi chạy lại plan import.',
  pdfEncrypted: (file: string) => `${file} là tệp PDF được khóa bằng mật khẩu: plan không mở được.`,
  pdfEncryptedHint: 'Dùng tệp gốc .docx của văn bản, hoặc mở tệp bằng mật khẩu rồi in lại ra PDF không khóa, sau đó chạy lại plan import.',
  pdfTooManyPages: (file: string, pages: number, limit: number) => `${file} có ${pages} trang; plan import đọc tệp PDF tới ${limit} trang.`,
  outExists: (dir: string) => `Thư mục ${dir} đã có; plan không ghi đè kế hoạch có sẵn.`,
  outExistsHint: 'Chọn một thư mục mới cho --out, hoặc đổi tên thư mục cũ.',
  written: (dir: string, files: number, targets: number, tasks: number, bases: number) =>
    `Đã tạo bản nháp ${dir}: ${files} tệp, ${targets} chỉ tiêu, ${tasks} nhiệm vụ, ${bases} căn cứ.`,
  reviewHeading: 'Những điều cơ quan cần xác nhận (các trường "assumed" và phần chưa mã hóa):',
  more: (n: number) => `và ${n} mục khác`,
  year: 'năm kế hoạch, khi văn bản không ghi (mặc định: năm của --as-of)',
  strict: 'thoát với mã 1 khi còn câu có số liệu chưa đọc được thành chỉ tiêu',
  noYear: 'Văn bản không ghi năm kế hoạch (không thấy "năm 2024", "nhiệm kỳ 2020-2025" ở tiêu đề hay đầu danh sách chỉ tiêu).',
  noYearHint: 'Ghi rõ năm: plan import <tệp> --year 2025 (hoặc --as-of 2025-01-01).',
  askYear: 'Văn bản không ghi năm kế hoạch. Năm kế hoạch (vd. 2025): ',
  badYear: (y: string) => `Năm không hợp lệ: ${y}.`,
  noTargets: (n: number) => `⚠ Không tìm thấy chỉ tiêu nào, dù văn bản có ${n} câu có số liệu: xem danh sách cần xác nhận ở cuối.`,
  unread: (n: number) => `⚠ ${n} câu có số liệu chưa đọc được thành chỉ tiêu (giữ nguyên văn trong plan.note, liệt kê ở cuối):`,
  strictFailed: 'Dừng với mã 1 (--strict): còn câu có số liệu chưa đọc được.',
  tooLarge: (file: string, size: string, limit: string) => `${file} quá lớn (${size}); plan import đọc văn bản tới ${limit}.`,
  tooLargeHint: 'Tách văn bản thành các phần nhỏ hơn (vd. phần chỉ tiêu và từng lĩnh vực nhiệm vụ) rồi nhập từng phần.',
  bomb: (file: string, limit: string) => `${file} giải nén ra quá ${limit}: không phải văn bản kế hoạch thông thường (có thể là tệp nén độc hại); plan không đọc.`,
  draftTooLarge: (limit: string) => `Bản nháp vượt giới hạn một tệp kế hoạch (${limit}); plan không ghi tệp mà plan validate sẽ từ chối.`,
};

type Messages = typeof VI;

const EN: Messages = {
  description: "draft a plan folder from a plan document (.md, .txt, .docx, .pdf); never overwrites an existing folder",
  file: 'the plan document: .md, .txt, .docx (Word) or a .pdf with a text layer',
  out: 'the plan folder to create (must not exist)',
  dryRun: 'write nothing, print the draft',
  format: 'output: text (default) or json',
  examples: `
Examples:
  plan import "KH 05-KH-UBND.docx" --out plans/2024
  plan import plan.md --dry-run --format json`,
  needOut: 'Give --out <folder> (or --dry-run to only see the draft).',
  needOutHint: 'E.g. plan import plan.docx --out plans/2025',
  cannotRead: (file, reason, detail) =>
    reason === 'unsupported'
        ? `Cannot read files of type "${detail}" (${file}).`
        : reason === 'not-docx'
          ? `${file} is not a readable Word .docx file (${detail}).`
          : reason === 'not-pdf'
            ? `${file} is not a readable PDF file (damaged or not a PDF: ${detail}).`
            : `Cannot read ${file} (${detail}).`,
  formatsHint: 'plan import reads .md, .txt, .docx and .pdf with a text layer. Save an old .doc file as .docx in Word first.',
  legacyMixed: (file, encoding, sample) =>
    `${file} mixes Unicode text with text in the legacy ${encoding} encoding within one paragraph ("${sample}"): plan cannot convert it without garbling one or the other.`,
  legacyMixedHint: (encoding) => `Convert the whole document to Unicode first (Unikey's converter, from ${encoding} to Unicode), then run plan import again.`,
  pdfNoText: (file) => `${file} is a PDF without a text layer (a scan or a photo): plan reads only the text a file holds, it does not recognise text in pictures.`,
  pdfNoTextHint: "Use the document's original .docx (ask whoever drafted it), or run text recognition (OCR) to get a PDF with a text layer, then run plan import again.",
  pdfEncrypted: (file) => `${file} is a password-protected PDF: plan cannot open it.`,
  pdfEncryptedHint: "Use the document's original .docx, or open the file with its password and print it again to an unlocked PDF, then run plan import again.",
  pdfTooManyPages: (file, pages, limit) => `${file} has ${pages} pages; plan import reads PDFs of up to ${limit} pages.`,
  outExists: (dir) => `${dir} already exists; plan does not overwrite an existing plan.`,
  outExistsHint: 'Choose a new folder for --out, or rename the old one.',
  written: (dir, files, targets, tasks, bases) => `Drafted ${dir}: ${files} files, ${targets} targets, ${tasks} tasks, ${bases} legal bases.`,
  reviewHeading: 'What the office must confirm (the "assumed" fields and what could not be structured):',
  more: (n) => `and ${n} more`,
  year: 'the plan year, when the document names none (default: the year of --as-of)',
  strict: 'exit 1 while sentences with figures are left unread as targets',
  noYear: 'The document names no plan year (no "năm 2024" or "nhiệm kỳ 2020-2025" in its title or above its targets).',
  noYearHint: 'Give the year: plan import <file> --year 2025 (or --as-of 2025-01-01).',
  askYear: 'The document names no plan year. Plan year (e.g. 2025): ',
  badYear: (y) => `Invalid year: ${y}.`,
  noTargets: (n) => `⚠ No target found, though the document has ${n} sentences with figures: see the list to confirm at the end.`,
  unread: (n) => `⚠ ${n} sentences with figures were not read as targets (kept verbatim in plan.note, listed at the end):`,
  strictFailed: 'Exit 1 (--strict): sentences with figures are left unread.',
  tooLarge: (file, size, limit) => `${file} is too large (${size}); plan import reads documents up to ${limit}.`,
  tooLargeHint: 'Split the document into smaller parts (e.g. the targets and each field of tasks) and import each.',
  bomb: (file, limit) => `${file} inflates past ${limit}: not an ordinary plan document (possibly a malicious archive); plan does not read it.`,
  draftTooLarge: (limit) => `The draft exceeds the limit of one plan file (${limit}); plan does not write a file that plan validate would refuse.`,
};

export const IMPORT_COMMAND: Record<Lang, Messages> = { vi: VI, en: EN };
