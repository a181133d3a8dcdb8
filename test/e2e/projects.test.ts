/**
 * Projects in the sidebar, in headless Chromium over a real SQLite file: create a project, import
 * a file into it, see the documents grouped with their progress, move a document (from the
 * keyboard), rename and collapse a project, and delete the project left empty.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../support/backend.ts';
import { useBrowser } from '../support/browser.ts';
import { useTempDir } from '../support/temp.ts';
import { WorkbenchPage } from '../support/workbench-page.ts';

/** Writes the page to SCREENSHOT_DIR when it is set, to look at the sidebar. */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `projects-${name}.png`) });
}

describe('projects in the sidebar in headless Chromium', () => {
  const tempDir = useTempDir();
  const browser = useBrowser();

  it('creates a project, imports into it, groups, moves, renames, collapses and deletes', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const backend = openBackend(dir);
    const morning = await backend.api.importText({ title: '早上的新聞', text: '香港特區政府今日宣佈新措施。\n港鐵票價維持不變。' });
    const file = join(dir, 'annual-report.txt');
    writeFileSync(file, '二〇二四年年報\n\n本年度收入上升。\n\n董事會建議派發末期股息。\n');
    const wb = await WorkbenchPage.open(browser(), dir, backend);
    try {
      const { page } = wb;
      await page.locator('[data-testid="paragraph"]').first().waitFor();
      const group = (id: number) => page.locator(`[data-testid="project"][data-project-id="${id}"]`);
      const titlesIn = (id: number) => group(id).locator('.document .title').allTextContents();
      const projectNames = () => page.locator('[data-testid="project"] .project-name [lang]').allTextContents();
      const summary = async (id: number) =>
        `${await group(id).locator('.project-count').textContent()} | ${await group(id).locator('.project-toggle .meta').textContent()}`;
      const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
      const defaultId = morning.projectId;
      expect(await projectNames()).toEqual(['My project']);

      // A new project, from the keyboard: the button, a name, Enter; the focus comes back to the button.
      await page.getByTestId('project-new').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.type('年報 2024');
      await page.keyboard.press('Enter');
      await expect.poll(projectNames).toEqual(['My project', '年報 2024']);
      const annual = (await backend.api.listProjects({})).find((p) => p.name === '年報 2024')!;
      expect(await group(annual.id).locator('.project-empty').textContent()).toContain('No documents yet');
      expect(await focused()).toBe('+ New project');

      // Just created, it is where the import dialog puts the file.
      await wb.openImportDialog(file);
      expect(await page.getByTestId('import-project').inputValue()).toBe(String(annual.id));
      await shot(page, 'import-dialog');
      await page.getByTestId('import-confirm').click();
      await expect.poll(() => titlesIn(annual.id)).toEqual(['二〇二四年年報']);
      expect(await group(annual.id).locator('.document').getAttribute('aria-current')).toBe('page');
      expect(await titlesIn(defaultId)).toEqual(['早上的新聞']);
      const imported = (await backend.api.listDocuments({})).find((d) => d.title === '二〇二四年年報')!;
      expect(imported.projectId).toBe(annual.id);

      // The project's progress follows its documents' cells.
      await page.locator('[data-testid="paragraph"]').first().waitFor();
      await wb.cell(2, 'en').fill('Revenue rose this year.');
      await wb.cell(2, 'en').press('Control+Enter');
      await expect.poll(() => summary(annual.id)).toBe('11 document | EN 33% · 简 0%');

      // Move "早上的新聞" into the new project from the keyboard: its buttons, the project list, Move.
      await group(defaultId).locator('.document').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move 早上的新聞 to another project');
      await page.keyboard.press('Enter');
      expect(await page.getByTestId('move-project').evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByTestId('move-project').locator('option').allTextContents()).toEqual(['年報 2024']);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => titlesIn(annual.id)).toEqual(['早上的新聞', '二〇二四年年報']);
      expect(await titlesIn(defaultId)).toEqual([]);
      expect((await backend.api.getDocument({ documentId: morning.id })).document.projectId).toBe(annual.id);
      await expect.poll(() => summary(annual.id)).toBe('22 documents | EN 20% · 简 0%');
      expect(await summary(defaultId)).toBe('00 documents | EN 0% · 简 0%');
      await shot(page, 'sidebar-light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, 'sidebar-dark');
      await page.emulateMedia({ colorScheme: 'light' });

      // Rename the project in place.
      await group(annual.id).locator('.project-header').hover();
      await page.getByRole('button', { name: 'Rename project 年報 2024' }).click();
      await group(annual.id).getByRole('textbox', { name: 'Project name' }).fill('年報 2025');
      await page.keyboard.press('Enter');
      await expect.poll(projectNames).toEqual(['My project', '年報 2025']);
      expect((await backend.api.listProjects({})).map((p) => p.name)).toEqual(['My project', '年報 2025']);

      // Collapse and expand: the documents are hidden, not gone.
      const toggle = group(annual.id).locator('.project-toggle');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await group(annual.id).locator('.project-documents').isVisible()).toBe(false);
      await toggle.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await group(annual.id).locator('.project-documents').isVisible()).toBe(true);

      // The open document moves with the mouse, stays open, and moves back.
      const moveOpen = async (from: number, to: number) => {
        const item = group(from).locator('.document-item', { has: page.locator('.document.active') });
        await item.hover();
        await item.getByTestId('move-document').click();
        await item.getByTestId('move-project').selectOption(String(to));
        await item.getByRole('button', { name: 'Move' }).click();
        await expect.poll(() => group(to).locator('.document.active .title').textContent()).toBe('二〇二四年年報');
      };
      await moveOpen(annual.id, defaultId);
      expect((await backend.api.getDocument({ documentId: imported.id })).document.projectId).toBe(defaultId);
      expect(await wb.cell(2, 'en').inputValue()).toBe('Revenue rose this year.');
      await moveOpen(defaultId, annual.id);

      // A project holding documents offers no delete; the emptied one does, after a confirmation.
      expect(await group(annual.id).getByRole('button', { name: /^Delete project/ }).count()).toBe(0);
      await group(defaultId).locator('.project-header').hover();
      await page.getByRole('button', { name: 'Delete project My project' }).click();
      await group(defaultId).getByRole('button', { name: 'Yes' }).click();
      await expect.poll(projectNames).toEqual(['年報 2025']);
      expect((await backend.api.listProjects({})).map((p) => p.id)).toEqual([annual.id]);
      expect(wb.escapes).toEqual([]);
    } finally {
      await wb.close();
    }
  });
});
