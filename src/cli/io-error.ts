import type { Lang } from '../i18n/lang.js';

/** Why a file-system call failed, in words a clerk can act on. */
const REASONS: Record<string, Record<Lang, string>> = {
  ENOSPC: { vi: 'đĩa đã đầy', en: 'the disk is full' },
  EIO: { vi: 'lỗi đọc/ghi của thiết bị', en: 'a device I/O error' },
  EACCES: { vi: 'không có quyền ghi', en: 'permission denied' },
  EPERM: { vi: 'không được phép', en: 'operation not permitted' },
  EROFS: { vi: 'ổ đĩa chỉ đọc', en: 'the file system is read-only' },
  ENOTDIR: { vi: 'một phần của đường dẫn là tệp, không phải thư mục', en: 'part of the path is a file, not a folder' },
  EEXIST: { vi: 'một phần của đường dẫn là tệp, không phải thư mục', en: 'part of the path is a file, not a folder' },
  EISDIR: { vi: 'đường dẫn là một thư mục', en: 'the path is a folder' },
  ENOENT: { vi: 'không tìm thấy thư mục chứa', en: 'a folder on the way does not exist' },
  ENAMETOOLONG: { vi: 'đường dẫn quá dài', en: 'the path is too long' },
  EDQUOT: { vi: 'hết hạn mức dung lượng', en: 'the disk quota is used up' },
};

/**
 * A file-system error that reached the command line (an --out or DIR that cannot be created, a full
 * disk): an I/O problem, exit 2 with one line, not an internal error. undefined for anything else.
 */
export function ioErrorText(e: unknown, lang: Lang): { message: string; hint: string } | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const { code, path, syscall } = e as { code?: unknown; path?: unknown; syscall?: unknown };
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code) || typeof syscall !== 'string') return undefined;
  const reason = REASONS[code]?.[lang] ?? code;
  const where = typeof path === 'string' ? path : '';
  return lang === 'vi'
    ? { message: `Không ghi được ${where}: ${reason} (${code}).`, hint: 'Chọn một thư mục khác, hoặc kiểm tra quyền ghi và dung lượng đĩa.' }
    : { message: `Cannot write ${where}: ${reason} (${code}).`, hint: 'Choose another folder, or check write permission and free disk space.' };
}

/** What to print when standard output cannot be written (`plan status > /dev/full`). */
export function stdoutErrorText(code: string, lang: Lang): string {
  const reason = REASONS[code]?.[lang] ?? code;
  return lang === 'vi'
    ? `plan: lỗi: không ghi được kết quả ra đầu ra chuẩn: ${reason} (${code}).\n`
    : `plan: error: cannot write the output to standard output: ${reason} (${code}).\n`;
}
