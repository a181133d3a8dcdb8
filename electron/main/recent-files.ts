import { z } from 'zod';
import { writeFileAtomic } from '../../service/atomic-write.ts';
import { readJsonFile } from './json-file.ts';

const MAX_RECENT = 10;
const RecentList = z.array(z.string().min(1).max(4096)).max(MAX_RECENT);

/**
 * The files last imported, newest first, for File ▸ Open Recent on every platform (Electron's
 * own recent-documents role exists on macOS only). Kept in a small JSON file; a missing or
 * damaged file starts an empty list.
 */
export class RecentFiles {
  private paths: string[];
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
    this.paths = readJsonFile(file, RecentList, []);
  }

  get list(): readonly string[] {
    return this.paths;
  }

  async add(path: string): Promise<void> {
    this.paths = [path, ...this.paths.filter((known) => known !== path)].slice(0, MAX_RECENT);
    await writeFileAtomic(this.file, JSON.stringify(this.paths));
  }

  async clear(): Promise<void> {
    this.paths = [];
    await writeFileAtomic(this.file, '[]');
  }
}
