import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { Store } from '../../db/store.ts';
import { startHttpHost } from '../../service/http-host.ts';
import { WorkbenchService } from '../../service/workbench-service.ts';
import { percentile, type BenchGroup, type Figure } from '../figures.ts';

const PARAGRAPHS = 5000;
const RENDERER = resolve(import.meta.dirname, '../../out/renderer');

/** In-page probes: the time from an input or key event to the next animation frame (the paint). */
const PROBES = `
  window.__paint = [];
  window.__jump = [];
  document.addEventListener('input', () => {
    const start = performance.now();
    requestAnimationFrame(() => window.__paint.push(performance.now() - start));
  }, true);
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey && event.shiftKey && event.key === 'Enter')) return;
    const start = performance.now();
    const before = document.activeElement;
    const wait = () => (document.activeElement !== before ? window.__jump.push(performance.now() - start) : requestAnimationFrame(wait));
    requestAnimationFrame(wait);
  }, true);
`;

/** The editor in headless Chromium over a generated 5,000-paragraph document. */
export const uiGroup: BenchGroup = {
  name: 'ui',
  description: `headless Chromium, ${PARAGRAPHS.toLocaleString('en-US')}-paragraph document`,
  async run(): Promise<Figure[]> {
    if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('Run "npm run build" first: the UI benchmark needs the built renderer');
    const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-ui-'));
    const store = Store.open(join(dir, 'ui.sqlite'));
    const service = new WorkbenchService(store);
    const text = Array.from({ length: PARAGRAPHS }, (_, i) => `第${i + 1}段:特區政府今日公佈新一輪措施,以推動人工智能產業發展。`).join('\n');
    const { id } = service.importText({ title: 'bench', text });
    const ids = service.getDocument({ documentId: id }).paragraphs.map((p) => p.id);
    // Every third paragraph is already translated, so "next untranslated" has to skip.
    for (const pid of ids.filter((_, i) => i % 3 === 0)) {
      service.saveTarget({ paragraphId: pid, lang: 'en', text: 'Done.' });
      service.confirmTarget({ paragraphId: pid, lang: 'en' });
    }
    const host = await startHttpHost(service, RENDERER);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
      await page.addInitScript(PROBES);
      const start = performance.now();
      await page.goto(host.url);
      await page.locator('[data-testid="paragraph"] textarea').first().waitFor();
      const openMs = performance.now() - start;

      // Type in a cell in the middle of the document.
      await page.locator('.grid-body').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
      const middle = page.locator('[data-testid="paragraph"] textarea[lang="en"]').nth(3);
      await middle.click();
      await page.keyboard.type('The SAR Government announced a new round of measures today. '.repeat(2), { delay: 15 });
      const paint = (await page.evaluate('window.__paint')) as number[];

      await page.locator('[data-testid="paragraph"] textarea[lang="en"]').first().focus();
      for (let i = 0; i < 60; i += 1) await page.keyboard.press('Control+Shift+Enter');
      await page.waitForTimeout(200);
      const jumps = (await page.evaluate('window.__jump')) as number[];

      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      paint.sort((a, b) => a - b);
      jumps.sort((a, b) => a - b);
      return [
        { name: 'ui.open_to_interactive', value: openMs, unit: 'ms' },
        { name: 'ui.keystroke_to_paint.p50', value: percentile(paint, 50), unit: 'ms' },
        { name: 'ui.keystroke_to_paint.p95', value: percentile(paint, 95), unit: 'ms' },
        { name: 'ui.keystrokes_measured', value: paint.length, unit: 'keys' },
        { name: 'ui.next_untranslated.p95', value: percentile(jumps, 95), unit: 'ms' },
        { name: 'ui.next_untranslated_measured', value: jumps.length, unit: 'jumps' },
        { name: 'ui.renderer_js_heap', value: heap / 1024 / 1024, unit: 'MB' },
        { name: 'ui.dom_elements', value: nodes, unit: 'elements' },
      ];
    } finally {
      await browser.close();
      await host.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
