/**
 * The content as published data: every entry with its references as ids and
 * URLs. Built from the same collections as the pages.
 * Used by the `/data/` routes at build time.
 */
import { correctionRecords } from './corrections.ts';
import { lastCorrectedDay } from '../corrections/corrections-log.ts';
import type { z } from 'astro/zod';
import type { actorRecord, eventRecord, OpenDataName, sourceRecord, statementRecord, talksRecord } from '../../schemas/open-data.ts';
import { SIDES } from '../../schemas/actors.ts';
import { TOPICS } from '../../schemas/topics.ts';
import { segmentsText } from '../text/shown.ts';
import type { SiteData } from '../site-data/site-data.ts';
import { absoluteUrl, urls } from '../routes/urls.ts';
import { LICENCE } from '../site.ts';

type Site = URL | string;
type Ref = { id: string };

export function openDataBuilders(data: SiteData, site: Site) {
  const at = (path: string) => absoluteUrl(path, site);
  const link = (build: (id: string) => string) => (ref: Ref) => ({ id: ref.id, url: at(build(ref.id)) });
  const sourceLink = link(urls.source);
  const actorLink = link(urls.speaker);
  const statementLink = link(urls.statement);
  const reported = (item: { text: string; source: Ref }) => ({ text: item.text, source: sourceLink(item.source) });

  const statements = (): z.input<typeof statementRecord>[] =>
    data.statements.map((statement) => ({
      id: statement.id,
      url: at(urls.statement(statement.id)),
      added: statement.data.added,
      changed: statement.data.changed ?? null,
      corrections: correctionRecords(statement.data.corrections),
      speaker: { ...actorLink(statement.data.speaker), name: data.speakerOf(statement).data.name },
      kind: statement.data.kind,
      summary: statement.data.summary,
      renderings: statement.data.renderings.map((rendering) => ({
        source: sourceLink(rendering.source),
        quotes: rendering.quotes,
        excerpt: rendering.excerpt ?? null,
        medium: rendering.medium,
        setting: rendering.setting ?? null,
        when: rendering.when ?? null,
        attribution: rendering.attribution ?? null,
        hedge: data.hedgeOfRendering(rendering) ?? null,
        via: rendering.via ? { ...actorLink(rendering.via), name: data.actor(rendering.via.id).data.name } : null,
        shown: segmentsText(data.shownOf(statement, rendering.source.id).segments),
        wordsBy: statement.data.kind === 'direct-quote' ? ('speaker' as const) : ('source' as const),
      })),
      topics: statement.data.topics,
      respondsTo: statement.data.respondsTo.map(statementLink),
      counterparts: statement.data.counterparts.map(statementLink),
      talks: statement.data.talks.map(link(urls.talks)),
      events: statement.data.events.map(link(urls.event)),
      timeline: statement.data.timeline ? { phase: statement.data.timeline.phase, basis: statement.data.timeline.basis.map(reported) } : null,
    }));

  const actors = (): z.input<typeof actorRecord>[] =>
    data.actors.map((actor) => ({
      id: actor.id,
      url: at(urls.speaker(actor.id)),
      added: actor.data.added,
      changed: actor.data.changed ?? null,
      corrections: correctionRecords(actor.data.corrections),
      name: actor.data.name,
      kind: actor.data.kind,
      side: actor.data.side,
      role: actor.data.role ?? null,
      roleAsReported: actor.data.roleAsReported.map(reported),
      aliases: actor.data.aliases.map(reported),
      memberOf: actor.data.memberOf.map(actorLink),
      statements: data.statementsOf(actor.id).map(statementLink),
      sources: actor.data.sources.map(sourceLink),
    }));

  const talks = (): z.input<typeof talksRecord>[] =>
    data.talks.map((entry) => ({
      id: entry.id,
      url: at(urls.talks(entry.id)),
      added: entry.data.added,
      changed: entry.data.changed ?? null,
      corrections: correctionRecords(entry.data.corrections),
      title: entry.data.title,
      summary: entry.data.summary,
      timeline: { phase: entry.data.timeline.phase, basis: entry.data.timeline.basis.map(reported) },
      host: entry.data.host.map(reported),
      mediators: entry.data.mediators.map((mediator) => ({ actor: actorLink(mediator.actor), asReported: mediator.asReported.map(reported) })),
      delegations: entry.data.delegations.map((delegation) => ({
        actor: actorLink(delegation.actor),
        members: delegation.members.map(actorLink),
        asReported: delegation.asReported.map(reported),
      })),
      duration: entry.data.duration.map(reported),
      outcome: entry.data.outcome.map(reported),
      positions: entry.data.positions.map((position) => ({ ...reported(position), actor: actorLink(position.actor), stance: position.stance })),
      sources: entry.data.sources.map(sourceLink),
    }));

  const events = (): z.input<typeof eventRecord>[] =>
    data.events.map((entry) => ({
      id: entry.id,
      url: at(urls.event(entry.id)),
      added: entry.data.added,
      changed: entry.data.changed ?? null,
      corrections: correctionRecords(entry.data.corrections),
      title: entry.data.title,
      summary: entry.data.summary,
      timeline: { phase: entry.data.timeline.phase, basis: entry.data.timeline.basis.map(reported) },
      facts: entry.data.facts.map((fact) => ({ ...reported(fact), aspect: fact.aspect })),
      actors: entry.data.actors.map(actorLink),
      talks: entry.data.talks.map(link(urls.talks)),
      sources: entry.data.sources.map(sourceLink),
    }));

  const sources = (): z.input<typeof sourceRecord>[] =>
    data.sources.map((source) => ({
      id: source.id,
      url: at(urls.source(source.id)),
      added: source.data.added,
      changed: source.data.changed ?? null,
      corrections: correctionRecords(source.data.corrections),
      label: source.data.label,
      headline: source.data.headline ?? null,
      outlet: source.data.outlet ?? null,
      author: source.data.author ?? null,
      published: source.data.published ?? null,
      boilerplateRemoved: source.data.boilerplate.map((item) => item.kind),
      paragraphs: data.sourceParagraphs(source.id),
      statements: data.statementsCiting(source.id).map(statementLink),
    }));

  const records = { statements, actors, talks, events, sources } satisfies Record<OpenDataName, () => unknown[]>;

  /** A whole data file: its records plus what a reader needs to interpret it. */
  const file = (name: OpenDataName) => {
    const items = records[name]();
    return {
      $schema: at(urls.dataSchema(name)),
      title: `${name} of the site, as published`,
      site: at('/'),
      license: { name: LICENCE.content.spdx, url: LICENCE.content.url, quotations: LICENCE.quotations },
      count: items.length,
      [name]: items,
    };
  };

  /** One row per source rendering of each statement. */
  const statementRows = (): string[][] => [
    // words_by says whose words `words` are: the speaker's, or (reported speech) the source's, never the speaker's.
    // New columns go at the end, so scripts that read columns by position keep working. Lists (topics) are joined with "; ".
    ['statement_id', 'speaker_id', 'speaker_name', 'kind', 'words', 'words_by', 'attribution', 'hedge', 'source_id', 'source_label', 'url', 'added', 'changed', 'side', 'side_label', 'topics', 'topic_labels', 'summary', 'last_corrected'],
    ...statements().flatMap((statement) =>
      statement.renderings.map((rendering) => [
        statement.id,
        statement.speaker.id,
        statement.speaker.name,
        statement.kind,
        rendering.shown,
        rendering.wordsBy,
        rendering.attribution ?? '',
        rendering.hedge ?? '',
        rendering.source.id,
        data.source(rendering.source.id).data.label,
        statement.url,
        statement.added,
        statement.changed ?? '',
        data.actor(statement.speaker.id).data.side,
        SIDES[data.actor(statement.speaker.id).data.side],
        statement.topics.join('; '),
        statement.topics.map((topic) => TOPICS[topic]).join('; '),
        statement.summary,
        lastCorrectedDay(statement.corrections) ?? '',
      ]),
    ),
  ];

  return { file, statementRows };
}
