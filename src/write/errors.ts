/**
 * Typed errors of the write edge. Messages are for developers and logs; the CLI renders its own
 * Vietnamese/English text from `code` and `details`, so nothing here prints.
 */
export type WriteErrorCode =
  /** Another process held `<file>.lock` for longer than the timeout. details: { holder } */
  | 'lock-timeout'
  /** The file changed between our read (under the lock) and our write: someone wrote without the lock. */
  | 'file-changed'
  /** The path (or a symlink on the way) resolves outside the allowed root folder. */
  | 'symlink-outside'
  /** The existing file is not valid YAML (or not UTF-8, or has several documents). details: { line, column, yamlCode } */
  | 'yaml-invalid'
  /** `entries:` is a non-empty flow sequence (`entries: [ {...} ]`): we only append to block sequences. */
  | 'flow-sequence'
  /** The document is not a mapping, or `entries` exists but is not a sequence, or its key layout is unusual. */
  | 'unsupported-layout'
  /** The entry to write does not satisfy the ProgressEntry schema. details: { issues } */
  | 'invalid-entry'
  /** The spliced text did not re-parse to exactly the old data plus the new entry (a bug guard). */
  | 'verify-failed'
  /** The lock path or the file is a FIFO, device, folder or symlink, or a lock file too big to be one. details: { kind } */
  | 'not-regular-file'
  /** The file, or the file with the new entry, passes the loader's limits (bytes, items). details: { limit, size | items } */
  | 'too-large'
  /** A lone CR (old Mac line ending) in the file: the readers would not agree on its lines. details: { line, column } */
  | 'line-endings'
  /** The file is read-only (its write permission is off): plan does not replace it. */
  | 'read-only'
  /** Our lock was taken as stale while we worked (we were paused longer than maxAgeMs), several times over. */
  | 'lock-lost'
  /** A file-system operation failed (ENOSPC, EACCES, ...). details: { syscallCode } and `cause`. */
  | 'io';

export class WriteError extends Error {
  override readonly name = 'WriteError';
  readonly code: WriteErrorCode;
  readonly path: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: WriteErrorCode,
    path: string,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(`${code}: ${path}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = path;
    this.details = options.details ?? {};
  }
}

export function isWriteError(e: unknown, code?: WriteErrorCode): e is WriteError {
  return e instanceof WriteError && (code === undefined || e.code === code);
}

/** Wraps a Node fs error (or anything thrown) as an 'io' WriteError; WriteErrors pass through. */
export function ioError(path: string, what: string, cause: unknown): WriteError {
  if (cause instanceof WriteError) return cause;
  const syscallCode = errnoCode(cause);
  return new WriteError('io', path, `${what} failed${syscallCode ? ` (${syscallCode})` : ''}`, {
    cause,
    details: syscallCode ? { syscallCode } : {},
  });
}

export function errnoCode(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return undefined;
}
