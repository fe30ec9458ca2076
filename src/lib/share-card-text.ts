/** Which entries get a generated share card, and what it says. */
import { t } from '../i18n/vi';
import type { CardText } from './og-card';

const EYEBROW = { articles: 'card.article', profiles: 'card.profile', guides: 'card.guide' } as const;

/** The parts of an article, profile or guide that decide its card. */
export type CardEntry =
  | { collection: 'profiles'; data: { name: string; portrait?: unknown } }
  | { collection: 'articles' | 'guides'; data: { title: string; cover?: unknown } };

/** Display title: profiles have a name, the others a title. */
export function entryTitle(entry: CardEntry): string {
  return entry.collection === 'profiles' ? entry.data.name : entry.data.title;
}

/** An entry with a cover (a portrait for profiles) shares its cover; the others get a card. */
export function needsCard(entry: CardEntry): boolean {
  return !(entry.collection === 'profiles' ? entry.data.portrait : entry.data.cover);
}

/** The card of an entry: its kind, its title, the movement and the agency. */
export function entryCardText(entry: CardEntry, agency: string, emblemSvg: string): CardText {
  return { eyebrow: t(EYEBROW[entry.collection]), title: entryTitle(entry), footer: t('card.movement'), agency, emblemSvg };
}

/** The card of pages that are not entries (home, lists, contact): the portal's own name. */
export function siteCardText(siteTitle: string, agency: string, emblemSvg: string): CardText {
  return { eyebrow: t('card.site'), title: siteTitle, footer: t('card.movement'), agency, emblemSvg };
}
