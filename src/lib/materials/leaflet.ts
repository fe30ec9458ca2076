/**
 * What a printed leaflet (tờ rơi) says. Its text is the entry's own `leaflet` group, written for residents
 * (src/schemas/leaflet.ts): a headline, the key messages, what to do, what not to do and whom to call. Nothing is
 * taken from a guide's participants, steps or criteria, which are written for the officers who build a model. An
 * entry whose group is missing or too short gets no leaflet (`leafletShortfall` says why, the build lists it).
 * Pure data, read by the HTML leaflet (an A4 tri-fold) and by the PDF (two A5 pages, src/build/leaflet-pdf.ts).
 */
import type { ArticleCategory } from '../../schemas/vocabulary';
import { t } from '../../i18n/vi';
import { formatDate } from '../text/format';
import { countWords } from './bulletin';

/** Articles that get a leaflet: those that tell people how to keep safe. */
export const LEAFLET_ARTICLE_CATEGORIES: readonly ArticleCategory[] = ['canh-bao-toi-pham'];

/**
 * Words of resident-facing text below which a leaflet is not printed: two A5 pages of fewer words would be a
 * title and a few lines, in type too large or on paper mostly empty.
 */
export const LEAFLET_MIN_WORDS = 240;

/** The `leaflet` group of a guide or article, as the schema gives it. */
export interface LeafletText {
  headline: string;
  messages: readonly string[];
  dos: readonly string[];
  donts: readonly string[];
  whoToCall: readonly string[];
}

export interface LeafletSection {
  /** Which list of the group: the HTML leaflet places each on its own panel. */
  key: 'messages' | 'dos' | 'donts' | 'whoToCall';
  heading: string;
  items: string[];
}

export interface LeafletContact {
  label: string;
  number: string;
}

export interface Leaflet {
  /** "Mô hình tự quản", "Cảnh báo tội phạm". */
  kind: string;
  /** The title of the guide or article it comes from. */
  title: string;
  headline: string;
  sections: LeafletSection[];
  /** Absolute URL of the page the leaflet comes from (the QR code's target). */
  url: string;
  /** A demo build's leaflet says so on every page and names no agency. */
  demo: boolean;
  agency: string;
  unit?: string | undefined;
  /** The emergency number, and any other number whose source is recorded. */
  contacts: LeafletContact[];
  /** Where its facts come from, one line each. */
  sources: string[];
}

export interface LeafletContext {
  url: string;
  demo: boolean;
  agency: string;
  unit?: string | undefined;
  contacts: LeafletContact[];
}

export interface SourceLike {
  title: string;
  publisher?: string | undefined;
  date?: Date | undefined;
}

export const LEAFLET_HEADINGS = {
  guideKind: 'Mô hình tự quản',
  articleKind: 'Cảnh báo tội phạm',
  messages: 'Điều cần biết',
  dos: 'Nên làm',
  donts: 'Không nên làm',
  whoToCall: 'Gọi ai, báo ở đâu',
} as const;

const SECTION_KEYS = ['messages', 'dos', 'donts', 'whoToCall'] as const;

/** Every word a resident reads on the leaflet's body. */
export const leafletWords = (text: LeafletText): number =>
  countWords([text.headline, ...SECTION_KEYS.flatMap((key) => text[key])].join('\n'));

/** Why an entry gets no leaflet, in Vietnamese, or undefined when it gets one. */
export function leafletShortfall(text: LeafletText | undefined): string | undefined {
  if (!text) return t('leaflet.missing');
  const words = leafletWords(text);
  if (words < LEAFLET_MIN_WORDS) return t('leaflet.tooShort', { words, min: LEAFLET_MIN_WORDS });
  return undefined;
}

/** "Title – Publisher, 27/2/2025": one source as the leaflet prints it. */
export const sourceLine = (source: SourceLike): string =>
  [source.title, [source.publisher, source.date ? formatDate(source.date) : undefined].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(' – ');

/** The leaflet of an entry, or undefined when its text falls short (see `leafletShortfall`). */
export function leafletFor(
  entry: { title: string; leaflet?: LeafletText | undefined; sources: readonly SourceLike[] },
  kind: string,
  context: LeafletContext,
): Leaflet | undefined {
  const text = entry.leaflet;
  if (!text || leafletShortfall(text)) return undefined;
  return {
    kind,
    title: entry.title,
    headline: text.headline,
    sections: SECTION_KEYS.map((key) => ({ key, heading: LEAFLET_HEADINGS[key], items: [...text[key]] })),
    sources: entry.sources.map(sourceLine),
    ...context,
  };
}

/** Who the leaflet says it is from: the agency, or in a demo build that it is a demonstration. */
export const issuerOf = (leaflet: Pick<Leaflet, 'demo' | 'agency'>): string =>
  leaflet.demo ? t('leaflet.demoIssuer') : leaflet.agency;
