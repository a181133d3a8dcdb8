/**
 * Takes the screenshots in docs/: the seed article with a few paragraphs translated and the
 * TM panel showing a match, in the light and the dark theme. Needs `npm run build` and
 * ../shared. Run: node scripts/screenshots.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { Store } from '../db/store.ts';
import { startHttpHost } from '../service/http-host.ts';
import { WorkbenchService } from '../service/workbench-service.ts';

const root = resolve(import.meta.dirname, '..');
const seed = readFileSync(resolve(root, '../shared/seed/hk-ai-article.zh-Hant.txt'), 'utf8');
const ENGLISH: Record<number, string> = {
  2: '[Contribution] Tou Haiming: How can Hong Kong "spread its wings" in artificial intelligence?',
  6: 'Recently, a video of robots dancing went viral online: practising martial arts, dancing… the robots moved nimbly, every "steel muscle" precisely controlled.',
  7: 'During this year’s Two Sessions, artificial intelligence was a hot topic among NPC deputies and CPPCC members.',
};

const dir = mkdtempSync(join(tmpdir(), 'workbench-shots-'));
const store = Store.open(join(dir, 'shots.sqlite'));
const service = new WorkbenchService(store);
const seedFile = { fileName: 'hk-ai-article.txt', contentBase64: Buffer.from(seed).toString('base64') };
const earlier = await service.importFile({ ...seedFile, title: '來論:香港如何在人工智能領域大展拳腳(初稿)' });
const earlierIds = service.getDocument({ documentId: earlier.documentId }).paragraphs.map((p) => p.id);
for (const [n, text] of Object.entries(ENGLISH)) {
  const paragraphId = earlierIds[Number(n) - 1]!;
  service.saveTarget({ paragraphId, lang: 'en', text });
  service.confirmTarget({ paragraphId, lang: 'en' });
}
const current = await service.importFile({ ...seedFile, title: '來論:香港如何在人工智能領域大展拳腳' });
const ids = service.getDocument({ documentId: current.documentId }).paragraphs.map((p) => p.id);
for (const n of [2, 6]) {
  service.saveTarget({ paragraphId: ids[n - 1]!, lang: 'en', text: ENGLISH[n]! });
  service.confirmTarget({ paragraphId: ids[n - 1]!, lang: 'en' });
}

const host = await startHttpHost(service, resolve(root, 'out/renderer'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const theme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 }, colorScheme: theme });
  await page.goto(host.url);
  await page.locator('.document').nth(1).click();
  await page.locator('[data-testid="paragraph"][aria-rowindex="8"] textarea[lang="en"]').focus();
  await page.getByTestId('tm-match').first().waitFor();
  const file = resolve(root, `docs/workbench-${theme}.png`);
  await page.screenshot({ path: file });
  console.log(`Wrote ${file}`);
  await page.close();
}
await browser.close();
await host.close();
store.close();
rmSync(dir, { recursive: true, force: true });
