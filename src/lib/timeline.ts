/**
 * The timeline groups events and statements by where the sources place them
 * relative to the talks. It never orders by dates: the sources give none.
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
