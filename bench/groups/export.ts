import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ExportRequest } from '../../core/export/export.ts';
import { toSimplified } from '../../core/convert.ts';
import { splitParagraphs } from '../../core/text.ts';
import { Store } from '../../db/store.ts';
import { exportToBytes, previewReviewImport } from '../../service/export.ts';
import { peakRssMb, type BenchGroup, type Figure } from '../figures.ts';

const SEED = resolve(import.meta.dirname, '../../../shared/seed/hk-ai-article.zh-Hant.txt');
const PARAGRAPHS = 5_000;

/** A 5,000-paragraph document: the seed's paragraphs over and over, every fifth a heading, English on every other one. */
function createDocument(store: Store): number {
  const seed = splitParagraphs(readFileSync(SEED, 'utf8'));
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => {
    const source = seed[i % seed.length]!;
    return { source, kind: i % 5 === 0 ? ('heading' as const) : ('body' as const), zhHansDraft: toSimplified(source) };
  });
  const now = new Date().toISOString();
  const documentId = store.documents.create('bench', paragraphs, now);
  store.transaction(() => {
    for (const [i, p] of store.documents.paragraphsOf(documentId).entries()) {
      if (i % 2 === 0) store.targets.write(p.id, 'en', { text: `English draft of paragraph ${i + 1}, long enough to wrap in its cell.`, status: 'draft', updatedAt: now });
    }
  });
  return documentId;
}

/** Exports to bilingual HTML and DOCX (and reads the DOCX back as a reviewed file), with the time and the process's peak memory after each. */
export const exportGroup: BenchGroup = {
  name: 'export',
  description: `a generated ${PARAGRAPHS.toLocaleString('en-US')}-paragraph document: bilingual HTML and DOCX export, review re-import`,
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-'));
    const store = Store.open(join(dir, 'bench.sqlite'));
    try {
      const documentId = createDocument(store);
      const figures: Figure[] = [];
      const timed = async (name: string, request: ExportRequest) => {
        const start = performance.now();
        const file = await exportToBytes(store, documentId, request);
        figures.push({ name: `export.${name}.seconds`, value: (performance.now() - start) / 1000, unit: 's' });
        figures.push({ name: `export.${name}.size`, value: file.bytes.length / 1e6, unit: 'MB' });
        figures.push({ name: `export.${name}.peak_rss_after`, value: peakRssMb(), unit: 'MB' });
        return file.bytes;
      };
      await timed('bilingual_html', { format: 'bilingual-html', status: true });
      const docx = await timed('bilingual_docx', { format: 'bilingual-docx', status: true });
      const start = performance.now();
      const diff = previewReviewImport(store, docx, documentId);
      figures.push({ name: 'export.review_preview.seconds', value: (performance.now() - start) / 1000, unit: 's' });
      figures.push({ name: 'export.review_preview.rows', value: diff.rows, unit: 'rows' });
      return figures;
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
