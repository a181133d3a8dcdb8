/** `workbench export`, and the re-imports of what comes back: a reviewed bilingual DOCX, an XLIFF file. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { TargetLang, type TargetLangT } from '../../core/api/contract.ts';
import { EXPORT_FORMATS, type ExportFormatName } from '../../core/export/formats.ts';
import { LANGUAGE_SHORT } from '../../core/export/labels.ts';
import type { ExportSummary } from '../../core/export/model.ts';
import { assertWritableDestination, writeFileAtomic } from '../../service/atomic-write.ts';
import { requireString, stringOption, usageError, type Command, type CommandContext } from '../command.ts';

function documentIdArg(context: CommandContext, command: string): number {
  const id = Number(context.args[0] ?? usageError(`${command} needs a DOC id`));
  return Number.isSafeInteger(id) && id > 0 ? id : usageError(`${command} needs a DOC id, a positive number`);
}

function langs(value: string | undefined): TargetLangT[] | undefined {
  return value?.split(',').map((lang) => {
    const parsed = TargetLang.safeParse(lang.trim());
    return parsed.success ? parsed.data : usageError(`--lang takes en, zh-Hans or both (en,zh-Hans), not "${lang}"`);
  });
}

function formatOf(context: CommandContext): ExportFormatName {
  const format = stringOption(context, 'format') ?? 'txt';
  return (EXPORT_FORMATS as readonly string[]).includes(format) ? (format as ExportFormatName) : usageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
}

function untranslatedOf(context: CommandContext): 'omit' | 'source' | undefined {
  const value = stringOption(context, 'untranslated');
  if (value === undefined || value === 'omit' || value === 'source') return value;
  return usageError('--untranslated must be omit or source');
}

function summaryText(summary: ExportSummary): string {
  const notes: string[] = [`${summary.written} paragraphs`];
  if (summary.skipped > 0) notes.push(`${summary.skipped} headings or boilerplate left out`);
  if (summary.omitted > 0) notes.push(`${summary.omitted} untranslated paragraphs left out`);
  if (summary.filledWithSource > 0) notes.push(`${summary.filledWithSource} untranslated paragraphs filled with the source text`);
  return notes.join(', ');
}

const fileBase64 = async (path: string) => (await readFile(path)).toString('base64');
const docOption = (context: CommandContext) => {
  const doc = stringOption(context, 'doc');
  return doc === undefined ? undefined : Number(doc);
};

export const exportCommand: Command = {
  name: 'export',
  usage: `export DOC --format F --lang L --out PATH  write document DOC as a file; F is one of
                                       ${EXPORT_FORMATS.join('|')}; L is en or zh-Hans
                                       (bilingual formats: the target columns, default en,zh-Hans;
                                       tmx: the document's confirmed pairs, both targets by default)
      [--untranslated omit|source]     monolingual: leave untranslated paragraphs out, or use the source
      [--with-status] [--with-comments] [--with-boilerplate] [--without-headings]`,
  options: {
    format: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    untranslated: { type: 'string' },
    'with-status': { type: 'boolean' },
    'with-comments': { type: 'boolean' },
    'with-boilerplate': { type: 'boolean' },
    'without-headings': { type: 'boolean' },
  },
  async run(context) {
    const documentId = documentIdArg(context, 'export');
    const out = resolve(requireString(context, 'out', 'export needs --out PATH'));
    const format = formatOf(context);
    const targets = langs(stringOption(context, 'lang'));
    const bilingual = format.startsWith('bilingual');
    // A TMX holds both targets unless one is named.
    const oneLanguage = targets?.length === 1 || (format === 'tmx' && targets === undefined);
    if (!bilingual && !oneLanguage) usageError(`export --format ${format} needs --lang en or --lang zh-Hans`);
    await assertWritableDestination(out);
    const file = await context.backend().api.exportDocument({
      documentId,
      format,
      lang: bilingual ? undefined : targets?.[0],
      targets: bilingual ? targets : undefined,
      untranslated: untranslatedOf(context),
      status: context.options['with-status'] === true,
      comments: context.options['with-comments'] === true,
      boilerplate: context.options['with-boilerplate'] === true,
      headings: context.options['without-headings'] !== true,
    });
    await writeFileAtomic(out, Buffer.from(file.contentBase64, 'base64'));
    context.print({ out, omitted: file.summary.omitted }, `Wrote ${out}: ${summaryText(file.summary)}`);
  },
};

export const importReviewCommand: Command = {
  name: 'import-review',
  usage: `import-review FILE [--doc N] [--apply [--reviewed]]
                                       show what a reviewed bilingual DOCX changes, cell by cell;
                                       --apply writes the changes (--reviewed: marked reviewed)`,
  options: { doc: { type: 'string' }, apply: { type: 'boolean' }, reviewed: { type: 'boolean' } },
  async run(context) {
    const path = context.args[0] ?? usageError('import-review needs a FILE');
    const file = { contentBase64: await fileBase64(path), documentId: docOption(context) };
    const { api } = context.backend();
    const diff = context.options.apply
      ? (await api.applyReviewImport({ ...file, status: context.options.reviewed ? 'reviewed' : 'draft' })).diff
      : await api.previewReviewImport(file);
    const lines = diff.changes.map(
      (c) => `#${c.number} ${LANGUAGE_SHORT[c.lang]}${c.changedSinceExport ? ' (edited here since the export)' : ''}\n  - ${c.before}\n  + ${c.after}`,
    );
    const verb = context.options.apply ? 'Applied' : 'Would apply (use --apply)';
    const head = `${verb} ${diff.changes.length} changed cells of document ${diff.documentId}; ${diff.unchanged} cells unchanged in ${diff.rows} rows`;
    context.print({ ...diff, applied: context.options.apply === true }, [head, ...lines].join('\n'));
  },
};

export const importXliffCommand: Command = {
  name: 'import-xliff',
  usage: `import-xliff FILE [--doc N] [--dry-run]
                                       update target cells from an XLIFF 2.0 or 1.2 file exported here`,
  options: { doc: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  async run(context) {
    const path = context.args[0] ?? usageError('import-xliff needs a FILE');
    const result = await context.backend().api.importXliff({
      contentBase64: await fileBase64(path),
      documentId: docOption(context),
      dryRun: context.options['dry-run'] === true,
    });
    const verb = result.applied ? 'Updated' : 'Would update';
    context.print(result, `${verb} ${result.changes.length} ${result.lang} cells of document ${result.documentId} from XLIFF ${result.version}; ${result.unchanged} units unchanged`);
  },
};
