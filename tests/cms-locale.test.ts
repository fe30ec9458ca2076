/**
 * The CMS speaks Vietnamese everywhere Decap has a string: every key of Decap's English locale has a Vietnamese
 * value that is not the English one, and only characters common fonts have.
 */
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { describe, expect, it } from 'vitest';
import { DROPPED_PLACEHOLDERS, PICKER_TEXTS, viLocale } from '../cms/locale-vi';

type Strings = { [key: string]: string | Strings };
const flatten = (strings: Strings, prefix = ''): [string, string][] =>
  Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );

const english = flatten(en as unknown as Strings);
const vietnamese = new Map(flatten(viLocale));

/** Letters of Vietnamese (Latin, Latin-1, Latin Extended-A/B, Latin Extended Additional) and everyday punctuation. */
const COMMON_FONT_CHARS = /^[\n\u0020-\u007e\u00a0-\u024f\u1e00-\u1eff‘’“”…–—•]*$/u;

describe('Vietnamese CMS locale', () => {
  it("reads Decap's English locale (the list it is checked against)", () => {
    expect(english.length).toBeGreaterThan(200);
  });

  it("has every key of Decap's English locale", () => {
    expect(english.map(([key]) => key).filter((key) => !vietnamese.has(key))).toEqual([]);
  });

  it('leaves no value in English', () => {
    expect(
      english
        .filter(([key, text]) => vietnamese.get(key) === text && /[a-z]{2}/i.test(text.replace(/%\{\w+\}/g, '')))
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('keeps every placeholder of the English text', () => {
    const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]!).sort();
    const lost = english.filter(([key, text]) =>
      placeholders(text).some(
        (p) => !placeholders(vietnamese.get(key) ?? '').includes(p) && !DROPPED_PLACEHOLDERS[key]?.includes(p),
      ),
    );
    expect(lost.map(([key]) => key)).toEqual([]);
  });

  it('uses only characters common fonts have (no full-width plus)', () => {
    const texts = [...vietnamese.values(), ...Object.values(PICKER_TEXTS)];
    expect(texts.filter((text) => !COMMON_FONT_CHARS.test(text))).toEqual([]);
    expect(vietnamese.get('collection.collectionTop.newButton')).toMatch(/^\+ /);
  });
});
