import type { TaskStatus } from '../model/progress-entry.js';

/**
 * A task's status as a clerk says it, beside the codes the files keep. Case, diacritics as typed
 * (NFC) and spaces around are ignored; "tạm dừng" is a pause, kept as blocked (vướng mắc).
 */
export const STATUS_WORDS: Readonly<Record<string, TaskStatus>> = {
  xong: 'done',
  'đã xong': 'done',
  'hoàn thành': 'done',
  'đã hoàn thành': 'done',
  'đang thực hiện': 'in-progress',
  'đang làm': 'in-progress',
  'chưa thực hiện': 'not-started',
  'chưa làm': 'not-started',
  'tạm dừng': 'blocked',
  'vướng mắc': 'blocked',
  'không thực hiện': 'cancelled',
  'hủy': 'cancelled',
  'huỷ': 'cancelled',
};

/** The status code for a word or a code; undefined when it is neither. */
export function statusCode(text: string): TaskStatus | undefined {
  const key = text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  return STATUS_WORDS[key] ?? (['in-progress', 'done', 'blocked', 'cancelled', 'not-started'] as const).find((s) => s === key);
}

/** How a status is said back to the clerk. */
export const STATUS_VI: Readonly<Record<TaskStatus, string>> = {
  done: 'hoàn thành',
  'in-progress': 'đang thực hiện',
  'not-started': 'chưa thực hiện',
  blocked: 'tạm dừng / vướng mắc',
  cancelled: 'không thực hiện nữa',
};
