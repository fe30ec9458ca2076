/**
 * Driving /admin under `npm run cms` (tests/helpers/local-cms.ts) in Chromium, as an editor does: log in, fill the
 * forms, and check after every step that /admin is still the CMS (not reloaded, not replaced by an error page).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from './preview';

/** Where step screenshots go: CMS_SHOTS, or .tmp/shots in the project. */
const SHOTS = process.env.CMS_SHOTS ?? join(ROOT, '.tmp', 'shots');

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `cms-${name}.png`) });
}

/** Yesterday in Vietnam, so an entry counts as published whenever the test runs. */
export const yesterday = new Date(Date.now() - 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

export interface EditorPage {
  page: Page;
  /** Every alert and confirm the page showed (all accepted), in order. */
  dialogs: string[];
  /** Content-Security-Policy violations reported in the console. */
  violations: string[];
}

export async function openEditor(browser: Browser, site: string): Promise<EditorPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  const violations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // The first visit compiles the CMS and its packages in the dev server: minutes on a busy machine.
  await page.goto(`${site}/admin/`, { timeout: 300_000 });
  await page.getByRole('button', { name: 'Đăng nhập' }).click({ timeout: 300_000 });
  await page.getByRole('link', { name: /Tạo tin bài mới/ }).waitFor({ timeout: 300_000 });
  // A mark the page keeps until it is reloaded: every later step checks it is still there.
  await page.evaluate(() => ((window as unknown as { antqSession: string }).antqSession = 'cùng-một-trang'));
  return { page, dialogs, violations };
}

/** /admin is still the CMS it was: same page (no reload), Decap on screen, no error page or overlay. */
export async function expectUsable(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { antqSession?: string }).antqSession)).toBe('cùng-một-trang');
  expect(await page.title()).toBe('Biên tập nội dung');
  expect(await page.locator('vite-error-overlay, astro-dev-overlay').count()).toBe(0);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(/ImageNotFound|Image not found|Internal Server Error|Error:/);
  await expect
    .poll(() =>
      page
        .getByRole('button', { name: /Lưu|Tạo .* mới/ })
        .or(page.getByRole('link', { name: /Tạo .* mới/ }))
        .count(),
    )
    .toBeGreaterThan(0);
}

/** Goes to an address inside the CMS without reloading the page (Decap's own hash routing). */
export async function route(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
}

/** One source, by title: every entry names where its facts come from. */
export async function addSource(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Thêm nguồn thông tin' }).click();
  await page.getByLabel('Tên tài liệu nguồn').fill('Biên bản họp thôn (tài liệu thử nghiệm)');
}

/** Picks an entry in a relation field (label as shown, "(không bắt buộc)" aside) by typing a few letters of its name. */
export async function pick(page: Page, label: string, typed: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(new RegExp(`^${label}( \\(không bắt buộc\\))?$`)).click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).first().click({ timeout: 60_000 });
}

/** Types text into the body's editor at once (a long script would take minutes key by key). */
export async function typeBody(page: Page, text: string): Promise<void> {
  await page.locator('[data-slate-editor="true"]').first().click();
  await page.keyboard.insertText(text);
}

/** Selects a file in the open media library's upload button and returns once the library has reacted. */
export async function upload(page: Page, file: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(file);
}

/** Every toast on the page (Decap's notifications have role=alert), joined: what an editor reads after an action. */
export async function alertText(page: Page): Promise<string> {
  return (await page.getByRole('alert').allInnerTexts()).join(' | ');
}

export async function clickSave(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
}

/** Status → Sẵn sàng, then Công bố → Công bố ngay (the confirm is accepted by openEditor's handler). */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Trạng thái/ }).click({ timeout: 120_000 });
  await page.getByRole('menuitem', { name: /Sẵn sàng/ }).click();
  await expect
    .poll(() => page.getByRole('button', { name: 'Trạng thái: Sẵn sàng' }).count(), { timeout: 120_000 })
    .toBe(1);
  await page.getByRole('button', { name: 'Công bố', exact: true }).click({ timeout: 60_000 });
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
}
