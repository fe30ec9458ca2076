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

  it('draws prefetched cards on worker threads, the same cards the main thread draws', async () => {
    const workers = pool(workerFile, undefined, 2);
    const titles = ['Tổ hòa giải thôn Khau Cà', 'Hộ an toàn, thôn bản bình yên', 'Liên gia tự quản số 3'];
    // Two workers take two cards each at once: all three are sent before anyone asks.
    workers.prefetch(titles.map(card));
    const drawn = await Promise.all(titles.map((title) => workers.card(card(title))));
    for (const [i, title] of titles.entries()) expect(drawn[i]!.equals(await cardPng(card(title)))).toBe(true);
    expect(workers.drawn).toEqual({ workers: 3, mainThread: 0 });
  });
  it('draws each card once: a prefetched card asked for before a worker took it is drawn by the asking thread', async () => {
    const workers = pool(workerFile, dir, 1);
    const texts = Array.from({ length: 8 }, (_, i) => card(`Gương người tốt việc tốt số ${i + 1}`));
    workers.prefetch(texts);
    workers.prefetch(texts.slice(0, 3)); // asked twice: still drawn once
    // The last card is still queued behind the others: the asking thread draws it instead of waiting.
    const last = await workers.card(texts[7]!);
    const drawn = [...(await Promise.all(texts.slice(0, 7).map((text) => workers.card(text)))), last];
    expect(workers.drawn.mainThread).toBeGreaterThanOrEqual(1);
    expect(workers.drawn.workers).toBeGreaterThanOrEqual(1);
    expect(workers.drawn.workers + workers.drawn.mainThread).toBe(8);
    expect(new Set(drawn.map((png) => png.toString('base64'))).size).toBe(8);
  });
  it('reports a card that cannot be drawn, naming its title', async () => {
    const workers = pool(workerFile, undefined, 1);
    const broken = { ...card('Thẻ hỏng'), title: 5 as unknown as string };
    workers.prefetch([broken, card('Thẻ lành')]);
    await expect(workers.card(broken)).rejects.toThrow(/share card "5": .*iterable/);
    // The worker survives a failed card and draws the next one.
    await expect(workers.card(card('Thẻ lành'))).resolves.toBeInstanceOf(Buffer);
    expect(workers.drawn.workers).toBe(1);
  });
  it('draws in the main thread when no worker can run, without losing a card', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = pool(join(dir, 'no-such-worker.ts'), undefined, 2);
    broken.prefetch([card('Tổ an ninh liên thôn')]);
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
