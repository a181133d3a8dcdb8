import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { writeFileAtomic } from '../../service/atomic-write.ts';
import { requireString, stringOption, usageError, type Command } from '../command.ts';

export const importCommand: Command = {
  name: 'import',
  usage: 'import FILE [--title TITLE]          import a UTF-8 text file as a new document',
  options: { title: { type: 'string' } },
  async run(context) {
    const file = context.args[0] ?? usageError('import needs a FILE');
    const text = await readFile(file, 'utf8');
    const doc = await context.backend().api.importText({ title: stringOption(context, 'title') ?? basename(file, extname(file)), text });
    context.print(doc, `Imported document ${doc.id} "${doc.title}": ${doc.paragraphCount} paragraphs`);
  },
};

export const listCommand: Command = {
  name: 'list',
  usage: 'list                                 list documents and their progress',
  async run(context) {
    const docs = await context.backend().api.listDocuments({});
    const lines = docs.map(
      (d) => `${d.id}\t${d.title}\t${d.paragraphCount} paragraphs\ten ${d.confirmed.en}\tzh-Hans ${d.confirmed['zh-Hans']}`,
    );
    context.print(docs, lines.length > 0 ? lines.join('\n') : 'No documents');
  },
};

export const exportCommand: Command = {
  name: 'export',
  usage: `export DOC --format txt --lang en|zh-Hans --out PATH [--untranslated omit|source]
                                       write one target language of document DOC`,
  options: { format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, untranslated: { type: 'string' } },
  async run(context) {
    const documentId = Number(context.args[0] ?? usageError('export needs a DOC id'));
    const out = requireString(context, 'out', 'export needs --out PATH');
    // The strings are passed as they are: the contract validates them and names a bad value.
    const result = await context.backend().api.exportDocument({
      documentId,
      format: (stringOption(context, 'format') ?? 'txt') as 'txt',
      lang: requireString(context, 'lang', 'export needs --lang en|zh-Hans') as 'en',
      untranslated: stringOption(context, 'untranslated') as 'omit' | undefined,
    });
    await writeFileAtomic(out, result.content);
    const note = result.omitted > 0 ? ` (${result.omitted} untranslated paragraphs left out)` : '';
    context.print({ out, omitted: result.omitted }, `Wrote ${out}${note}`);
  },
};
