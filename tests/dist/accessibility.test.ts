/**
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on every URL of the sitemap (and the 404 page), at a phone
 * and a desktop width: zero violations. One preview server and one browser for the whole file.
 * Also: with the real Content-Security-Policy in force, no page reports a CSP violation or a script error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS, launchBrowser } from '../helpers/browser';
import { sitemapPaths } from '../helpers/dist';
import { ROOT, startPreview, type Preview } from '../helpers/preview';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Rules switched off, each with the reason. None so far. */
const DISABLED_RULES: Record<string, string> = {};

const PATHS = [...sitemapPaths(), '/404.html'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let preview: Preview;
let browser: Browser;
const contexts = new Map<string, { context: BrowserContext; page: Page }>();

beforeAll(async () => {
  [preview, browser] = await Promise.all([startPreview(), launchBrowser()]);
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    // bypassCSP: axe is injected as a script, which the pages' own policy rightly refuses.
    const context = await browser.newContext({ viewport, bypassCSP: true, locale: 'vi-VN' });
    // axe is defined in every document the tab loads.
    await context.addInitScript({ content: AXE_SOURCE });
    contexts.set(name, { context, page: await context.newPage() });
  }
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function audit(page: Page, path: string): Promise<AxeViolation[]> {
  const response = await page.goto(preview.url + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBeLessThan(path === '/404.html' ? 500 : 400);
  return page.evaluate(
    async ({ tags, disabled }) => {
      // @ts-expect-error axe is the global the injected script defines
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id: string) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
      return result.violations as AxeViolation[];
    },
    { tags: WCAG_TAGS, disabled: Object.keys(DISABLED_RULES) },
  );
}

const describeViolations = (violations: AxeViolation[]) =>
  violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} – ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`).join('\n')}`)
    .join('\n');

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('checks every page of the sitemap', () => expect(PATHS.length).toBeGreaterThan(10));

  it('finds a violation when there is one (axe runs on this setup)', async () => {
    const { page } = contexts.get('desktop')!;
    await page.goto(preview.url + '/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main')!.append(img);
    });
    // @ts-expect-error axe global
    const ids = await page.evaluate(async () => (await window.axe.run(document, { runOnly: ['image-alt'] })).violations.map((v) => v.id));
    expect(ids).toEqual(['image-alt']);
  });

  // Both widths of one page side by side: one tab per width, so the two cores are both busy.
  it.each(PATHS)(`%s at ${Object.keys(VIEWPORTS).join(' and ')} widths`, async (path) => {
    const results = await Promise.all([...contexts].map(async ([name, { page }]) => [name, await audit(page, path)] as const));
    for (const [name, violations] of results) expect(violations, `${name}: ${describeViolations(violations)}`).toEqual([]);
  });
});

describe('pages work under their real Content-Security-Policy', () => {
  it('reports no CSP violation or script error on any page', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('console', (msg) => {
      if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) problems.push(`${current}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
    for (const path of PATHS.filter((p) => p !== '/404.html')) {
      current = path;
      await page.goto(preview.url + path, { waitUntil: 'load' });
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
