import { describe, expect, it } from 'vitest';
import {
  buildSearchRecord,
  FOLDED_META,
  foldedTerms,
  indexedText,
  padRank,
  UNDATED,
  withFoldedTerms,
} from '../src/lib/search/page-index';

const nfd = (s: string) => s.normalize('NFD');

describe('foldedTerms', () => {
  it('folds only words with đ, lower case, once each', () => {
    expect(foldedTerms('Đảng ủy xã đang đoàn kết; Đảng viên hòa giải')).toBe('dang doan');
  });

  it('keeps legal document numbers whole and folded', () => {
    expect(foldedTerms('Căn cứ Nghị định số 43/2023/NĐ-CP và Luật số 35/2013/QH13.')).toBe(
      '43/2023/nd-cp 35/2013/qh13 dinh',
    );
  });

  it('treats decomposed text like composed text', () => {
    expect(foldedTerms(nfd('Đội tuần tra đêm'))).toBe('doi dem');
  });

  it('is empty when nothing needs folding', () => {
    expect(foldedTerms('Hòa giải ở cơ sở, thủy lợi')).toBe('');
  });
});

describe('indexedText', () => {
  const page = `<html><body><header><a>Đầu trang</a></header>
    <main data-pagefind-body><nav data-pagefind-ignore><a>Trang chủ</a></nav>
    <h1>Đội &amp; nhóm</h1><img src="x.jpg" alt=""><p>Nội dung <strong>đẹp</strong></p>
    <section data-pagefind-ignore><h2>Tin liên quan</h2><section><p>Điều khác</p></section></section>
    <p>Cuối</p></main><footer>Địa chỉ</footer></body></html>`;

  it('reads only the indexed body, without ignored parts', () => {
    expect(indexedText(page)).toBe('Đội & nhóm Nội dung đẹp Cuối');
  });

  it('is empty for pages outside the index', () => {
    expect(indexedText('<main><p>Đội</p></main>')).toBe('');
  });

  it('adds the folded words as a meta field right inside the body', () => {
    const out = withFoldedTerms(page);
    expect(out).toContain(`<main data-pagefind-body><span data-pagefind-meta="${FOLDED_META}:doi dep"></span><nav`);
    expect(withFoldedTerms('<main data-pagefind-body><p>Hòa giải</p></main>')).toBe(
      '<main data-pagefind-body><p>Hòa giải</p></main>',
    );
    // Bulletins and leaflets repeat their source page's words: no folded field, so the source page comes first.
    const material = '<main data-page-kind="material" data-pagefind-body><p>Đánh đập</p></main>';
    expect(withFoldedTerms(material)).toBe(material);
  });
});

describe('buildSearchRecord', () => {
  it('gives filters with parent units, topic slugs, year and sort keys', () => {
    const record = buildSearchRecord({
      kind: 'article',
      typeLabel: 'Tin tức',
      title: nfd('Khau Cà giữ bình yên'),
      isoDate: '2022-05-18',
      displayDate: '18/05/2022',
      year: 2022,
      place: 'Thôn Khau Cà',
      localityIds: ['thon-khau-ca', 'xa-cao-son', 'xa-cao-son'],
      topics: ['Hòa giải ở cơ sở', 'tin-phong-trao'],
      image: '/_astro/a.webp',
      nameRank: 7,
    });
    expect(record.meta).toContainEqual(['title', 'Khau Cà giữ bình yên']);
    expect(record.meta).toContainEqual(['date', '18/05/2022']);
    expect(record.meta).toContainEqual(['thumb', '/_astro/a.webp']);
    expect(record.filters).toEqual([
      ['loai', 'tin-tuc'],
      ['dia-ban', 'thon-khau-ca'],
      ['dia-ban', 'xa-cao-son'],
      ['chu-de', 'hoa-giai-o-co-so'],
      ['chu-de', 'tin-phong-trao'],
      ['nam', '2022'],
    ]);
    expect(record.sorts).toEqual([
      ['ten', '000007'],
      ['ngay', '2022-05-18'],
    ]);
  });

  it('dates undated pages so they stay in lists sorted by date', () => {
    const record = buildSearchRecord({
      kind: 'place',
      typeLabel: 'Địa bàn',
      title: 'Xã Cao Sơn',
      localityIds: ['xa-cao-son'],
      topics: [],
      nameRank: 3,
    });
    expect(record.sorts).toContainEqual(['ngay', UNDATED]);
    expect(record.filters).toEqual([
      ['loai', 'dia-ban'],
      ['dia-ban', 'xa-cao-son'],
    ]);
  });

  it('pads ranks so text comparison orders them like numbers', () => {
    expect(padRank(9) < padRank(10)).toBe(true);
  });
});
