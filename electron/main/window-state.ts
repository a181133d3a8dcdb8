import { z } from 'zod';
import { readJsonFile } from './json-file.ts';
import type { WindowBounds } from './window.ts';

const Bounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
});

/** The window's last size and position, or nothing if the file is missing or damaged. */
export function loadWindowBounds(file: string): Partial<WindowBounds> {
  return readJsonFile<Partial<WindowBounds>>(file, Bounds, {});
}
