/**
 * The site's data and relations: every collection loaded once, with the
 * lookups and relations pages need (a speaker's statements, the statements
 * that answer a statement, the order the sources report them). Pages and
 * views get their content only from here. The only module in `src/lib/` that
 * needs Astro (`astro:content` and Vite's `import.meta.glob`); `buildSiteData`
 * is pure, so tests give it entries parsed by the real schemas.
 * The ordering and grouping themselves are pure functions in `ordering.ts`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { SIDES, type SideId } from '../../schemas/actors.ts';
import { TOPICS, type TopicId } from '../../schemas/topics.ts';
import { FACT_ASPECTS } from '../../schemas/events.ts';
import { accountDifferences, counterpartDifferences, nameDifferences, wordingDifferences, type AccountDifference, type CounterpartDifference, type NameDifference, type WordingDifference } from './differences.ts';
import { comparePositions, compareSpeakers, groupInOrder, membersOf, reportedPosition, sortByKey, type Voice } from './ordering.ts';
import { hedgePhrase } from '../text/attribution.ts';
import { paragraphIndexOf } from '../text/quote-match.ts';
import { pageOfIndex, SPEAKER_PAGE_SIZE } from '../routes/pagination.ts';
import { paragraphsOf } from '../text/text.ts';
import { previewInputFor, type PreviewInput } from '../sharing/previews.ts';
import { shownStatement, type ShownStatement } from '../text/shown.ts';
import { correctionsLog, type LoggedCorrection } from '../corrections/corrections-log.ts';
import { nameInSentence } from '../text/attribution.ts';
import { absoluteUrl, urls } from '../routes/urls.ts';
import { embedModelOf, type EmbedModel } from '../sharing/embed.ts';
import { SITE } from '../site.ts';

export type Statement = CollectionEntry<'statements'>;
export type Actor = CollectionEntry<'actors'>;
export type Source = CollectionEntry<'sources'>;
export type Talks = CollectionEntry<'talks'>;
export type SiteEvent = CollectionEntry<'events'>;
export type Rendering = Statement['data']['renderings'][number];

/** What the site is built from: the five collections and the article texts, by source id. */
export interface SiteContent {
  sources: readonly Source[];
  actors: readonly Actor[];
  statements: readonly Statement[];
  talks: readonly Talks[];
  events: readonly SiteEvent[];
  sourceTexts: ReadonlyMap<string, string>;
}

/** The site's content with its lookups and relations; every lookup by id throws on an unknown id (the content check proves references resolve). */
export interface SiteData {
  /** Sources in a fixed order (by the file they were received as). */
  sources: Source[];
  /** Every actor, by name. */
  actors: Actor[];
  /** Every statement, in the order the sources report them. */
  statements: Statement[];
  talks: Talks[];
  events: SiteEvent[];
  source(id: string): Source;
  actor(id: string): Actor;
  statement(id: string): Statement;
  talksEntry(id: string): Talks;
  event(id: string): SiteEvent;
  /** A source's article text ('' when it has none). */
  sourceText(id: string): string;
  /** A source's paragraphs, as its page numbers them (0-based here, `#p1` on the page). */
  sourceParagraphs(id: string): string[];
  /** The paragraph (0-based) of a source that holds some words, or -1: where quotations and facts link to. */
  paragraphOf(sourceId: string, words: string): number;
  speakerOf(statement: Statement): Actor;
  /** What a view shows of a statement: one source's words (that of `sourceId`, or the first rendering's), its hedge, its author, the other sources. */
  shownOf(statement: Statement, sourceId?: string): ShownStatement;
  /** What previews, titles and cards are made from: `shownOf` as a preview's input. */
  previewInputOf(statement: Statement, sourceId?: string): PreviewInput;
  /** What an embed, the oEmbed answer and a feed item show of a statement: `shownOf` with the speaker, for the site at `siteUrl`. */
  embedModelOf(statement: Statement, siteUrl: URL | string | undefined): EmbedModel;
  /** The source's hedge on one rendering ("reportedly", "according to a source familiar with the talks"), or undefined. */
  hedgeOfRendering(rendering: Rendering): string | undefined;
  /** The source's hedge on the first rendering, or undefined. */
  hedgeOf(statement: Statement): string | undefined;
  /** A speaker's own statements, in reported order. */
  statementsOf(actorId: string): Statement[];
  /** The page of its speaker's list that holds a statement (1-based). */
  speakerPageOf(statement: Statement): number;
  /** Statements whose words reach a source through this (unnamed) intermediary. */
  statementsThrough(actorId: string): Statement[];
  /** Statements a source reports. */
  statementsCiting(sourceId: string): Statement[];
  statementsOnTopic(topic: TopicId): Statement[];
  statementsAbout(kind: 'talks' | 'events', id: string): Statement[];
  /** Statements that answer this one, where a source links them. */
  responsesTo(statementId: string): Statement[];
  /** Every actor, grouped by side in a fixed order, by name within a side. */
  actorsBySide(): [SideId, Actor[]][];
  /** A side's speakers, named ones first, then unnamed ones. */
  actorsOnSide(side: SideId): Actor[];
  /** Whether the sources report the actor's own statements, only its members', or only mention it. */
  voiceOf(actorId: string): Voice;
  /** How many actors have statements of their own: the site's one count of speakers (see `speakerCount`). */
  speakingCount(): number;
  /** A side's statements, in the order the sources report them. */
  statementsOnSide(side: SideId): Statement[];
  /** Statements by an organisation's members (directly or through a body within it), each with the member who made it. */
  memberStatementsOf(groupId: string): { statement: Statement; member: Actor }[];
  /** The topics that have statements, in the topics' order. */
  topicsInUse(): { topic: TopicId; statements: Statement[] }[];
  /** Where the sources differ: wordings of one statement, names and roles of one actor, facts of one talk or event (worked out once). */
  differences(): Differences;
  /** Every correction of every entry, newest first (worked out once). */
  corrections(): LoggedCorrection[];
  /** A statement's place in the list of statements worded differently (0-based), or -1 when the sources word it alike. */
  wordingDifferenceIndex(statementId: string): number;
}

