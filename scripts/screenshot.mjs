// Screenshots of built pages for a look as a reader would: node scripts/screenshot.mjs /path/ [/other/] → .tmp/shots/*.png
// Needs `npm run preview` (or any server) on PREVIEW_URL, default http://127.0.0.1:4321. SHOTS_DIR changes the folder.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.env.PREVIEW_URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2);
const dir = process.env.SHOTS_DIR ?? '.tmp/shots';
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
for (const [name, width] of [
  ['phone', 360],
  ['desktop', 1280],
]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  for (const path of paths) {
    await page.goto(base + path, { waitUntil: 'load' });
    const file = `${dir}/${path.replace(/^\/+|\/+$/g, '').replace(/\W+/g, '_') || 'home'}-${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
