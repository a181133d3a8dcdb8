import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** A small settings file of the shell, or the fallback if it is missing, damaged or not of the schema. */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
