/**
 * What a printed leaflet (tờ rơi) says, worked out from a model guide or a safety article: what it is about,
 * who takes part, what to do, then the emergency number, the agency and a QR code to the page. Pure data, read by
 * the HTML leaflet (laid out as an A4 tri-fold) and by the PDF (two A5 pages, src/build/leaflet-pdf.ts).
 */
import type { ArticleCategory } from '../../schemas/vocabulary';

/** Articles that get a leaflet: those that tell people how to keep safe. */
export const LEAFLET_ARTICLE_CATEGORIES: readonly ArticleCategory[] = ['canh-bao-toi-pham'];

export interface LeafletSection {
  heading: string;
  items: string[];
  ordered: boolean;
}

export interface LeafletContact {
  label: string;
  number: string;
}

export interface Leaflet {
  /** "Mô hình tự quản", "Cảnh báo tội phạm". */
  kind: string;
  title: string;
  intro: string;
  sections: LeafletSection[];
  /** Absolute URL of the page the leaflet comes from (the QR code's target). */
  url: string;
  agency: string;
  unit?: string | undefined;
  /** The emergency number, and any other number whose source is recorded. */
  contacts: LeafletContact[];
}

export interface LeafletContext {
  url: string;
  agency: string;
  unit?: string | undefined;
  contacts: LeafletContact[];
}

export interface GuideLike {
  title: string;
  summary: string;
  participants: readonly { role: string; duties: string }[];
  steps: readonly { title: string; detail: string }[];
}

export const LEAFLET_HEADINGS = {
  guideKind: 'Mô hình tự quản',
  articleKind: 'Cảnh báo tội phạm',
  participants: 'Ai tham gia',
  steps: 'Cách tham gia, việc cần làm',
} as const;

export function guideLeaflet(guide: GuideLike, context: LeafletContext): Leaflet {
  return {
    kind: LEAFLET_HEADINGS.guideKind,
    title: guide.title,
    intro: guide.summary,
    sections: [
      {
        heading: LEAFLET_HEADINGS.participants,
        items: guide.participants.map((p) => `${p.role}: ${p.duties}`),
        ordered: false,
      },
      { heading: LEAFLET_HEADINGS.steps, items: guide.steps.map((s) => `${s.title}: ${s.detail}`), ordered: true },
    ],
    ...context,
  };
}

/** Markdown emphasis and links reduced to their text. */
const plain = (line: string) =>
  line
    .replace(/\*\*|__|[*_`]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();

/**
 * The lists of an article's body under their "## " headings: what a leaflet keeps of an article (when to report,
 * where, what not to do). Sections without a list are left out; their prose belongs on the page.
 */
export function bodySections(body: string): LeafletSection[] {
  const sections: LeafletSection[] = [];
  let current: LeafletSection | undefined;
  for (const line of body.split('\n')) {
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading) {
      current = { heading: plain(heading[1]!), items: [], ordered: false };
      sections.push(current);
      continue;
    }
    const item = /^\s*(?:[-*]|(\d+)\.)\s+(.+)$/.exec(line);
    if (item && current) {
      current.items.push(plain(item[2]!));
      if (item[1]) current.ordered = true;
    }
  }
  return sections.filter((s) => s.items.length > 0);
}

export function articleLeaflet(
  article: { title: string; lead: string; body: string },
  context: LeafletContext,
): Leaflet {
  return {
    kind: LEAFLET_HEADINGS.articleKind,
    title: article.title,
    intro: article.lead,
    sections: bodySections(article.body),
    ...context,
  };
}
