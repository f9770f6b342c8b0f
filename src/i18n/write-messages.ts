import type { WriteError } from '../write/errors.js';
import type { Lang } from './lang.js';

/** Why a write failed, in the user's language; the original file is intact in every case. */
export function writeErrorText(e: WriteError, lang: Lang): { message: string; hint: string } {
  const vi = lang === 'vi';
  const keep = vi ? 'Tệp gốc không bị thay đổi.' : 'The original file is unchanged.';
  switch (e.code) {
    case 'lock-timeout':
      return vi
        ? { message: `Tệp ${e.path} đang được một tiến trình khác ghi.`, hint: `Thử lại sau giây lát. ${keep}` }
        : { message: `Another process is writing ${e.path}.`, hint: `Try again in a moment. ${keep}` };
    case 'file-changed':
      return vi
        ? { message: `Tệp ${e.path} vừa bị thay đổi trong lúc ghi.`, hint: `Chạy lại lệnh để ghi trên bản mới. ${keep}` }
        : { message: `${e.path} changed while recording.`, hint: `Run the command again to record onto the new version. ${keep}` };
    case 'symlink-outside':
      return vi
        ? { message: `Tệp ${e.path} trỏ ra ngoài thư mục kế hoạch.`, hint: `plan chỉ ghi vào tệp trong thư mục kế hoạch. ${keep}` }
        : { message: `${e.path} leads outside the plan folder.`, hint: `plan only writes inside the plan folder. ${keep}` };
    case 'yaml-invalid':
    case 'flow-sequence':
    case 'unsupported-layout':
      return vi
        ? { message: `Không thể thêm vào ${e.path}: ${e.message}`, hint: `Chạy plan validate và sửa tệp trước. ${keep}` }
        : { message: `Cannot append to ${e.path}: ${e.message}`, hint: `Run plan validate and fix the file first. ${keep}` };
    case 'not-regular-file':
      return vi
        ? { message: `${e.path} không phải là một tệp thường (là ống dẫn, thiết bị, thư mục hoặc liên kết).`, hint: `Xóa hoặc đổi tên nó (khi không có ai đang chạy plan), rồi chạy lại lệnh. ${keep}` }
        : { message: `${e.path} is not a regular file (a pipe, device, folder or link).`, hint: `Remove or rename it (while nobody runs plan), then run the command again. ${keep}` };
    case 'too-large':
      return vi
        ? { message: `Không thể ghi thêm vào ${e.path}: tệp sẽ vượt giới hạn của plan (${e.message}).`, hint: `Chuyển các số liệu cũ sang một tệp khác trong thư mục progress/ (ví dụ progress/bhyt-2023.yaml), rồi ghi lại. ${keep}` }
        : { message: `Cannot add to ${e.path}: the file would pass plan's limits (${e.message}).`, hint: `Move old figures to another file in progress/ (e.g. progress/bhyt-2023.yaml), then record again. ${keep}` };
    case 'line-endings':
      return vi
        ? { message: `Không thể thêm vào ${e.path}${at(e)}: tệp có ký tự xuống dòng CR đứng một mình (kiểu máy Mac cũ).`, hint: `Lưu lại tệp với kiểu xuống dòng LF hoặc CRLF (trong trình soạn thảo: "End of Line"), rồi ghi lại. ${keep}` }
        : { message: `Cannot append to ${e.path}${at(e)}: the file has a lone CR line break (old Mac style).`, hint: `Save the file with LF or CRLF line endings (your editor's "End of Line"), then record again. ${keep}` };
    case 'read-only':
      return vi
        ? { message: `Tệp ${e.path} đang ở chế độ chỉ đọc.`, hint: `Bỏ thuộc tính chỉ đọc của tệp nếu muốn ghi vào nó. ${keep}` }
        : { message: `${e.path} is read-only.`, hint: `Clear the file's read-only attribute to record into it. ${keep}` };
    case 'lock-lost':
      return vi
        ? { message: `Không giữ được khóa ghi của ${e.path}: tiến trình này bị dừng quá lâu nhiều lần.`, hint: `Chạy lại lệnh. ${keep}` }
        : { message: `Could not keep the write lock of ${e.path}: this process was paused too long, several times.`, hint: `Run the command again. ${keep}` };
    default:
      return vi
        ? { message: `Không ghi được ${e.path}: ${e.message}`, hint: `Kiểm tra quyền ghi và dung lượng đĩa. ${keep}` }
        : { message: `Cannot write ${e.path}: ${e.message}`, hint: `Check write permission and free disk space. ${keep}` };
  }
}

function at(e: WriteError): string {
  const { line, column } = e.details as { line?: number; column?: number };
  return typeof line === 'number' ? `:${line}:${column ?? 1}` : '';
}
