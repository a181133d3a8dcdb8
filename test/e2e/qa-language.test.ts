import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../core/glossary/delimited.ts';
import { useBrowser } from '../support/browser.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

describe('QA findings in the interface language, in headless Chromium against a real SQLite file', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  const finding = (wb: WorkbenchPage, check: string) => wb.page.locator(`[data-testid="qa-cell-findings"] [data-check="${check}"] .qa-message`);

  it('shows a number mismatch and a misspelling in Traditional, then Simplified Chinese, and writes the report in that language', async () => {
    const dir = tempDir();
    const file = join(dir, 'budget.txt');
    writeFileSync(file, '特區政府宣布撥款10億港元，支持人工智能研究。\n');
    await WorkbenchPage.session(browser(), dir, file, async (wb) => {
      const { page } = wb;
      await page.getByTestId('ui-language').selectOption('zh-Hant');
      await page.getByRole('tab', { name: '品質檢查' }).click();
      const english = wb.cell(1, 'en');
      await english.focus();
      await english.pressSequentially('The SAR Goverment will spend HK$100 million on AI research.');

      await expect.poll(() => finding(wb, 'numbers').textContent()).toBe('譯文中沒有數字 10億（1 billion）');
      await expect.poll(() => finding(wb, 'spelling').textContent()).toBe('可能拼錯了「Goverment」；是否應為「Government」？');

      // The findings already shown follow a change of language, without checking again.
      await page.getByTestId('ui-language').selectOption('zh-Hans');
      await expect.poll(() => finding(wb, 'numbers').textContent()).toBe('译文中没有数字 10億（1 billion）');
      expect(await finding(wb, 'spelling').textContent()).toBe('可能拼错了“Goverment”；是否应为“Government”？');
      expect(await page.getByTestId('qa-cell-findings').textContent()).not.toMatch(/not in the translation|misspelling/u);

      await wb.saved();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV 报告' }).click()]);
      const rows = parseDelimited(readFileSync((await download.path())!, 'utf8').slice(1), ',').map((r) => r.fields);
      expect(rows[0]).toEqual(['段落', '语言', '严重程度', '检查', '信息', '原文', '译文', '忽略原因']);
      expect(rows.find((r) => r[3] === 'numbers')!.slice(1, 5)).toEqual(['英文', '错误', 'numbers', '译文中没有数字 10億（1 billion）']);

      await page.getByTestId('ui-language').selectOption('en');
      await expect.poll(() => finding(wb, 'numbers').textContent()).toBe('The number 10億 (1 billion) is not in the translation');
    });
  });
});
