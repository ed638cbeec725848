/**
 * The timeline groups events and statements by where the sources place them
 * relative to the talks. It never orders by dates: the sources give none.
 * Pure; used by site-timeline.ts and TimelineView at build time.
 */
export interface TimelineItem {
  kind: 'talks' | 'event' | 'statement';
  id: string;
  /** The phase a source places it in; undefined when no source does. */
  phase: string | undefined;
  /** The source's words that place it, shown as given. */
  basis: readonly { text: string; source: { id: string } }[];
}

export interface TimelinePhase<T extends TimelineItem> {
  phase: string;
  items: T[];
}

export const UNPLACED = 'not-placed';

/**
 * Groups items into phases in `phaseOrder`; items keep their input order
 * within a phase (callers pass them in the order the sources report them).
 * Items with no phase go to the unplaced group, always last.
 */
export function buildTimeline<T extends TimelineItem>(items: readonly T[], phaseOrder: readonly string[]): TimelinePhase<T>[] {
  const order = [...phaseOrder.filter((phase) => phase !== UNPLACED), UNPLACED];
  return order
    .map((phase) => ({
      phase,
      items: items.filter((item) => (item.phase ?? UNPLACED) === phase || (phase === UNPLACED && !order.includes(item.phase ?? UNPLACED))),
    }))
    .filter((group) => group.items.length > 0);
}

type Reported = { text: string; source: { id: string } };
type Placement = { phase: string; basis: readonly Reported[] } | undefined;

export interface TimelineRow extends TimelineItem {
  href: string;
  title: string;
  side?: string | undefined;
  /** The source's time words for an item it does not place relative to the talks ("earlier this month"). */
  when: readonly Reported[];
}

export interface TimelineInput {
  talks: readonly { id: string; href: string; title: string; timeline: Placement }[];
  events: readonly { id: string; href: string; title: string; timeline: Placement; facts: readonly (Reported & { aspect: string })[] }[];
  /** In the order the sources report them. */
  statements: readonly { id: string; href: string; speaker: string; side: string; kind: 'direct-quote' | 'paraphrase'; passages: readonly string[]; /** The label of the source whose words `passages` are. */ source: string; timeline: Placement }[];
}

/** One timeline row per talks, event and statement; "Placed by" only ever shows words that place the item. */
export function timelineRows(input: TimelineInput, shorten: (text: string) => string): TimelineRow[] {
  const placed = (timeline: Placement) => ({ phase: timeline?.phase, basis: timeline?.basis ?? [] });
  return [
    ...input.talks.map((entry) => ({ kind: 'talks' as const, id: entry.id, href: entry.href, title: entry.title, ...placed(entry.timeline), when: [] })),
    ...input.events.map((entry) => ({
      kind: 'event' as const,
      id: entry.id,
      href: entry.href,
      title: entry.title,
      ...placed(entry.timeline),
      when: entry.facts.filter((fact) => fact.aspect === 'when'),
    })),
    ...input.statements.map((statement) => {
      const words = shorten(statement.passages.join(' … '));
      return {
        kind: 'statement' as const,
        id: statement.id,
        href: statement.href,
        // Whose words these are is named; reported speech is the reporter's sentence, never put in the speaker's quotation marks.
        title:
          statement.kind === 'direct-quote'
            ? `${statement.speaker}: “${words}”, as printed in ${statement.source}`
            : `In reported speech about ${statement.speaker}, ${statement.source} writes: ${words}`,
        side: statement.side,
        ...placed(statement.timeline),
        when: [],
      };
    }),
  ];
}

export interface TimelinePageGroup<T extends TimelineItem> extends TimelinePhase<T> {
  /** Whether the phase begins on this page (its heading and anchor are here). */
  starts: boolean;
}

export interface TimelinePage<T extends TimelineItem> {
  page: number;
  pageCount: number;
  total: number;
  first: number;
  last: number;
  groups: TimelinePageGroup<T>[];
}

/**
 * Splits the phases into pages of at most `size` rows, in order. A phase that
 * spans pages continues under its heading on the next; its anchor stays on
 * the page where it begins.
 */
export function paginateTimeline<T extends TimelineItem>(phases: readonly TimelinePhase<T>[], size: number): TimelinePage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive whole number, not ${size}`);
  const rows = phases.flatMap((group) => group.items.map((item, index) => ({ phase: group.phase, item, starts: index === 0 })));
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  return Array.from({ length: pageCount }, (_, pageIndex) => {
    const slice = rows.slice(pageIndex * size, (pageIndex + 1) * size);
    const groups: TimelinePageGroup<T>[] = [];
    for (const row of slice) {
      const last = groups.at(-1);
      if (last && last.phase === row.phase) last.items.push(row.item);
      else groups.push({ phase: row.phase, items: [row.item], starts: row.starts });
    }
    return {
      page: pageIndex + 1,
      pageCount,
      total: rows.length,
      first: slice.length ? pageIndex * size + 1 : 0,
      last: pageIndex * size + slice.length,
      groups,
    };
  });
}

/** The page on which each phase begins. */
export function phaseStartPages(pages: readonly TimelinePage<TimelineItem>[]): Map<string, number> {
  const starts = new Map<string, number>();
  for (const page of pages) for (const group of page.groups) if (group.starts) starts.set(group.phase, page.page);
  return starts;
}
