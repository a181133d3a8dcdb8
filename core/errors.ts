/** Error codes that cross the API boundary; callers can branch on them. */
export type ErrorCode =
  | 'INVALID_PAYLOAD'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'EMPTY_DOCUMENT'
  | 'EMPTY_TARGET'
  | 'DATABASE_TOO_NEW'
  | 'STORAGE_FAILED'
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
