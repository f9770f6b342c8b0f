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
    default:
      return vi
        ? { message: `Không ghi được ${e.path}: ${e.message}`, hint: `Kiểm tra quyền ghi và dung lượng đĩa. ${keep}` }
        : { message: `Cannot write ${e.path}: ${e.message}`, hint: `Check write permission and free disk space. ${keep}` };
  }
}
