import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { SEED_PATH, sharedAvailable } from '../support/shared-data.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

const hasSeed = sharedAvailable(SEED_PATH);

/** Cantonese with characters only Big5-HKSCS holds (㗎, 嘅, 咗, 冇, 啲…), in three paragraphs. */
const CAFE = ['港式茶餐廳的故事', '我哋今日去咗茶餐廳食嘢,啲奶茶好好飲㗎。', '佢話冇問題,下次再嚟。'];

const HOSTILE_HTML = `<!doctype html><html><head><title>Hostile</title>
<script>alert(1)</script><style>body { background: url(http://192.0.2.10/bg.png) }</style>
<link rel="stylesheet" href="http://192.0.2.10/site.css"></head><body>
<h1>惡意網頁測試</h1>
<p>第一段文字<img src=x onerror=alert(2)>繼續。</p>
<p>請<a href="javascript:alert(3)">按這裏</a>閱讀全文。</p>
<p>字面標籤:&lt;img src=x onerror=alert(4)&gt;</p>
<p><img src="http://192.0.2.10/pixel.png" alt="">追蹤像素之後的文字。</p>
<iframe src="http://192.0.2.10/frame.html"></iframe>
<script>alert(5)</script>
</body></html>`;

/** Writes the page to SCREENSHOT_DIR when it is set, to look at the dialogs and the grid. */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `import-${name}.png`) });
}

const base64 = (path: string) => readFileSync(path).toString('base64');

