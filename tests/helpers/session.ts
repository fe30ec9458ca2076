/** A preview of dist/ and a browser for one test file: started before its tests, closed after them. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startPreview, type Preview } from './preview';

export function previewAndBrowser(): { readonly preview: Preview; readonly browser: Browser } {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [preview, browser] = await Promise.all([startPreview(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });
  return {
    get preview() {
      return preview!;
    },
    get browser() {
      return browser!;
    },
  };
}
