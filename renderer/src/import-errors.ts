import { WorkbenchError, type ErrorCode } from '../../core/errors.ts';
import type { MessageKey, Translate } from './i18n/index.ts';

export interface ImportProblem {
  /** What went wrong, in the interface language. */
  headline: string;
  /** The backend's specific message (which file, what it really is, where). */
  detail: string;
}

const HEADLINES: Partial<Record<ErrorCode, MessageKey>> = {
  EMPTY_FILE: 'errorEmpty',
  EMPTY_DOCUMENT: 'errorEmpty',
  BINARY_FILE: 'errorBinary',
  CORRUPT_FILE: 'errorCorrupt',
  MALFORMED_FILE: 'errorCorrupt',
  FILE_TOO_LARGE: 'errorTooLarge',
  UNSUPPORTED_FORMAT: 'errorUnsupported',
};

export function importProblem(error: unknown, t: Translate): ImportProblem {
  const key = error instanceof WorkbenchError ? HEADLINES[error.code] : undefined;
  return { headline: t(key ?? 'errorOther'), detail: error instanceof Error ? error.message : String(error) };
}
