/** `workbench qa DOC`: the document's QA issues, or its report as CSV or HTML; exits 1 while errors remain, for scripts. */
import { resolve } from 'node:path';
import type { MethodResult } from '../../core/api/contract.ts';
import { LANGUAGE_SHORT } from '../../core/export/labels.ts';
import { QA_LANGUAGES, qaText, type QaLanguage } from '../../core/qa/messages.ts';
import { assertWritableDestination, writeFileAtomic } from '../../service/atomic-write.ts';
import { choiceOption, idArgument, plural, stringOption, usageError, type Command } from '../command.ts';

type QaCounts = MethodResult<'checkDocument'>['counts'];

const FORMATS = ['csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

function summary(counts: QaCounts): string {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'note')];
  return parts.join(', ') + (counts.ignored > 0 ? `, ${counts.ignored} ignored` : '');
}

export const qaCommand: Command = {
  name: 'qa',
  usage: `qa DOC [--format csv|html] [--out PATH] [--language ${QA_LANGUAGES.join('|')}]
                                       check document DOC (numbers, punctuation, terms, consistency…);
                                       --format writes the report (to PATH, else to standard output);
                                       --language words the findings and the report (default en);
                                       exits 1 while errors that are not ignored remain`,
  options: { format: { type: 'string' }, out: { type: 'string' }, language: { type: 'string' } },
  async run(context) {
    const documentId = idArgument(context.args[0], 'qa needs a DOC id');
    const format: Format | undefined = choiceOption(context, 'format', FORMATS);
    const language: QaLanguage = choiceOption(context, 'language', QA_LANGUAGES) ?? 'en';
    const out = stringOption(context, 'out');
    if (out !== undefined && format === undefined) usageError('--out needs --format csv or html');
    const { api } = context.backend();

    let counts: QaCounts;
    if (format === undefined) {
      const qa = await api.checkDocument({ documentId });
      counts = qa.counts;
      const lines = qa.findings
        .filter((f) => !f.ignored)
        .map((f) => `#${f.position + 1} ${LANGUAGE_SHORT[f.lang]}\t${f.severity}\t${f.check}\t${qaText(f, language)}`);
      context.print(qa, [...lines, `Document ${documentId} "${qa.title}": ${summary(counts)}`].join('\n'));
    } else {
      const report = await api.qaReport({ documentId, format, language });
      counts = report.counts;
      const bytes = Buffer.from(report.contentBase64, 'base64');
      if (out === undefined) process.stdout.write(bytes);
      else {
        const path = resolve(out);
        await assertWritableDestination(path);
        await writeFileAtomic(path, bytes);
        context.print({ out: path, counts }, `Wrote ${path}: ${summary(counts)}`);
      }
    }
    // Scripts (a pre-publication hook) branch on the exit status.
    if (counts.error > 0) process.exitCode = 1;
  },
};
