/** Error codes that cross the API boundary; callers can branch on them. */
export type ErrorCode =
  | 'INVALID_PAYLOAD'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'EMPTY_DOCUMENT'
  | 'EMPTY_TARGET'
  | 'DATABASE_TOO_NEW'
  | 'STORAGE_FAILED'
  /** Bad input files: each message says what is wrong and, where known, where. */
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'CORRUPT_FILE'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'MALFORMED_FILE'
  | 'DAMAGED_REVIEW_FILE'
  | 'CANCELLED'
  | 'INTERNAL';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export class WorkbenchError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'WorkbenchError';
    this.code = code;
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}

const STORAGE_MESSAGES: Record<string, string> = {
  SQLITE_FULL: 'The disk is full',
  SQLITE_READONLY: 'The database file is read-only',
  SQLITE_CANTOPEN: 'The database file cannot be opened',
  SQLITE_IOERR: 'The disk reported an input/output error',
  SQLITE_BUSY: 'The database is busy in another program',
  SQLITE_CORRUPT: 'The database file is damaged',
};

/**
 * Turns a storage failure (an error carrying an SQLite result code) into a clear
 * STORAGE_FAILED error that says the change was not saved; other errors give null.
 */
export function storageError(error: unknown, action: string): WorkbenchError | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const known = Object.keys(STORAGE_MESSAGES).find((prefix) => code.startsWith(prefix));
  if (!known) return null;
  return new WorkbenchError('STORAGE_FAILED', `${STORAGE_MESSAGES[known]}: ${action} was not saved. Nothing saved earlier is affected.`);
}
