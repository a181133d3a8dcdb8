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
