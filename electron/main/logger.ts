import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Appends timestamped lines to main.log in the user's log folder; logging never throws. */
export function createLogger(logDir: string): { file: string; log: (line: string) => void } {
  const file = join(logDir, 'main.log');
  try {
    mkdirSync(logDir, { recursive: true });
  } catch {
    // A log folder that cannot be made only costs the log.
  }
  return {
    file,
    log(line) {
      try {
        appendFileSync(file, `${new Date().toISOString()} ${line}\n`);
      } catch {
        // See above.
      }
    },
  };
}