export interface Differences {
  wordings: WordingDifference[];
  counterparts: CounterpartDifference[];
  names: NameDifference[];
  accounts: AccountDifference[];
}

// The article texts, read at build time.
const sourceTextFiles = import.meta.glob<string>('/content/sources/*.txt', { query: '?raw', import: 'default', eager: true });

function lookup<T extends { id: string }>(entries: readonly T[], kind: string) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (id: string): T => {
    const entry = byId.get(id);
    // The content check proves every reference resolves; reaching this is a bug, not bad content.
    if (!entry) throw new Error(`No ${kind} with id "${id}"`);
    return entry;
  };
}

/** The site's data from its content: pure, so that tests can give it fixtures. */
export function buildSiteData({ sources, actors, statements, talks, events, sourceTexts }: SiteContent): SiteData {
  const orderedSources = sortByKey(sources, (source) => source.data.receivedAs, (a, b) => a.localeCompare(b));
  const sourceRank = new Map(orderedSources.map((source, index) => [source.id, index]));
  const positionOf = (statement: Statement) =>
    reportedPosition(
      statement.data.renderings.map((rendering) => ({ ...rendering, source: rendering.source.id })),
      sourceTexts,
      sourceRank,
    );
  const orderedStatements = sortByKey(statements, positionOf, comparePositions);

  const actor = lookup(actors, 'actor');
  const source = lookup(sources, 'source');
  const paragraphsBySource = new Map([...sourceTexts].map(([id, text]) => [id, paragraphsOf(text)]));
  const sourceParagraphs = (id: string): string[] => paragraphsBySource.get(id) ?? [];
  // Lookups built once: pages ask for them thousands of times at scale.
  const index = <K>(keysOf: (statement: Statement) => readonly K[]) => {
    const map = new Map<K, Statement[]>();
    for (const statement of orderedStatements) {
      for (const key of new Set(keysOf(statement))) {
        const list = map.get(key);
        if (list) list.push(statement);
        else map.set(key, [statement]);
      }
    }
    return (key: K): Statement[] => map.get(key) ?? [];
  };
  const statementsOf = index((statement) => [statement.data.speaker.id]);
  const statementsCiting = index((statement) => statement.data.renderings.map((rendering) => rendering.source.id));
  const statementsThrough = index((statement) => statement.data.renderings.flatMap((rendering) => (rendering.via ? [rendering.via.id] : [])));
  const statementsOnTopic = index((statement) => statement.data.topics);
  const statementsAboutTalks = index((statement) => statement.data.talks.map((ref) => ref.id));
  const statementsAboutEvent = index((statement) => statement.data.events.map((ref) => ref.id));
  const speakerPage = new Map<string, number>();
  const seenOfSpeaker = new Map<string, number>();
  for (const statement of orderedStatements) {
    const speakerId = statement.data.speaker.id;
    const index = seenOfSpeaker.get(speakerId) ?? 0;
    seenOfSpeaker.set(speakerId, index + 1);
    speakerPage.set(statement.id, pageOfIndex(index, SPEAKER_PAGE_SIZE));
  }
  const orderOf = new Map(orderedStatements.map((statement, index) => [statement.id, index]));
  const responsesTo = index((statement) => statement.data.respondsTo.map((ref) => ref.id));
  let differencesFound: Differences | undefined;
  let wordingIndex: Map<string, number> | undefined;
  const findDifferences = (): Differences => {
    const reported = (list: readonly { text: string; source: { id: string } }[]) => list.map((entry) => ({ text: entry.text, source: entry.source.id }));
    const accounts = [
      ...talks.flatMap((entry) =>
        accountDifferences({ kind: 'talks', id: entry.id }, [
          { aspect: 'Where, as reported', reported: reported(entry.data.host) },
          { aspect: 'Mediators, as reported', reported: reported(entry.data.mediators.flatMap((mediator) => mediator.asReported)) },
          ...entry.data.delegations.map((delegation) => ({ aspect: `${actor(delegation.actor.id).data.name}, as reported`, reported: reported(delegation.asReported) })),
          { aspect: FACT_ASPECTS.duration, reported: reported(entry.data.duration) },
          { aspect: 'Outcome, as reported', reported: reported(entry.data.outcome) },
        ]),
      ),
      ...events.flatMap((entry) =>
        accountDifferences({ kind: 'events', id: entry.id }, [
          ...(Object.keys(FACT_ASPECTS) as (keyof typeof FACT_ASPECTS)[]).map((aspect) => ({ aspect: FACT_ASPECTS[aspect], reported: reported(entry.data.facts.filter((fact) => fact.aspect === aspect)) })),
          { aspect: 'Placed in time, as reported', reported: reported(entry.data.timeline.basis) },
        ]),
      ),
    ];
    return {
      wordings: wordingDifferences(orderedStatements.map((statement) => ({ id: statement.id, renderings: statement.data.renderings.map((rendering) => ({ source: rendering.source.id, quotes: rendering.quotes })) }))),
      counterparts: counterpartDifferences(orderedStatements.map((statement) => ({ id: statement.id, counterparts: statement.data.counterparts.map((ref) => ref.id) }))),
      names: nameDifferences(sortByKey(actors, (entry) => entry.data.name, (a, b) => a.localeCompare(b)).map((entry) => ({ id: entry.id, aliases: reported(entry.data.aliases), roleAsReported: reported(entry.data.roleAsReported) }))),
      accounts,
    };
  };
  const differences = () => (differencesFound ??= findDifferences());
  let correctionsFound: LoggedCorrection[] | undefined;
  const findCorrections = () =>
    correctionsLog([
      ...statements.map((entry) => ({ collection: 'statements', id: entry.id, label: `Statement by ${nameInSentence(actor(entry.data.speaker.id).data.name)}: ${entry.data.summary}`, href: urls.statement(entry.id), corrections: entry.data.corrections })),
      ...actors.map((entry) => ({ collection: 'actors', id: entry.id, label: entry.data.name, href: urls.speaker(entry.id), corrections: entry.data.corrections })),
      ...sources.map((entry) => ({ collection: 'sources', id: entry.id, label: entry.data.label, href: urls.source(entry.id), corrections: entry.data.corrections })),
      ...talks.map((entry) => ({ collection: 'talks', id: entry.id, label: entry.data.title, href: urls.talks(entry.id), corrections: entry.data.corrections })),
      ...events.map((entry) => ({ collection: 'events', id: entry.id, label: entry.data.title, href: urls.event(entry.id), corrections: entry.data.corrections })),
    ]);
  // Who belongs to whom, as membersOf reads it; built once, for member lists and speakers' voices.
  const memberLinks = actors.map((entry) => ({ id: entry.id, memberOf: entry.data.memberOf.map((ref) => ref.id), entry }));
  const membersOfGroup = (groupId: string) => membersOf(groupId, memberLinks);
  const voices = new Map<string, Voice>();
  const voiceOf = (id: string): Voice => {
    let voice = voices.get(id);
    if (!voice) {
      voice = statementsOf(id).length > 0 ? 'statements' : membersOfGroup(id).some((member) => statementsOf(member.id).length > 0) ? 'members' : 'mentioned';
      voices.set(id, voice);
    }
    return voice;
  };
  const speakerKey = (entry: Actor) => ({ ...entry.data, voice: voiceOf(entry.id) });
  const bySide = Map.groupBy(orderedStatements, (statement) => actor(statement.data.speaker.id).data.side);

  return {
    sources: orderedSources,
    actors: sortByKey(actors, (entry) => entry.data.name, (a, b) => a.localeCompare(b)),
    statements: orderedStatements,
    talks: [...talks],
    events: [...events],
    source,
    actor,
    statement: lookup(statements, 'statement'),
    talksEntry: lookup(talks, 'talks'),
    event: lookup(events, 'event'),
    sourceText: (id: string) => sourceTexts.get(id) ?? '',
    sourceParagraphs,
    paragraphOf: (sourceId: string, words: string) => paragraphIndexOf(words, sourceParagraphs(sourceId)),
    speakerOf: (statement: Statement) => actor(statement.data.speaker.id),
    shownOf: (statement: Statement, sourceId?: string) => shownStatement(statement.data, (id) => actor(id).data, (id) => source(id).data, sourceId),
    previewInputOf: (statement: Statement, sourceId?: string): PreviewInput =>
      previewInputFor(statement.data, (id) => actor(id).data, (id) => source(id).data, sourceId),
    embedModelOf: (statement: Statement, siteUrl: URL | string | undefined) =>
      embedModelOf(shownStatement(statement.data, (id) => actor(id).data, (id) => source(id).data), actor(statement.data.speaker.id).data, absoluteUrl(urls.statement(statement.id), siteUrl), SITE.name),
    hedgeOfRendering: (rendering: Rendering): string | undefined => hedgePhrase(rendering, rendering.via && actor(rendering.via.id).data.name),
    hedgeOf: (statement: Statement): string | undefined => {
      const first = statement.data.renderings[0];
      return first && hedgePhrase(first, first.via && actor(first.via.id).data.name);
    },
    statementsOf,
    speakerPageOf: (statement: Statement) => speakerPage.get(statement.id) ?? 1,
    statementsThrough,
    statementsCiting,
    statementsOnTopic: (topic: TopicId) => statementsOnTopic(topic),
    statementsAbout: (kind: 'talks' | 'events', id: string) => (kind === 'talks' ? statementsAboutTalks : statementsAboutEvent)(id),
    responsesTo,
    actorsBySide: () => groupInOrder(sortByKey(actors, speakerKey, compareSpeakers), (entry) => entry.data.side, Object.keys(SIDES) as SideId[]),
    actorsOnSide: (side: SideId) => sortByKey(actors.filter((entry) => entry.data.side === side), speakerKey, compareSpeakers),
    voiceOf,
    speakingCount: () => actors.filter((entry) => voiceOf(entry.id) === 'statements').length,
    statementsOnSide: (side: SideId) => bySide.get(side) ?? [],
    memberStatementsOf: (groupId: string) => {
      // From each member's own list, not a pass over every statement: a speaker page's work stays the size of what it shows.
      return membersOfGroup(groupId)
        .flatMap((member) => statementsOf(member.id).map((statement) => ({ statement, member: member.entry })))
        .sort((a, b) => (orderOf.get(a.statement.id) ?? 0) - (orderOf.get(b.statement.id) ?? 0));
    },
    differences,
    corrections: () => (correctionsFound ??= findCorrections()),
    wordingDifferenceIndex: (statementId: string) => {
      wordingIndex ??= new Map(differences().wordings.map((difference, position) => [difference.statement, position]));
      return wordingIndex.get(statementId) ?? -1;
    },
    topicsInUse: () =>
      (Object.keys(TOPICS) as TopicId[])
        .map((topic) => ({ topic, statements: statementsOnTopic(topic) }))
        .filter((entry) => entry.statements.length > 0),
  };
}

async function load(): Promise<SiteData> {
  const [sources, actors, statements, talks, events] = await Promise.all([
    getCollection('sources'),
    getCollection('actors'),
    getCollection('statements'),
    getCollection('talks'),
    getCollection('events'),
  ]);
  const sourceTexts = new Map(Object.entries(sourceTextFiles).map(([file, text]) => [file.replace(/^.*\/(.+)\.txt$/, '$1'), text]));
  return buildSiteData({ sources, actors, statements, talks, events, sourceTexts });
}

let cached: Promise<SiteData> | undefined;

/** The site's content, loaded once per build. */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
