/**
 * The pages of the speakers and sources indexes, built once from the content:
 * lists that grow with the corpus are split so no page grows without bound.
 * Used by the speakers and sources index routes and the statement routes; build time.
 */
import { INDEX_PAGE_SIZE, paginate, type PageOf } from '../routes/pagination.ts';
import type { Actor, SiteData, Source, Statement } from './site-data.ts';
import type { SideId } from '../../schemas/actors.ts';

/** Speakers in side order, by name within a side, in pages; each page knows the side the previous one ended on. */
export function speakerIndexPages(site: SiteData): { page: PageOf<Actor>; continuing: SideId | undefined }[] {
  const pages = paginate(site.actorsBySide().flatMap(([, actors]) => actors), INDEX_PAGE_SIZE);
  return pages.map((page, index) => ({ page, continuing: pages[index - 1]?.items.at(-1)?.data.side }));
}

export function sourceIndexPages(site: SiteData): PageOf<Source>[] {
  return paginate(site.sources, INDEX_PAGE_SIZE);
}

/** One route per statement (its page, its embed page, its oEmbed answer), each given the statement. */
export function statementPaths(site: SiteData): { params: { id: string }; props: { statement: Statement } }[] {
  return site.statements.map((statement) => ({ params: { id: statement.id }, props: { statement } }));
}
