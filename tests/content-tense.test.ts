/**
 * The starter content tells the source's facts as the past: a 2021 article about tỉnh Bắc Kạn, which since 1/7/2025
 * is part of tỉnh Thái Nguyên. Read from the content files as editors write them (frontmatter and body), leaving out
 * the cited sources, whose titles are quoted as published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/preview';

const CONTENT = join(ROOT, 'src', 'content');
/** The collections written from the source document. */
const FROM_SOURCE = ['articles', 'bulletins', 'profiles', 'guides', 'stats'] as const;

interface Entry {
  file: string;
  data: Record<string, unknown>;
  /** Every sentence a reader sees: frontmatter strings (but the cited sources) and the body. */
  text: string;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => (key === 'sources' ? [] : strings(v)));
  return [];
}

function readEntry(collection: string, name: string): Entry {
  const raw = readFileSync(join(CONTENT, collection, name), 'utf8');
  if (name.endsWith('.json')) {
    const data = JSON.parse(raw) as Record<string, unknown>;
    return { file: `${collection}/${name}`, data, text: strings(data).join('\n') };
  }
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw) ?? [];
  const data = (parse(front) ?? {}) as Record<string, unknown>;
  return { file: `${collection}/${name}`, data, text: `${strings(data).join('\n')}\n${body}` };
}

const entries = (collections: readonly string[]) =>
  collections.flatMap((c) =>
    readdirSync(join(CONTENT, c))
      .filter((f) => /\.(mdx?|json)$/.test(f) && !f.startsWith('_'))
      .map((f) => readEntry(c, f)),
  );

const fromSource = entries(FROM_SOURCE).filter((e) => e.data.draft !== true);
const everything = entries([...FROM_SOURCE, 'pages']);

/** Text outside “…” quotations: the words a source used may be quoted, not stated. */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, '“…”');

describe('the source’s facts told as the past', () => {
  it('has entries to check', () => {
    expect(fromSource.length).toBeGreaterThan(15);
  });

  it.each(fromSource.map((e) => [e.file, e] as const))('%s states nothing of the source as today’s', (_file, entry) => {
    // "Hiện nay, trên địa bàn tỉnh có 45 loại mô hình" was the source's present; quoted, it stays the source's word.
    expect(unquoted(entry.text)).not.toMatch(/(?<!\p{L})hiện (nay|có|đang|là|vẫn)(?!\p{L})/iu);
  });

  it.each(fromSource.map((e) => [e.file, e] as const))(
    '%s says where the former units it names went',
    (_file, entry) => {
      const text = entry.text;
      if (/Bắc Kạn/.test(text)) expect(text).toMatch(/nay thuộc (tỉnh )?Thái Nguyên|tỉnh Thái Nguyên|\(cũ\)/);
      if (/Cao Sơn/.test(text)) expect(text).toMatch(/Vĩnh Thông/);
    },
  );

  it('every entry written from the source gives the period of its facts apart from when it was written', () => {
    for (const entry of fromSource.filter((e) => !e.file.startsWith('stats/'))) {
      expect(entry.data.period, entry.file).toEqual(expect.stringMatching(/\d{4}/));
      expect(String(entry.data.publishedAt), entry.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps the resident’s words as his in the headline about Cao Sơn', () => {
    const article = fromSource.find((e) => e.file === 'articles/cao-son-dia-ban-khong-co-te-nan-ma-tuy.mdx')!;
    expect(article.data.title).toMatch(/^Một người dân Khau Cà: “Cao Sơn là địa bàn duy nhất/);
  });

  it('invents no motive and gives the mediation to the police, as the source does', () => {
    const all = fromSource.map((e) => e.text).join('\n');
    expect(all).not.toContain('giữ lại vũ khí là giữ lại nguy hiểm');
    expect(all).not.toMatch(/Bà con còn tham gia hòa giải/);
    const bulletin = fromSource.find((e) => e.file === 'bulletins/phong-trao-nam-2021-o-bac-kan.mdx')!;
    expect(bulletin.text).toMatch(/lực lượng Công an[^.]*tham gia hòa giải/iu);
  });
});

describe('one name per model, one way to write "Nhân dân"', () => {
  const all = everything.map((e) => ({ file: e.file, text: e.text }));

  it('names the household model one way', () => {
    for (const { file, text } of all) {
      for (const [name] of text.matchAll(/Hộ an toàn, thôn[^”"\n]*?bình yên/giu))
        expect(name, file).toBe('Hộ an toàn, thôn bản, tổ dân phố bình yên');
    }
  });

  it('names the model for people back from prison one way', () => {
    for (const { file, text } of all) {
      expect(text, file).not.toMatch(/chấp hành xong án phạt tù (tái hòa nhập|hòa nhập)/iu);
      for (const [name] of text.matchAll(/giúp đỡ người chấp hành xong án phạt tù[^.,;:)\n”]*/giu))
        expect(name, file).toMatch(
          /^giúp đỡ người chấp hành xong án phạt tù( trở về địa phương tái hòa nhập cộng đồng)?/iu,
        );
    }
  });

  it('writes "Nhân dân" for the people, "nhân dân" only in the names of bodies', () => {
    for (const { file, text } of all) {
      expect(text, file).not.toMatch(/Nhân Dân/u);
      for (const match of text.matchAll(/nhân dân/gu))
        expect(`${text.slice(Math.max(0, match.index - 30), match.index)}nhân dân`, file).toMatch(
          /(Ủy ban|Tòa án|Công an|Viện kiểm sát|Hội đồng) nhân dân$/u,
        );
    }
  });
});
