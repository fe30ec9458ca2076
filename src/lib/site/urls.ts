/** Every public path in one place, so pages, feeds, sitemap and search agree. Pages end with "/"; files (feeds, images) do not. */
import { slugify } from '../text/vietnamese';

export const paths = {
  home: () => '/',
  news: (page = 1) => (page > 1 ? `/tin-tuc/${page}/` : '/tin-tuc/'),
  category: (category: string, page = 1) => `/tin-tuc/chuyen-muc/${category}/${page > 1 ? `${page}/` : ''}`,
  article: (id: string) => `/tin-tuc/${id}/`,
  profiles: () => '/guong-dien-hinh/',
  profile: (id: string) => `/guong-dien-hinh/${id}/`,
  guides: () => '/mo-hinh/',
  guide: (id: string) => `/mo-hinh/${id}/`,
  topics: () => '/chu-de/',
  topic: (name: string) => `/chu-de/${slugify(name)}/`,
  places: () => '/dia-ban/',
  place: (id: string) => `/dia-ban/${id}/`,
  stats: () => '/so-lieu/',
  contact: () => '/lien-he/',
  about: () => '/gioi-thieu/',
  search: () => '/tim-kiem/',
  lessons: () => '/hoc-tap/',
  lesson: (id: string) => `/hoc-tap/${id}/`,
  /** The teacher's printouts of a lesson, apart from the students' worksheet: the plan and the answer key. */
  lessonPlan: (id: string) => `/hoc-tap/${id}/giao-an/`,
  lessonKey: (id: string) => `/hoc-tap/${id}/dap-an/`,
  /** Teachers' index filtered by school level ("thcs"), grade ("9") or topic (a guide field). */
  lessonFilter: (kind: 'level' | 'grade' | 'topic', value: string | number) =>
    `/hoc-tap/${LESSON_FACET_SEGMENTS[kind]}/${value}/`,
  offline: () => '/ngoai-tuyen/',
  laws: () => '/van-ban-phap-luat/',
  /** A legal document's entry on the list of documents. */
  law: (id: string) => `/van-ban-phap-luat/#${id}`,
  bulletins: () => '/phat-thanh/',
  bulletin: (id: string) => `/phat-thanh/${id}/`,
  /** The script as plain text, to download and read from. */
  bulletinText: (id: string) => `/phat-thanh/${id}.txt`,
  podcast: () => '/phat-thanh/podcast.xml',
  materials: () => '/tai-lieu-tuyen-truyen/',
  /** Printable leaflet of a guide or an article (HTML, laid out for A4) and its PDF. */
  leaflet: (collection: 'guides' | 'articles', id: string) => `/to-roi/${LEAFLET_SEGMENTS[collection]}/${id}/`,
  leafletPdf: (collection: 'guides' | 'articles', id: string) => `/to-roi/${LEAFLET_SEGMENTS[collection]}/${id}.pdf`,
  newsFeed: () => '/rss.xml',
  categoryFeed: (category: string) => `/tin-tuc/chuyen-muc/${category}/rss.xml`,
  profilesFeed: () => '/guong-dien-hinh/rss.xml',
  guidesFeed: () => '/mo-hinh/rss.xml',
  /** Generated share card for an entry without a cover image. */
  card: (collection: string, id: string) => `/the-chia-se/${collection}/${id}.png`,
  siteCard: () => '/the-chia-se/cong-thong-tin.png',
} as const;

/** URL segment of each collection's leaflets. */
export const LEAFLET_SEGMENTS = { guides: 'mo-hinh', articles: 'tin-tuc' } as const;

/** URL segment of each filter of the teachers' index. */
export const LESSON_FACET_SEGMENTS = { level: 'cap-hoc', grade: 'lop', topic: 'chu-de' } as const;

/** Path of any publication by its collection. */
export function entryPath(collection: string, id: string): string {
  switch (collection) {
    case 'articles':
      return paths.article(id);
    case 'profiles':
      return paths.profile(id);
    case 'guides':
      return paths.guide(id);
    case 'localities':
      return paths.place(id);
    default:
      throw new Error(`Không có trang cho bộ sưu tập "${collection}"`);
  }
}

/** Absolute URL on the configured site. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
