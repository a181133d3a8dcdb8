import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { toSimplified } from '../../core/convert.ts';
import { Store } from '../../db/store.ts';
import { WorkbenchService } from '../../service/workbench-service.ts';
import { percentile, peakRssMb, timeEach, type BenchGroup, type Figure } from '../figures.ts';

const SEED = resolve(import.meta.dirname, '../../../shared/seed/hk-ai-article.zh-Hant.txt');
const COPIES = 200;

/** The foundation slice: importing text, drafting Simplified, saving cells and exact TM lookups. */
export const sliceGroup: BenchGroup = {
  name: 'slice',
  description: `seed article × ${COPIES}: import, conversion, cell saves, exact TM lookups`,
  async run(): Promise<Figure[]> {
    const seed = readFileSync(SEED, 'utf8');
    const text = Array.from({ length: COPIES }, () => seed).join('\n');
    const chars = [...text].length;
    const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-'));
    const store = Store.open(join(dir, 'bench.sqlite'));
    const service = new WorkbenchService(store);
    try {
      let start = performance.now();
      const doc = service.importText({ title: 'bench', text });
      const importSeconds = (performance.now() - start) / 1000;

      start = performance.now();
      toSimplified(text);
      const appConvert = chars / ((performance.now() - start) / 1000);
      const bare = OpenCC.Converter({ from: 'hk', to: 'cn' });
      start = performance.now();
      bare(text);
      const bareConvert = chars / ((performance.now() - start) / 1000);

      const paragraphs = service.getDocument({ documentId: doc.id }).paragraphs;
      const sample = paragraphs.filter((_, i) => i % 20 === 0);
      const saves = timeEach(sample, (p) => service.saveTarget({ paragraphId: p.id, lang: 'en', text: `Draft ${p.id}` }));
      for (const p of sample) service.confirmTarget({ paragraphId: p.id, lang: 'en' });
      const lookups = timeEach(paragraphs.slice(0, 300), (p) => service.findTmMatches({ paragraphId: p.id }));

      return [
        { name: 'slice.import.paragraphs_per_s', value: doc.paragraphCount / importSeconds, unit: 'paragraphs/s' },
        { name: 'slice.import.mb_per_s', value: Buffer.byteLength(text) / 1e6 / importSeconds, unit: 'MB/s' },
        { name: 'slice.convert.app_chars_per_s', value: appConvert, unit: 'chars/s' },
        { name: 'slice.convert.bare_opencc_chars_per_s', value: bareConvert, unit: 'chars/s' },
        { name: 'slice.convert.app_vs_bare', value: appConvert / bareConvert, unit: 'ratio' },
        { name: 'slice.save_cell.p50', value: percentile(saves, 50), unit: 'ms' },
        { name: 'slice.save_cell.p95', value: percentile(saves, 95), unit: 'ms' },
        { name: 'slice.tm_exact.p95', value: percentile(lookups, 95), unit: 'ms' },
        { name: 'slice.peak_rss', value: peakRssMb(), unit: 'MB' },
      ];
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
