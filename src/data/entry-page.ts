/**
 * What the page of one article, profile or guide starts from: one page per published entry, by its id, and for
 * each the site's data, the rendered body and the record the search index keeps about it.
 */
import { render } from 'astro:content';
import { searchRecordFor } from './search-records';
import { loadSite, type Publication, type SiteData } from './site';

/** getStaticPaths of the pages of one collection's entries: the slug is the entry's id, the entry the page's `entry` prop. */
export async function entryPaths<E extends Publication>(entriesOf: (site: SiteData) => readonly E[]) {
  return entriesOf(await loadSite()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const SEARCH_KINDS = { articles: 'article', profiles: 'profile', guides: 'guide' } as const;

/** What an entry's page prints from: its data, the site's data, its rendered body and its search record. */
export async function entryPage<E extends Publication>(entry: E) {
  const site = await loadSite();
  const { Content } = await render(entry);
  const searchRecord = await searchRecordFor(site, { kind: SEARCH_KINDS[entry.collection], entry });
  // As the entry's own collection's data: TypeScript reads entry.data as any collection's.
  return { data: entry.data as E['data'], site, Content, searchRecord };
}
