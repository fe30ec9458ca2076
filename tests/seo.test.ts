import { describe, expect, it } from 'vitest';
import {
  agencyLd,
  breadcrumbLd,
  guideLd,
  jsonLdText,
  metaTags,
  newsArticleLd,
  profilePageLd,
  websiteLd,
  type Agency,
  type PageMeta,
} from '../src/lib/reach/seo';

const agency: Agency = {
  name: 'Công an tỉnh Bắc Kạn',
  url: 'https://antq.example.vn/',
  logo: 'https://antq.example.vn/icons/icon-512.png',
  unit: 'Phòng PV05',
  email: 'a@b.vn',
  telephone: '069 2593 113',
  address: 'Tổ 1, phường Đức Xuân',
};
const image = {
  url: 'https://antq.example.vn/the-chia-se/articles/a.png',
  width: 1200,
  height: 630,
  alt: 'Ngày hội',
  type: 'image/png',
};

const find = (tags: ReturnType<typeof metaTags>, key: string) =>
  tags.filter((t) => t.property === key || t.name === key).map((t) => t.content);

describe('metaTags', () => {
  const page: PageMeta = {
    title: 'Ngày hội toàn dân',
    description: 'Tóm tắt',
    url: 'https://antq.example.vn/tin-tuc/a/',
    siteName: 'Cổng',
    type: 'article',
    image,
    publishedAt: new Date('2022-05-10'),
    modifiedAt: new Date('2024-07-01'),
    section: 'Sự kiện',
    tags: ['Ngày hội', 'Phong trào'],
  };
  const tags = metaTags(page);
  it('has Open Graph and Twitter card tags with the image and its size and alt', () => {
    expect(find(tags, 'og:locale')).toEqual(['vi_VN']);
    expect(find(tags, 'og:image')).toEqual([image.url]);
    expect(find(tags, 'og:image:width')).toEqual(['1200']);
    expect(find(tags, 'og:image:height')).toEqual(['630']);
    expect(find(tags, 'og:image:alt')).toEqual(['Ngày hội']);
    expect(find(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(find(tags, 'twitter:image')).toEqual([image.url]);
    expect(find(tags, 'og:url')).toEqual([page.url]);
  });
  it('adds article times, section and one tag per topic on articles only', () => {
    expect(find(tags, 'article:published_time')).toEqual(['2022-05-10T00:00:00.000Z']);
    expect(find(tags, 'article:modified_time')).toEqual(['2024-07-01T00:00:00.000Z']);
    expect(find(tags, 'article:tag')).toEqual(['Ngày hội', 'Phong trào']);
    expect(find(metaTags({ ...page, type: 'website' }), 'article:published_time')).toEqual([]);
  });
  it('uses property for Open Graph and name for Twitter', () => {
    for (const t of tags)
      expect(
        t.property ? t.property.startsWith('og:') || t.property.startsWith('article:') : t.name?.startsWith('twitter:'),
      ).toBe(true);
  });
});

describe('JSON-LD', () => {
  it('describes the agency as a GovernmentOrganization with contacts', () => {
    const ld = agencyLd(agency);
    expect(ld['@type']).toBe('GovernmentOrganization');
    expect(ld).toMatchObject({
      name: agency.name,
      email: 'a@b.vn',
      telephone: '069 2593 113',
      address: { addressCountry: 'VN', streetAddress: agency.address },
      department: { name: 'Phòng PV05' },
    });
    expect(websiteLd({ name: 'Cổng', url: agency.url, description: 'x' }, agency)).toMatchObject({
      '@type': 'WebSite',
      inLanguage: 'vi',
      publisher: { '@id': ld['@id'] },
    });
  });
  it('makes a NewsArticle whose dateModified falls back to datePublished', () => {
    const input = {
      headline: 'Tin',
      description: 'd',
      url: 'https://antq.example.vn/tin-tuc/a/',
      image: image.url,
      publishedAt: new Date('2022-05-10'),
      author: 'Phòng PV05',
      section: 'Sự kiện',
      keywords: ['a', 'b'],
    };
    expect(newsArticleLd(input, agency)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Tin',
      datePublished: '2022-05-10',
      dateModified: '2022-05-10',
      image: [image.url],
      keywords: 'a, b',
      publisher: { '@type': 'GovernmentOrganization' },
    });
    expect(newsArticleLd({ ...input, updatedAt: new Date('2024-07-01') }, agency).dateModified).toBe('2024-07-01');
  });
  it('makes a ProfilePage about a Person or an Organization by kind', () => {
    const base = {
      name: 'Ông A',
      role: 'Trưởng thôn',
      description: 'd',
      url: 'u',
      image: 'i',
      place: 'Thôn Khau Cà',
      awards: ['Bằng khen (UBND tỉnh, 2021)'],
      publishedAt: new Date('2022-05-12'),
    };
    const person = profilePageLd({ ...base, kind: 'ca-nhan' }, agency);
    expect(person).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: {
        '@type': 'Person',
        name: 'Ông A',
        jobTitle: 'Trưởng thôn',
        homeLocation: { name: 'Thôn Khau Cà' },
        award: base.awards,
      },
    });
    const group = profilePageLd({ ...base, kind: 'tap-the' }, agency);
    expect(group.mainEntity).toMatchObject({ '@type': 'Organization', location: { name: 'Thôn Khau Cà' } });
    expect(group.mainEntity).not.toHaveProperty('jobTitle');
  });
  it('makes a HowTo with numbered steps and the last update as dateModified', () => {
    const ld = guideLd(
      {
        title: 'Tổ hòa giải',
        description: 'd',
        url: 'u',
        image: 'i',
        steps: [
          { title: 'Một', detail: 'a' },
          { title: 'Hai', detail: 'b' },
        ],
        publishedAt: new Date('2022-03-25'),
        updatedAt: new Date('2025-07-15'),
      },
      agency,
    );
    expect(ld).toMatchObject({ '@type': 'HowTo', datePublished: '2022-03-25', dateModified: '2025-07-15' });
    expect(ld.step).toEqual([
      { '@type': 'HowToStep', position: 1, name: 'Một', text: 'a' },
      { '@type': 'HowToStep', position: 2, name: 'Hai', text: 'b' },
    ]);
  });
  it('makes a BreadcrumbList from home to the page, with absolute items', () => {
    const ld = breadcrumbLd(
      [
        { label: 'Tin tức', href: '/tin-tuc/' },
        { label: 'Sự kiện', href: '/tin-tuc/chuyen-muc/su-kien/' },
        { label: 'Ngày hội' },
      ],
      'Trang chủ',
      'https://antq.example.vn/tin-tuc/a/',
      'https://antq.example.vn/',
    );
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://antq.example.vn/' },
      { '@type': 'ListItem', position: 2, name: 'Tin tức', item: 'https://antq.example.vn/tin-tuc/' },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'Sự kiện',
        item: 'https://antq.example.vn/tin-tuc/chuyen-muc/su-kien/',
      },
      { '@type': 'ListItem', position: 4, name: 'Ngày hội', item: 'https://antq.example.vn/tin-tuc/a/' },
    ]);
  });
  it('serializes so content can never close the script element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
