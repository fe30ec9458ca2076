/** What each generated share card says, and the worker threads that draw them during a build. */
import emblemSvg from '../../public/favicon.svg?raw';
import { t } from '../i18n/vi';
import type { CardText } from '../lib/og-card';
import { CardPool } from '../lib/og-card-pool';
import { titleOf, type Publication, type Settings } from './site';

const EYEBROW = { articles: 'card.article', profiles: 'card.profile', guides: 'card.guide' } as const;

export const shareCards = new CardPool(__SHARE_CARD_WORKER__, __SHARE_CARD_CACHE__);

/** The card of an entry without a cover: its kind, its title, the movement and the agency. */
export function entryCard(entry: Publication, settings: Settings): CardText {
  return { eyebrow: t(EYEBROW[entry.collection]), title: titleOf(entry), footer: t('card.movement'), agency: settings.agency, emblemSvg };
}

/** The card of pages that are not entries (home, lists, contact): the portal's own name. */
export function siteCard(settings: Settings): CardText {
  return { eyebrow: t('card.site'), title: settings.title, footer: t('card.movement'), agency: settings.agency, emblemSvg };
}
