/** `workbench qa DOC`: the document's QA issues, or its report as CSV or HTML; exits 1 while errors remain, for scripts. */
import { resolve } from 'node:path';
import { LANGUAGE_SHORT } from '../../core/export/labels.ts';
import { assertWritableDestination, writeFileAtomic } from '../../service/atomic-write.ts';
import { checkDocument, qaReport, type DocumentQa, type QaReportFormat } from '../../service/qa.ts';
import { stringOption, usageError, type Command } from '../command.ts';

const FORMATS: readonly QaReportFormat[] = ['csv', 'html'];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summary(counts: DocumentQa['counts']): string {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'note')];
  return parts.join(', ') + (counts.ignored > 0 ? `, ${counts.ignored} ignored` : '');
}

export const qaCommand: Command = {
  name: 'qa',
  usage: `qa DOC [--format csv|html] [--out PATH]
                                       check document DOC (numbers, punctuation, terms, consistency…);
                                       --format writes the report (to PATH, else to standard output);
                                       exits 1 while errors that are not ignored remain`,
  options: { format: { type: 'string' }, out: { type: 'string' } },
  async run(context) {
    const documentId = Number(context.args[0] ?? usageError('qa needs a DOC id'));
    if (!Number.isSafeInteger(documentId) || documentId <= 0) usageError('qa needs a DOC id, a positive number');
    const format = stringOption(context, 'format');
    if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) usageError('--format must be csv or html');
    const out = stringOption(context, 'out');
    if (out !== undefined && format === undefined) usageError('--out needs --format csv or html');
    const { store } = context.backend();
    const now = new Date().toISOString();

    let counts: DocumentQa['counts'];
    if (format === undefined) {
      const qa = checkDocument(store, documentId);
      counts = qa.counts;
      const lines = qa.findings
        .filter((f) => !f.ignored)
        .map((f) => `#${f.position + 1} ${LANGUAGE_SHORT[f.lang]}\t${f.severity}\t${f.check}\t${f.message}`);
      context.print(qa, [...lines, `Document ${documentId} "${qa.title}": ${summary(counts)}`].join('\n'));
    } else {
      const report = qaReport(store, documentId, format as QaReportFormat, now);
      counts = report.counts;
      if (out === undefined) process.stdout.write(report.text);
      else {
        const path = resolve(out);
        await assertWritableDestination(path);
        await writeFileAtomic(path, report.text);
        context.print({ out: path, counts }, `Wrote ${path}: ${summary(counts)}`);
      }
    }
    // Scripts (a pre-publication hook) branch on the exit status.
    if (counts.error > 0) process.exitCode = 1;
  },
};
