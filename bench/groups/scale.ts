import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createBackup, restoreBackup } from '../../db/backup.ts';
import { Store } from '../../db/store.ts';
import { startHttpHost } from '../../service/http-host.ts';
import { WorkbenchService } from '../../service/workbench-service.ts';
import type { BenchGroup, Figure } from '../figures.ts';

const PARAGRAPHS = 100_000;
const SEED = resolve(import.meta.dirname, '../../../shared/seed/hk-ai-article.zh-Hant.txt');
const RENDERER = resolve(import.meta.dirname, '../../out/renderer');

async function timed<T>(work: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

/** A 100,000-paragraph document: import, open (backend and UI), search, export, backup and restore. */
export const scaleGroup: BenchGroup = {
  name: 'scale',
  description: `a ${PARAGRAPHS.toLocaleString('en-US')}-paragraph document built from the seed`,
  async run(): Promise<Figure[]> {
    const lines = readFileSync(SEED, 'utf8').split('\n').filter((line) => line.trim() !== '');
    const text = Array.from({ length: PARAGRAPHS }, (_, i) => `${lines[i % lines.length]}(${i + 1})`).join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-scale-'));
    const dbPath = join(dir, 'scale.sqlite');
    let store = Store.open(dbPath);
    let service = new WorkbenchService(store);
    try {
      const [outcome, importMs] = await timed(() =>
        service.importFile({ fileName: 'scale.txt', contentBase64: Buffer.from(text).toString('base64') }),
      );
      const documentId = outcome.documentId;
      const [view, openMs] = await timed(() => service.getDocument({ documentId }));
      const [, searchMs] = await timed(() =>
        service.previewReplace({ documentId, find: '人工智能', replace: 'AI', caseSensitive: false, wholeWord: false, regex: false, langs: ['zh-Hans'] }),
      );
      const [, htmlMs] = await timed(() => service.exportDocument({ documentId, format: 'bilingual-html', untranslated: 'omit' }));
      const [, txtMs] = await timed(() => service.exportDocument({ documentId, format: 'txt', lang: 'zh-Hans', untranslated: 'source' }));

      const host = await startHttpHost(service, RENDERER);
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
      const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
      const [, uiOpenMs] = await timed(async () => {
        await page.goto(host.url);
        await page.locator('[data-testid="paragraph"] textarea').first().waitFor({ timeout: 120_000 });
      });
      const rendered = await page.locator('[data-testid="paragraph"]').count();
      await browser.close();
      await host.close();

      store.close();
      const [backup, backupMs] = await timed(() => createBackup(dbPath, 'manual'));
      const [, restoreMs] = await timed(() => restoreBackup(dbPath, backup));
      store = Store.open(dbPath);
      service = new WorkbenchService(store);
      return [
        { name: 'scale.paragraphs', value: view.paragraphs.length, unit: 'paragraphs' },
        { name: 'scale.import', value: importMs, unit: 'ms' },
        { name: 'scale.open.backend', value: openMs, unit: 'ms' },
        { name: 'scale.open.ui_to_interactive', value: uiOpenMs, unit: 'ms' },
        { name: 'scale.open.rows_in_dom', value: rendered, unit: 'rows' },
        { name: 'scale.search_targets', value: searchMs, unit: 'ms' },
        { name: 'scale.export.bilingual_html', value: htmlMs, unit: 'ms' },
        { name: 'scale.export.txt', value: txtMs, unit: 'ms' },
        { name: 'scale.database_size', value: statSync(dbPath).size / 1024 / 1024, unit: 'MB' },
        { name: 'scale.backup', value: backupMs, unit: 'ms' },
        { name: 'scale.restore', value: restoreMs, unit: 'ms' },
      ];
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
