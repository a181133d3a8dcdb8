import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MethodInput } from '../../core/api/contract.ts';
import { numberOption, stringOption, usageError, type Command } from '../command.ts';

const MAX_WARNINGS_SHOWN = 10;

export const importCommand: Command = {
  name: 'import',
  usage: `import FILE [--title T] [--encoding E] [--format F] [--project ID]
                                       import a text, Markdown, HTML or DOCX file as a new document
                                       (into project ID, else the first project);
                                       E overrides the detected encoding (utf-8, big5-hkscs, gb18030…),
                                       F the detected format (text, markdown, html, docx)`,
  options: { title: { type: 'string' }, encoding: { type: 'string' }, format: { type: 'string' }, project: { type: 'string' } },
  async run(context) {
    const file = context.args[0] ?? usageError('import needs a FILE');
    const bytes = await readFile(file);
    // The strings go to the contract as they are: it validates them and names a bad value.
    const request = {
      fileName: basename(file),
      contentBase64: bytes.toString('base64'),
      title: stringOption(context, 'title'),
      encoding: stringOption(context, 'encoding'),
      format: stringOption(context, 'format'),
      projectId: numberOption(context, 'project', 'a project ID'),
    } as MethodInput<'importFile'>;
    const outcome = await context.backend().api.importFile(request);
    const { heading, body, caption, boilerplate } = outcome.counts;
    const confidence = outcome.encoding === null ? '' : ` (confidence ${outcome.encodingConfidence.toFixed(2)})`;
    const lines = [
      `Imported "${outcome.title}" as document ${outcome.documentId}`,
      `  format: ${outcome.format}   encoding: ${outcome.encoding ?? 'declared by the file'}${confidence}`,
      `  paragraphs: ${outcome.paragraphCount} (heading ${heading}, body ${body}, caption ${caption}, boilerplate ${boilerplate}; boilerplate excluded by default)`,
      `  warnings: ${outcome.warningCount}`,
      ...outcome.warnings.slice(0, MAX_WARNINGS_SHOWN).map((w) => `    line ${w.line}, column ${w.column}: ${w.message}`),
      ...(outcome.warningCount > MAX_WARNINGS_SHOWN ? [`    … and ${outcome.warningCount - MAX_WARNINGS_SHOWN} more`] : []),
    ];
    context.print(outcome, lines.join('\n'));
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
