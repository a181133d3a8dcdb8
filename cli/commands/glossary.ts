/** `workbench glossary import|export|list`: the termbase as CSV, TSV or TBX files. */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { assertWritableDestination, writeFileAtomic } from '../../service/atomic-write.ts';
import { GLOSSARY_FORMATS, type GlossaryFormat } from '../../service/glossary.ts';
import { stringOption, usageError, type Command, type CommandContext } from '../command.ts';

/** --project ID, or the global glossary. */
function projectOf(context: CommandContext): number | null {
  const value = stringOption(context, 'project');
  if (value === undefined) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : usageError(`--project needs a project id, not "${value}"`);
}

/** --format, else the file's extension; undefined lets the import look at the content. */
function formatOf(context: CommandContext, file: string): GlossaryFormat | undefined {
  const named = stringOption(context, 'format') ?? extname(file).slice(1).toLowerCase();
  if ((GLOSSARY_FORMATS as readonly string[]).includes(named)) return named as GlossaryFormat;
  if (stringOption(context, 'format') !== undefined) usageError(`--format must be one of ${GLOSSARY_FORMATS.join(', ')}`);
  return undefined;
}

const scopeName = (projectId: number | null) => (projectId === null ? 'the global glossary' : `project ${projectId}'s glossary`);

const subcommands: Record<string, (context: CommandContext, args: string[]) => Promise<void>> = {
  async import(context, [file]) {
    if (!file) usageError('glossary import needs a FILE');
    const projectId = projectOf(context);
    const contentBase64 = (await readFile(file)).toString('base64');
    const result = await context.backend().api.importGlossary({ contentBase64, projectId, format: formatOf(context, file) });
    const lines = [
      `Imported into ${scopeName(projectId)}: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged`,
      ...result.skipped.map((s) => `  skipped ${s.at}: ${s.reason}`),
    ];
    context.print(result, lines.join('\n'));
  },
  async export(context) {
    const out = resolve(stringOption(context, 'out') ?? usageError('glossary export needs --out PATH'));
    const projectId = projectOf(context);
    await assertWritableDestination(out);
    const file = await context.backend().api.exportGlossary({ projectId, format: formatOf(context, out) ?? 'csv' });
    await writeFileAtomic(out, Buffer.from(file.contentBase64, 'base64'));
    context.print({ out }, `Wrote ${scopeName(projectId)} to ${out}`);
  },
  async list(context) {
    const entries = await context.backend().api.listGlossary({ projectId: stringOption(context, 'project') === undefined ? undefined : projectOf(context) });
    const lines = entries.map((e) => [e.id, e.projectId ?? 'global', e.zhHant, e.en, e.zhHans, e.forbidden ? 'forbidden' : ''].join('\t'));
    context.print(entries, lines.length > 0 ? lines.join('\n') : 'The glossary is empty');
  },
};

export const glossaryCommand: Command = {
  name: 'glossary',
  usage: `glossary import FILE | export --out PATH | list  [--project ID] [--format csv|tsv|tbx]
                                       the termbase: CSV, TSV (Excel layouts) or TBX-Basic in and out;
                                       without --project, the global glossary (list: every entry)`,
  options: { project: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  async run(context) {
    const [sub, ...args] = context.args;
    const handler = sub === undefined ? undefined : subcommands[sub];
    if (!handler) usageError(`glossary needs one of: ${Object.keys(subcommands).join(', ')}`);
    await handler(context, args);
  },
};
