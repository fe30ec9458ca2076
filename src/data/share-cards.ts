/** Share cards: the pool of threads that draws them, which entries get one, and what each one says. */
import emblemSvg from '../../public/favicon.svg?raw';
import { CardPool } from '../lib/og-card-pool';
import { entryCardText, siteCardText } from '../lib/share-card-text';
import { coverOf } from './feeds-and-previews';
import type { Publication, Settings } from './site';

// Worker threads in builds only: the dev server re-creates this module on every edit, and each new pool
// would leave the previous one's threads behind.
export const shareCards = new CardPool(import.meta.env.PROD ? __SHARE_CARD_WORKER__ : undefined, __SHARE_CARD_CACHE__);

/** Entries with a cover (a portrait, for profiles) share it; the others get a card. */
export const needsCard = (entry: Publication) => !coverOf(entry);
export const entryCard = (entry: Publication, settings: Settings) => entryCardText(entry, settings.agency, emblemSvg);
export const siteCard = (settings: Settings) => siteCardText(settings.title, settings.agency, emblemSvg);
