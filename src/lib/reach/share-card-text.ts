/** What a generated share card says (entries with a cover share the cover instead: see coverOf in data/feeds-and-previews.ts). */
import { t } from '../../i18n/vi';

/** What a share card shows; src/build/share-card.ts draws it. */
export interface CardText {
  /** Small line above the title: the kind of page. */
  eyebrow: string;
  title: string;
  /** Bottom line: the portal's name. */
  footer: string;
  /** Bottom line, second part: the agency. */
  agency: string;
  /** The site's emblem as SVG text. */
  emblemSvg: string;
}

const EYEBROW = { articles: 'card.article', profiles: 'card.profile', guides: 'card.guide' } as const;

/** The parts of an article, profile or guide that its card shows. */
export type CardEntry =
  { collection: 'profiles'; data: { name: string } } | { collection: 'articles' | 'guides'; data: { title: string } };

/** Display title: profiles have a name, the others a title. */
export function entryTitle(entry: CardEntry): string {
  return entry.collection === 'profiles' ? entry.data.name : entry.data.title;
}

/** The card of an entry: its kind, its title, the movement and the agency. */
export function entryCardText(entry: CardEntry, agency: string, emblemSvg: string): CardText {
  return {
    eyebrow: t(EYEBROW[entry.collection]),
    title: entryTitle(entry),
    footer: t('card.movement'),
    agency,
    emblemSvg,
  };
}

/** The card of pages that are not entries (home, lists, contact): the portal's own name. */
export function siteCardText(siteTitle: string, agency: string, emblemSvg: string): CardText {
  return { eyebrow: t('card.site'), title: siteTitle, footer: t('card.movement'), agency, emblemSvg };
}
