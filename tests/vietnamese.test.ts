import { describe, expect, it } from 'vitest';
import {
  foldDiacritics,
  isSlug,
  placeTones,
  searchKey,
  slugify,
  toNFC,
  toneVariants,
  looseIncludes,
} from '../src/lib/text/vietnamese';

const nfd = (s: string) => s.normalize('NFD');

describe('slugify', () => {
  it.each([
    ['Hộ an toàn, thôn bản bình yên', 'ho-an-toan-thon-ban-binh-yen'],
    ['Đảng ủy', 'dang-uy'],
    ['Đảng ủy xã Cao Sơn khen thưởng tổ hòa giải', 'dang-uy-xa-cao-son-khen-thuong-to-hoa-giai'],
    ['Nghị định số 43/2023/NĐ-CP', 'nghi-dinh-so-43-2023-nd-cp'],
    ['  Ngày hội 19/8 — “Toàn dân”!  ', 'ngay-hoi-19-8-toan-dan'],
    ['ĐƯỜNG DÂY NÓNG 113', 'duong-day-nong-113'],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
    expect(slugify(nfd(input))).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it('gives NFD "Hòa giải" the same slug as NFC', () => {
    expect(nfd('Hòa giải')).not.toBe('Hòa giải');
    expect(slugify(nfd('Hòa giải'))).toBe('hoa-giai');
  });

  it('rejects non-slugs', () => {
    expect(isSlug('Hoa-giai')).toBe(false);
    expect(isSlug('hoa--giai')).toBe(false);
    expect(isSlug('hòa-giải')).toBe(false);
  });
});

describe('foldDiacritics', () => {
  it('maps đ/Đ to d/D and strips tones', () => {
    expect(foldDiacritics('Đảng ủy đoàn kết')).toBe('Dang uy doan ket');
    expect(foldDiacritics(nfd('Thủy'))).toBe('Thuy');
  });
});

describe('tone placement', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Thuỷ', 'Thủy'],
    ['khoẻ', 'khỏe'],
    ['Hoà giải', 'Hòa giải'],
  ])('modern %s ↔ classic %s', (modern, classic) => {
    expect(placeTones(modern, 'classic')).toBe(classic);
    expect(placeTones(classic, 'modern')).toBe(modern);
    expect(placeTones(nfd(modern), 'classic')).toBe(classic);
    expect(toneVariants(modern)).toEqual([classic, modern]);
  });

  it.each(['quý', 'Huỳnh', 'toán', 'hoặc', 'thuế', 'của', 'người'])('leaves %s alone', (word) => {
    expect(placeTones(word, 'classic')).toBe(word);
    expect(placeTones(word, 'modern')).toBe(word);
    expect(toneVariants(word)).toEqual([word]);
  });

  it('builds one search key for all spellings', () => {
    const key = searchKey('hòa giải');
    expect(searchKey('Hoà  giải')).toBe(key);
    expect(searchKey(nfd('hoà giải'))).toBe(key);
    expect(searchKey('hoa giai')).toBe(key);
  });

  it('normalises to NFC', () => {
    expect(toNFC(nfd('Bắc Kạn'))).toBe('Bắc Kạn');
  });
});

describe('looseIncludes (CMS picker search)', () => {
  it.each([
    ['Cao Sơn', 'cao son'],
    ['Tổ hòa giải thôn Khau Cà', 'hoa giai'],
    ['Tổ hoà giải thôn Khau Cà', 'hòa giải'],
    ['Đảng ủy xã Đồng Phúc', 'dang uy dong'],
    ['Đảng ủy xã Đồng Phúc', 'ĐỒNG PHÚC'],
  ])('finds %j from %j', (text, typed) => expect(looseIncludes(text, typed)).toBe(true));

  it.each([
    ['Cao Sơn', 'cao som'],
    ['Tổ hòa giải', 'hoa giai xa'],
  ])('does not find %j from %j', (text, typed) => expect(looseIncludes(text, typed)).toBe(false));
});
