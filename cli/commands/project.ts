import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { importArchive } from '../../db/archive.ts';
import { assertWritableDestination, writeFileAtomic } from '../../service/atomic-write.ts';
import { requireString, usageError, type Command } from '../command.ts';

export const projectCommand: Command = {
  name: 'project',
  usage: `project export --out FILE | import FILE
                                       move the work to another machine: one archive with every document,
                                       memory, glossary and setting, checked by its SHA-256 on import
                                       (import replaces this database, keeping it as a backup; close the app)`,
  options: { out: { type: 'string' } },
  async run(context) {
    const [action, file] = context.args;
    if (action === 'export') {
      const out = requireString(context, 'out', 'project export needs --out FILE');
      await assertWritableDestination(out);
      const archive = context.backend().store.exportArchive();
      await writeFileAtomic(out, archive);
      return context.print({ out, bytes: archive.length }, `Wrote ${out} (${(archive.length / 1024).toFixed(0)} KB)`);
    }
    if (action === 'import') {
      if (!file) usageError('project import needs a FILE');
      if (!existsSync(file)) usageError(`There is no file ${file}`);
      const result = await importArchive(context.dbPath, new Uint8Array(await readFile(file)));
      return context.print(result, `Imported ${file}; the data it replaced is kept in ${result.previous || 'no backup (there was none)'}`);
    }
    usageError('project needs export or import');
  },
};
