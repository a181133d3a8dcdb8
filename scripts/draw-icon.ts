/**
 * Renders build/icon.svg to build/icon.png (512×512) in headless Chromium, so the
 * installer icon is drawn by the project from its own SVG. Run: node scripts/draw-icon.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const dir = resolve(import.meta.dirname, '../build');
const svg = readFileSync(resolve(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
await page.locator('svg').screenshot({ path: resolve(dir, 'icon.png'), omitBackground: true });
await browser.close();
console.log(`Wrote ${resolve(dir, 'icon.png')}`);