describe('import and paragraph edits in headless Chromium against a real SQLite file', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  async function withPage(run: (wb: WorkbenchPage, dir: string) => Promise<void>): Promise<void> {
    const dir = tempDir();
    const wb = await WorkbenchPage.open(browser(), dir);
    try {
      await run(wb, dir);
      expect(wb.escapes).toEqual([]);
    } finally {
      await wb.close();
    }
  }

  /** The open document as the backend stores it (the last one imported). */
  async function storedDocument(wb: WorkbenchPage) {
    const documents = await wb.backend.api.listDocuments({});
    return wb.backend.api.getDocument({ documentId: documents.at(-1)!.id });
  }

  const sources = (page: Page) => page.getByTestId('source').allTextContents();
  const previewTexts = (page: Page) => page.locator('[data-testid="preview-paragraph"] .text').allTextContents();

  it.skipIf(!hasSeed)('imports the seed through the dialog: kinds in the preview, boilerplate excluded, headings styled', async () => {
    await withPage(async (wb) => {
      const { page } = wb;
      const expected = await wb.backend.api.previewImport({ fileName: 'hk-ai-article.zh-Hant.txt', contentBase64: base64(SEED_PATH) });
      await wb.openImportDialog(SEED_PATH);
      const dialog = page.getByRole('dialog');
      expect(await page.getByTestId('detected-encoding').getAttribute('data-encoding')).toBe('utf-8');
      expect(await page.getByTestId('detected-encoding').textContent()).toContain('UTF-8, 100% confidence');
      const counts = await page.getByTestId('import-counts').textContent();
      expect(counts).toContain(`${expected.paragraphCount} paragraphs`);
      for (const [kind, count] of Object.entries(expected.counts)) {
        expect(await page.locator(`[data-testid="import-counts"] [data-kind="${kind}"]`).textContent()).toMatch(new RegExp(` ${count}$`));
      }
      // The issue's own examples of each kind, as the preview labels them.
      const kindOf = (text: string) => page.locator('[data-testid="preview-paragraph"]', { hasText: text }).first().getAttribute('data-kind');
      expect(await kindOf('首頁 -> 評論 ->來論')).toBe('boilerplate');
      expect(await kindOf('認清優勢和短板,把握創新方向')).toBe('heading');
      expect(await kindOf('香港中通社圖片')).toBe('caption');
      expect(await kindOf('近日,一段機器人熱舞視頻')).toBe('body');
      expect(await page.getByTestId('import-title').inputValue()).toBe(expected.title);
      expect(await dialog.getByTestId('import-warnings').count()).toBe(0);
      await shot(page, 'seed-dialog');

      await page.getByTestId('import-confirm').click();
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => page.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(expected.paragraphCount + 1));
      expect(await page.locator('.document.active .title').textContent()).toBe(expected.title);
      expect(await page.getByTestId('document-origin').textContent()).toBe('Imported from Plain text, UTF-8');

      // Boilerplate is excluded and says so; headings are bold; body text is neither.
      const breadcrumb = wb.row(1);
      expect(await breadcrumb.getAttribute('class')).toContain('excluded');
      expect(await breadcrumb.getByTestId('excluded-badge').textContent()).toBe('Excluded');
      expect(await breadcrumb.getByTestId('source').textContent()).toBe('首頁 -> 評論 ->來論');
      expect(await wb.row(2).getByTestId('source').evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
      expect(await wb.row(6).getByTestId('source').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      expect(await breadcrumb.getByTestId('source').evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(1);
      expect(await wb.row(6).getByTestId('excluded-badge').count()).toBe(0);
      await shot(page, 'seed-grid');

      // One click includes the boilerplate again, and it is stored.
      const toggle = page.getByTestId('include-boilerplate');
      expect(await page.locator('.document-bar label').textContent()).toContain(`Include boilerplate (${expected.counts.boilerplate})`);
      await toggle.check();
      await expect.poll(() => breadcrumb.getByTestId('excluded-badge').count()).toBe(0);
      expect((await storedDocument(wb)).settings.includeBoilerplate).toBe(true);
      await toggle.uncheck();
      await expect.poll(() => breadcrumb.getByTestId('excluded-badge').count()).toBe(1);

      // From the keyboard: Shift+Tab from the active cell reaches the row's menu, a few stops back.
      await wb.cell(6, 'en').focus();
      const trigger = wb.row(6).getByTestId('paragraph-actions');
      for (let stop = 0; stop < 4 && !(await trigger.evaluate((el) => el === document.activeElement)); stop += 1) {
        await page.keyboard.press('Shift+Tab');
      }
      expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      const exclude = page.getByRole('menuitem', { name: 'Exclude from translation' });
      await exclude.waitFor();
      // Without a caret in the source, Split is unavailable, so focus starts on Merge.
      expect(await page.getByRole('menuitem', { name: 'Split here' }).getAttribute('aria-disabled')).toBe('true');
      await shot(page, 'row-menu');
      await page.keyboard.press('ArrowDown');
      expect(await exclude.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => wb.row(6).getByTestId('excluded-badge').count()).toBe(1);
      expect((await storedDocument(wb)).paragraphs[5]!.included).toBe(false);

      await page.getByTestId('undo-paragraph-edit').click();
      await expect.poll(() => wb.row(6).getByTestId('excluded-badge').count()).toBe(0);
      expect((await storedDocument(wb)).paragraphs[5]!.included).toBe(true);
    });
  });

  it('detects Big5-HKSCS, and an encoding override re-runs the preview and is used for the import', async () => {
    await withPage(async (wb, dir) => {
      const { page } = wb;
      const path = join(dir, 'cafe.txt');
      const bytes = iconv.encode(`${CAFE.join('\n\n')}\n`, 'big5hkscs');
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      writeFileSync(path, bytes);

      await wb.openImportDialog(path);
      const detected = page.getByTestId('detected-encoding');
      expect(await detected.getAttribute('data-encoding')).toBe('big5-hkscs');
      expect(await detected.textContent()).toContain('Big5-HKSCS (Hong Kong)');
      expect(await previewTexts(page)).toEqual(CAFE);
      expect(await page.getByTestId('import-warnings').count()).toBe(0);

      // Read as GB18030 the same bytes are other characters, some in the private-use area.
      const asGb = await wb.backend.api.previewImport({ fileName: 'cafe.txt', contentBase64: base64(path), encoding: 'gb18030' });
      const firstWarning = asGb.warnings[0]!;
      await page.getByTestId('import-encoding').selectOption('gb18030');
      await expect.poll(() => previewTexts(page)).toEqual(asGb.paragraphs.map((p) => p.source));
      expect(asGb.paragraphs[1]!.source).not.toBe(CAFE[1]);
      const warnings = await page.getByTestId('import-warnings').textContent();
      expect(warnings).toContain(`Characters to check: ${asGb.warningCount}`);
      expect(warnings).toContain(`Line ${firstWarning.line}, column ${firstWarning.column}`);
      expect(warnings).toContain(`U+${firstWarning.codePoint.toString(16).toUpperCase()}`);
      expect(await page.locator('.import-options').textContent()).toContain('Chosen by you: GB18030');
      await shot(page, 'big5-as-gb18030');

      await page.getByTestId('import-encoding').selectOption('');
      await expect.poll(() => previewTexts(page)).toEqual(CAFE);

      // The override the user leaves in place is the one the import uses.
      await page.getByTestId('import-encoding').selectOption('gb18030');
      await expect.poll(() => page.getByTestId('import-warnings').count()).toBe(1);
      await page.getByTestId('import-title').fill('茶餐廳(GB18030 讀法)');
      await page.getByTestId('import-confirm').click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      const stored = await storedDocument(wb);
      expect(stored.settings.encoding).toBe('gb18030');
      expect(stored.document.title).toBe('茶餐廳(GB18030 讀法)');
      expect(stored.paragraphs.map((p) => p.source)).toEqual(asGb.paragraphs.map((p) => p.source));
      await expect.poll(() => sources(page)).toEqual(asGb.paragraphs.map((p) => p.source));
    });
  });

  it('imports hostile HTML as text only: no script runs and nothing is loaded', async () => {
    await withPage(async (wb) => {
      const { page } = wb;
      await page.evaluate(() => {
        const seen: string[] = [];
        Object.assign(window, { cspViolations: seen });
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const expected = ['惡意網頁測試', '第一段文字繼續。', '請按這裏閱讀全文。', '字面標籤:<img src=x onerror=alert(4)>', '追蹤像素之後的文字。'];

      // Dropped on the window, as a saved page would be: the drop opens the import dialog.
      await page.evaluate((html) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([html], 'hostile.html', { type: 'text/html' }));
        document.querySelector('.app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, HOSTILE_HTML);
      await page.getByTestId('import-preview').waitFor();
      expect(await page.getByTestId('import-file-name').textContent()).toBe('hostile.html');
      expect(await page.locator('.import-options').textContent()).toContain('Automatic (HTML (web page))');
      expect(await previewTexts(page)).toEqual(expected);
      expect(await page.locator('[data-testid="import-preview"] :is(img, script, iframe, a, link, style)').count()).toBe(0);
      await page.getByTestId('import-confirm').click();
      await expect.poll(() => sources(page)).toEqual(expected);

      const markup = await page.evaluate(() => ({
        grid: document.querySelectorAll('[role="grid"] :is(img, script, iframe, a, link, style)').length,
        sourceChildren: [...document.querySelectorAll('[data-testid="source"]')].reduce((n, el) => n + el.children.length, 0),
      }));
      expect(markup).toEqual({ grid: 0, sourceChildren: 0 });
      // Give an injected onerror or a delayed script the time it would need.
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(wb.escapes).toEqual([]);
    });
  });

  it('pastes clipboard HTML as a formatted document, and plain text as text', async () => {
    await withPage(async (wb) => {
      const { page } = wb;
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: wb.host.url });
      const copy = (items: Record<string, string>) =>
        page.evaluate(async (data) => {
          const blobs = Object.fromEntries(Object.entries(data).map(([type, text]) => [type, new Blob([text], { type })]));
          await navigator.clipboard.write([new ClipboardItem(blobs)]);
        }, items);
      const pasteInto = async () => {
        await page.getByTestId('paste-open').click();
        await page.getByTestId('paste-text').focus();
        await page.keyboard.press('Control+V');
      };

      await copy({
        'text/html': '<h2>香港天文台發出酷熱天氣警告</h2><ul><li>多喝水。</li><li>避免長時間在戶外工作。</li></ul>',
        'text/plain': '香港天文台發出酷熱天氣警告\n多喝水。\n避免長時間在戶外工作。',
      });
      await pasteInto();
      await page.getByTestId('paste-keep-formatting').waitFor();
      await expect.poll(() => page.locator('[data-testid="preview-paragraph"]').count()).toBe(3);
      expect(await page.locator('[data-testid="preview-paragraph"]').first().getAttribute('data-kind')).toBe('heading');
      expect(await page.getByTestId('import-title').inputValue()).toBe('香港天文台發出酷熱天氣警告');
      await shot(page, 'paste-html');
      await page.getByTestId('import-confirm').click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      let stored = await storedDocument(wb);
      expect(stored.settings.format).toBe('html');
      expect(stored.document.title).toBe('香港天文台發出酷熱天氣警告');
      expect(stored.paragraphs.map((p) => [p.kind, p.source])).toEqual([
        ['heading', '香港天文台發出酷熱天氣警告'],
        ['body', '多喝水。'],
        ['body', '避免長時間在戶外工作。'],
      ]);
      await expect.poll(() => sources(page)).toEqual(stored.paragraphs.map((p) => p.source));

      await copy({ 'text/plain': '颱風消息\n\n八號烈風或暴風信號現正生效。' });
      await pasteInto();
      await expect.poll(() => page.locator('[data-testid="preview-paragraph"]').count()).toBe(2);
      expect(await page.getByTestId('paste-keep-formatting').count()).toBe(0);
      await page.getByTestId('import-confirm').click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      stored = await storedDocument(wb);
      expect(stored.settings.format).toBe('text');
      expect(stored.paragraphs.map((p) => p.source)).toEqual(['颱風消息', '八號烈風或暴風信號現正生效。']);
    });
  });

  it('refuses an empty file, an image, a damaged DOCX and a file over the limit, and imports nothing', async () => {
    await withPage(async (wb, dir) => {
      const { page } = wb;
      const documentsBefore = (await wb.backend.api.listDocuments({})).length;
      const files: [string, Uint8Array, string][] = [
        ['empty.txt', new Uint8Array(), 'The file is empty or has no text to translate.'],
        ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'This is not a text document.'],
        ['report.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8]), 'The file is damaged and cannot be read.'],
        ['huge.txt', new Uint8Array(33 * 1024 * 1024).fill(0x41), 'The file is too large to import.'],
      ];
      for (const [name, bytes, headline] of files) {
        const path = join(dir, name);
        writeFileSync(path, bytes);
        await page.getByTestId('import-file').setInputFiles(path);
        const problem = page.getByTestId('import-problem');
        await problem.waitFor();
        expect(await problem.textContent()).toContain(headline);
        expect(await problem.textContent()).toContain('Nothing was imported.');
        expect(await problem.textContent()).toContain(name);
        expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
        if (name === 'photo.txt') await shot(page, 'refused');
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      }
      expect((await wb.backend.api.listDocuments({})).length).toBe(documentsBefore);

      // After a refusal, choosing another file in the dialog starts over.
      const good = join(dir, 'good.txt');
      writeFileSync(good, '好的檔案\n');
      await page.getByTestId('import-file').setInputFiles(join(dir, 'empty.txt'));
      await page.getByTestId('import-problem').waitFor();
      await page.getByTestId('import-other-file').setInputFiles(good);
      await expect.poll(() => previewTexts(page)).toEqual(['好的檔案']);
      expect(await page.getByTestId('import-problem').count()).toBe(0);
      expect(await page.getByTestId('import-confirm').isEnabled()).toBe(true);
    });
  });

  it('splits and merges a paragraph with a translation in it, undoes both, and the translation is still there', async () => {
    await withPage(async (wb, dir) => {
      const { page } = wb;
      const path = join(dir, 'notice.txt');
      writeFileSync(path, '停水通告\n\n明天上午九時起暫停供水。工程預計於下午五時完成。\n\n如有查詢,請致電熱線。\n');
      await wb.importFile(path);
      const english = 'Water supply will be suspended from 9 a.m. tomorrow. The works should finish by 5 p.m.';
      const source = '明天上午九時起暫停供水。工程預計於下午五時完成。';
      expect(await wb.row(2).getByTestId('source').textContent()).toBe(source);

      // Typed just before the split: the edit waits for the save.
      await wb.cell(2, 'en').fill(english);
      const offset = source.indexOf('工程');
      await wb.row(2).getByTestId('source').evaluate((el, at) => {
        const range = document.createRange();
        range.setStart(el.firstChild!, at);
        range.collapse(true);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      }, offset);
      await wb.row(2).hover();
      await wb.row(2).getByTestId('paragraph-actions').click();
      await page.getByRole('menuitem', { name: 'Split here' }).click();
      await expect.poll(() => sources(page)).toEqual(['停水通告', '明天上午九時起暫停供水。', '工程預計於下午五時完成。', '如有查詢,請致電熱線。']);
      expect(await wb.cell(2, 'en').inputValue()).toBe(english);
      expect(await wb.cell(3, 'en').inputValue()).toBe('');
      let stored = await storedDocument(wb);
      expect(stored.paragraphs[1]!.targets.en.text).toBe(english);

      await wb.row(2).hover();
      await wb.row(2).getByTestId('paragraph-actions').click();
      await page.getByRole('menuitem', { name: 'Merge with next paragraph' }).click();
      await expect.poll(() => sources(page)).toEqual(['停水通告', source, '如有查詢,請致電熱線。']);
      expect(await wb.cell(2, 'en').inputValue()).toBe(english);
      await shot(page, 'after-merge');

      // The last paragraph has nothing to merge with.
      await wb.row(3).hover();
      await wb.row(3).getByTestId('paragraph-actions').click();
      expect(await page.getByRole('menuitem', { name: 'Merge with next paragraph' }).getAttribute('aria-disabled')).toBe('true');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('menu').count()).toBe(0);

      const undo = page.getByTestId('undo-paragraph-edit');
      await undo.click();
      await expect.poll(() => sources(page)).toEqual(['停水通告', '明天上午九時起暫停供水。', '工程預計於下午五時完成。', '如有查詢,請致電熱線。']);
      await undo.click();
      await expect.poll(() => sources(page)).toEqual(['停水通告', source, '如有查詢,請致電熱線。']);
      expect(await wb.cell(2, 'en').inputValue()).toBe(english);
      stored = await storedDocument(wb);
      expect(stored.paragraphs.map((p) => p.source)).toEqual(['停水通告', source, '如有查詢,請致電熱線。']);
      expect(stored.paragraphs[1]!.targets.en.text).toBe(english);

      await wb.reload();
      expect(await wb.cell(2, 'en').inputValue()).toBe(english);
      await undo.click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain('There is no paragraph edit to undo.');
    });
  });
});
