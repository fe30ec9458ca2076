/**
 * The order Astro prerenders paths in. Share cards are drawn on a worker thread from the moment Astro collects
 * the paths; rendered last, their routes find them finished, instead of waiting for them a third of the way
 * through (Astro's own order is alphabetical, and /the-chia-se/ comes before /tin-tuc/, the bulk of the site).
 */
import { SHARE_CARDS } from './urls';

/** The same paths, share cards moved to the end; otherwise in Astro's order. */
export function shareCardsLast<T extends { pathname: string }>(paths: readonly T[]): T[] {
  const isCard = (p: T) => p.pathname.startsWith(SHARE_CARDS);
  return [...paths.filter((p) => !isCard(p)), ...paths.filter(isCard)];
}
