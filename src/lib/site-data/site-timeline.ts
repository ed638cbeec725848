/**
 * The site's timeline, built once from its content and split into pages:
 * used by the timeline pages and by the links to a phase (`/timeline/#after-talks`).
 * Build time.
 */
import { PHASES } from '../../schemas/events.ts';
import { speakerWithHedge } from '../text/attribution.ts';
import { TIMELINE_PAGE_SIZE } from '../routes/pagination.ts';
import type { SiteData } from './site-data.ts';
import { buildTimeline, paginateTimeline, phaseStartPages, timelineRows, type TimelinePage, type TimelineRow } from './timeline.ts';
import { truncate } from '../text/text.ts';
import { urls } from '../routes/urls.ts';

const cache = new WeakMap<SiteData, TimelinePage<TimelineRow>[]>();

export function timelinePages(site: SiteData): TimelinePage<TimelineRow>[] {
  const cached = cache.get(site);
  if (cached) return cached;
  const rows = timelineRows(
    {
      talks: site.talks.map((entry) => ({ id: entry.id, href: urls.talks(entry.id), title: entry.data.title, timeline: entry.data.timeline })),
      events: site.events.map((entry) => ({ id: entry.id, href: urls.event(entry.id), title: entry.data.title, timeline: entry.data.timeline, facts: entry.data.facts })),
      statements: site.statements.map((statement) => {
        const speaker = site.speakerOf(statement);
        const hedge = site.hedgeOf(statement);
        return {
          id: statement.id,
          href: urls.statement(statement.id),
          speaker: speakerWithHedge(speaker.data.name, hedge),
          side: speaker.data.side,
          kind: statement.data.kind,
          passages: statement.data.renderings[0]?.quotes ?? [],
          source: statement.data.renderings[0] ? site.source(statement.data.renderings[0].source.id).data.label : '',
          timeline: statement.data.timeline,
        };
      }),
    },
    (text) => truncate(text, 110),
  );
  const pages = paginateTimeline(buildTimeline(rows, Object.keys(PHASES)), TIMELINE_PAGE_SIZE);
  cache.set(site, pages);
  return pages;
}

/** The link to a phase of the timeline, on the page where it begins. */
export function timelinePhaseUrl(site: SiteData, phase: string): string {
  return `${urls.timeline(phaseStartPages(timelinePages(site)).get(phase) ?? 1)}#${phase}`;
}
