import { WorkbenchError } from '../errors.ts';
import { checkVocabularyPair, type VocabularyEntry } from './vocabulary.ts';

/**
 * Reads a vocabulary file: one `traditional<TAB>simplified` pair per line, UTF-8.
 * Blank lines and lines starting with # are skipped, so a list can carry its own notes.
 * A bad line is refused with its line number rather than skipped: a silently dropped
 * entry would change a whole batch without anyone noticing.
 */
export function parseVocabularyTsv(text: string): VocabularyEntry[] {
  const entries: VocabularyEntry[] = [];
  const firstLine = new Map<string, number>();
  text.replace(/^\ufeff/u, '').split(/\r?\n/u).forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '' || line.startsWith('#')) return;
    const columns = line.split('\t');
    if (columns.length !== 2) {
      throw new WorkbenchError('MALFORMED_FILE', `Vocabulary line ${lineNumber}: expected "traditional<TAB>simplified", found ${columns.length} column(s)`);
    }
    let pair: VocabularyEntry;
    try {
      pair = checkVocabularyPair(columns[0] ?? '', columns[1] ?? '');
    } catch (error) {
      throw new WorkbenchError('MALFORMED_FILE', `Vocabulary line ${lineNumber}: ${(error as Error).message}`);
    }
    const earlier = firstLine.get(pair.traditional);
    if (earlier !== undefined) {
      throw new WorkbenchError('MALFORMED_FILE', `Vocabulary line ${lineNumber}: "${pair.traditional}" is already listed on line ${earlier}`);
    }
    firstLine.set(pair.traditional, lineNumber);
    entries.push(pair);
  });
  return entries;
}
