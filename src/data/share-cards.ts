/** Share cards: which entries get one, what each one says, and the PNG response the card routes send. */
import emblemSvg from '../../public/favicon.svg?raw';
import { cardPng, type CardText } from '../build/share-card';
import { entryCardText, siteCardText } from '../lib/reach/share-card-text';
import { publisher } from '../lib/site/site-mode';
import { coverOf } from './feeds-and-previews';
import type { Publication, Settings } from './site';

/** Entries with a cover (a portrait, for profiles) share it; the others get a card. */
export const needsCard = (entry: Publication) => !coverOf(entry);
export const entryCard = (entry: Publication, settings: Settings, site: URL | undefined) =>
  entryCardText(entry, publisher(settings, site).agency, emblemSvg);
export const siteCard = (settings: Settings, site: URL | undefined) =>
  siteCardText(settings.title, publisher(settings, site).agency, emblemSvg);

export async function cardResponse(text: CardText): Promise<Response> {
  const png = await cardPng(text, `${__BUILD_OUTPUTS_CACHE__}share-cards`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
