import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cardPng, type CardText } from '../src/lib/og-card';
import { CardPool } from '../src/lib/og-card-pool';

const workerFile = fileURLToPath(new URL('../src/lib/og-card-worker.ts', import.meta.url));
const emblemSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#a4221b"/></svg>';
const card = (title: string): CardText => ({ eyebrow: 'Tin tức', title, footer: 'Toàn dân bảo vệ an ninh Tổ quốc', agency: 'Công an tỉnh', emblemSvg });

describe('share card pool', () => {
  const pools: CardPool[] = [];
  const pool = (...args: ConstructorParameters<typeof CardPool>) => pools.at(pools.push(new CardPool(...args)) - 1)!;
  const dir = mkdtempSync(join(tmpdir(), 'antq-pool-'));
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws on worker threads the same card as the main thread does', async () => {
    const workers = pool(workerFile, undefined, 2);
    const titles = ['Tổ hòa giải thôn Khau Cà', 'Hộ an toàn, thôn bản bình yên', 'Liên gia tự quản số 3'];
    const drawn = await Promise.all(titles.map((title) => workers.card(card(title))));
    for (const [i, title] of titles.entries()) expect(drawn[i]!.equals(await cardPng(card(title)))).toBe(true);
    expect(workers.drawn).toEqual({ workers: 3, mainThread: 0 });
  });
  it('draws prefetched cards once, and hands each over when it is asked for', async () => {
    const workers = pool(workerFile, dir, 2);
    const texts = Array.from({ length: 6 }, (_, i) => card(`Gương người tốt việc tốt số ${i + 1}`));
    workers.prefetch(texts);
    workers.prefetch(texts.slice(0, 3)); // asked twice: still drawn once
    const drawn = await Promise.all(texts.map((text) => workers.card(text)));
    expect(workers.drawn).toEqual({ workers: 6, mainThread: 0 });
    expect(new Set(drawn.map((png) => png.toString('base64'))).size).toBe(6);
  });
  it('reports a card that cannot be drawn, naming its title', async () => {
    const workers = pool(workerFile, undefined, 1);
    await expect(workers.card({ ...card('Thẻ hỏng'), title: 5 as unknown as string })).rejects.toThrow(/share card "5": .*iterable/);
    // The worker survives a failed card and draws the next one.
    await expect(workers.card(card('Thẻ lành'))).resolves.toBeInstanceOf(Buffer);
  });
  it('draws in the main thread when no worker can run, without losing a card', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = pool(join(dir, 'no-such-worker.ts'), undefined, 2);
    const png = await broken.card(card('Tổ an ninh liên thôn'));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/worker thread stopped \(Cannot find module .*no-such-worker\.ts/));
    warn.mockRestore();
    expect(png.equals(await cardPng(card('Tổ an ninh liên thôn')))).toBe(true);
    expect(broken.drawn.mainThread).toBe(1);
    const inline = pool(undefined);
    await inline.card(card('Tổ an ninh liên thôn'));
    expect(inline.drawn).toEqual({ workers: 0, mainThread: 1 });
  });
});
