/**
 * A deterministic synthetic corpus shaped like the real content, for the scale
 * benchmark (`npm run bench:scale`). Pure: the same options give the same
 * files, byte for byte. Everything it writes passes the content check: each
 * quoted passage, excerpt, setting, time word and role stands verbatim in the
 * source text the entry cites.
 *
 * Shape, from the real content: about one source article per 20 statements,
 * 375 speakers per 10,000 statements spread over the sides (a few speak often,
 * most rarely), one or two renderings per statement (one in six is reported by
 * a second source), one to three topics, a timeline phase with the source's own
 * words for most, a short MDX body quoting a few of the words. As in the real
 * content, most statements are about the talks and some about an event (when
 * their ids are given), about one speaker in four belongs to a body of their
 * side, and a few words reach a source through an unnamed intermediary.
 */
import { SIDES, type SideId } from '../../src/schemas/actors.ts';
import { PHASES } from '../../src/schemas/events.ts';
import { MEDIA } from '../../src/schemas/statements.ts';
import { TOPICS } from '../../src/schemas/topics.ts';

/** The site's own date of every synthetic entry: fixed, so the corpus stays the same byte for byte. */
const SYNTHETIC_ADDED = '2026-01-01';

export interface CorpusOptions {
  /** How many statements to write. */
  statements: number;
  /** Seed of the pseudo-random choices. */
  seed?: number;
  /** Prefix of every id, so the corpus can sit beside real content. */
  prefix?: string;
  /** Ids of existing talks entries to file statements under (the real ones, when the corpus sits beside the real content). */
  talks?: readonly string[];
  /** Ids of existing event entries, likewise. */
  events?: readonly string[];
}

/** Shares taken from the real content: 21 of its 30 statements are about the talks, 9 about an event, 1 reached its source through an intermediary (here: the first rendering of 3% of statements). */
const TALKS_SHARE = 0.7;
const EVENTS_SHARE = 0.3;
const VIA_SHARE = 0.03;
const MEMBER_SHARE = 0.25;
/** Statements per unnamed intermediary, about: the real content's intermediary is one article's "source familiar with the talks". */
const PER_INTERMEDIARY = 10;

export interface CorpusCounts {
  statements: number;
  sources: number;
  speakers: number;
}

/** Sources and speakers for a corpus of `statements` statements. */
export function corpusCounts(statements: number): CorpusCounts {
  return {
    statements,
    sources: Math.max(2, Math.round(statements / 20)),
    speakers: Math.max(6, Math.round(statements * 0.0375)),
  };
}

/** mulberry32: small, fast, deterministic. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'pakistan taliban kabul islamabad border talks istanbul ceasefire truce strike strikes retaliation militants sanctuary ' +
  'security terrorism soil territory government delegation mediators qatar turkey negotiations agreement demands ' +
  'assurances commitment peace war economy trade crossing trucks refugees sovereignty aggression restraint dialogue ' +
  'province attacks fighters camps evidence accusations denial warning response patience resolve neighbours region ' +
  'stability future history people nation army forces operations airspace drones villages civilians casualties ' +
  'responsibility guarantees written verifiable mechanism monitoring violations promise trust solution failure ' +
  'brotherly hostile friendly serious clear firm final immediate lasting complete legitimate illegal unacceptable'
).split(' ');
const FIRST = 'Amir Bilal Farid Ghulam Hamid Imran Jamil Kamran Latif Nasir Omar Qasim Rashid Sami Tariq Wahid Yusuf Zahid Abdul Hafiz Karim Munir Sadiq Zubair'.split(' ');
const LAST = 'Ahmadzai Baloch Chaudhry Durrani Farooqi Gilani Hotak Jatoi Khattak Lodhi Mengal Niazi Popalzai Qureshi Rahimi Safi Stanekzai Tarin Wardak Yousafzai Zaman Mohmand Kakar Afridi'.split(' ');
const ROLES = ['spokesperson', 'minister', 'senior official', 'envoy', 'commander', 'adviser', 'governor', 'senator', 'analyst', 'diplomat'];
/** Sides weighted roughly as the sources quote them. */
const SIDE_WEIGHTS: [SideId, number][] = [
  ['pakistan', 34],
  ['afghan-taliban', 30],
  ['mediator', 6],
  ['international', 8],
  ['non-state', 5],
  ['media', 4],
  ['observers', 9],
  ['unstated', 4],
];
const WHEN = ['after the talks collapsed', 'during the talks in Istanbul', 'before the talks began', 'earlier this week', 'on the final day of the talks'];
const PHASE_OF_WHEN: (keyof typeof PHASES)[] = ['after-talks', 'during-talks', 'before-talks', 'ongoing-when-reported', 'end-of-talks'];
const SETTINGS = ['Speaking to reporters in the capital', 'In a post on social media platform X', 'In a statement issued by his office', 'In an interview with a local channel'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const yamlString = (text: string) => JSON.stringify(text);

interface Speaker {
  id: string;
  name: string;
  side: SideId;
  role: string;
  /** The id of the body of their side they belong to, if any. */
  memberOf: string | undefined;
}

interface Passage {
  /** The words inside the quotation marks. */
  quote: string;
  /** The whole sentence (the excerpt). */
  sentence: string;
  setting: string;
  when: string;
  attribution: string;
}

/**
 * The corpus as files: paths relative to the project root (`content/...`)
 * mapped to their text, in a stable order.
 */
export function syntheticCorpus(options: CorpusOptions): Map<string, string> {
  const { statements: n, seed = 1, prefix = 'syn', talks = [], events = [] } = options;
  const counts = corpusCounts(n);
  const random = randomFrom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const width = String(Math.max(n, counts.sources, counts.speakers)).length;
  const bodyId = (side: SideId) => `${prefix}-body-${side}`;
  const bodyName = (side: SideId) => `Synthetic body of the side ${SIDES[side]}`;

  const speakers: Speaker[] = Array.from({ length: counts.speakers }, (_, index) => {
    let roll = random() * 100;
    let side: SideId = 'pakistan';
    for (const [candidate, weight] of SIDE_WEIGHTS) {
      if (roll < weight) {
        side = candidate;
        break;
      }
      roll -= weight;
    }
    // Names are unique by their number: "Amir Ahmadzai 12".
    const name = `${pick(FIRST)} ${pick(LAST)} ${index + 1}`;
    const memberOf = random() < MEMBER_SHARE ? bodyId(side) : undefined;
    return { id: `${prefix}-speaker-${pad(index + 1, width)}`, name, side, role: pick(ROLES), memberOf };
  });
  const intermediaries = Array.from({ length: Math.max(1, Math.round((n * VIA_SHARE) / PER_INTERMEDIARY)) }, (_, index) => ({
    id: `${prefix}-intermediary-${index + 1}`,
    name: `A synthetic source familiar with the talks ${index + 1}`,
  }));
  // Zipf-like: speaker k speaks with weight 1/k^0.9, so a few speak often and most rarely.
  const cumulative: number[] = [];
  speakers.reduce((sum, _, index) => {
    const total = sum + 1 / (index + 1) ** 0.9;
    cumulative.push(total);
    return total;
  }, 0);
  const pickSpeaker = (): Speaker => {
    const target = random() * (cumulative.at(-1) ?? 1);
    const index = cumulative.findIndex((value) => value >= target);
    return speakers[index] ?? (speakers[0] as Speaker);
  };

  const sourceId = (index: number) => `${prefix}-source-${pad(index + 1, width)}`;
  const paragraphs: string[][] = Array.from({ length: counts.sources }, (_, index) => [
    `Synthetic report ${index + 1}: ${words(6)}`,
  ]);
  const passage = (source: number, speaker: Speaker, via?: { name: string }): Passage => {
    const quote = `${words(6 + Math.floor(random() * 14))} ${words(1)}`;
    const when = pick(WHEN);
    const setting = pick(SETTINGS);
    const attribution = via ? `${via.name} told reporters the ${speaker.role} ${speaker.name} said` : `${speaker.role} ${speaker.name} said`;
    const sentence = `${setting}, ${attribution} ${when} that “${quote}”.`;
    // Another sentence of context, so paragraphs read like articles.
    paragraphs[source]?.push(`${sentence} ${words(12).replace(/^./, (c) => c.toUpperCase())}.`);
    return { quote, sentence, setting, when, attribution };
  };

  const files = new Map<string, string>();
  const speakerSources = new Map<string, Set<number>>();
  const topicIds = Object.keys(TOPICS);
  const media = Object.keys(MEDIA);
  const statementFiles: [string, string][] = [];
  for (let index = 0; index < n; index++) {
    const id = `${prefix}-statement-${pad(index + 1, width)}`;
    const speaker = pickSpeaker();
    const primary = index % counts.sources;
    const renderingSources = random() < 1 / 6 ? [primary, (primary + 1) % counts.sources] : [primary];
    const via = random() < VIA_SHARE ? pick(intermediaries) : undefined;
    const renderings = renderingSources.map((source, order) => {
      const through = order === 0 ? via : undefined;
      return { source, via: through, passage: passage(source, speaker, through) };
    });
    const aboutTalks = talks.length > 0 && random() < TALKS_SHARE ? [pick(talks)] : [];
    const aboutEvents = events.length > 0 && random() < EVENTS_SHARE ? [pick(events)] : [];
    const seen = speakerSources.get(speaker.id) ?? new Set<number>();
    for (const { source } of renderings) seen.add(source);
    speakerSources.set(speaker.id, seen);
    const first = renderings[0] as { source: number; passage: Passage };
    const topics = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(topicIds)))];
    const placed = random() < 0.7;
    const phase = PHASE_OF_WHEN[WHEN.indexOf(first.passage.when)] ?? 'not-placed';
    const respondsTo = index > 0 && random() < 0.05 ? [`${prefix}-statement-${pad(1 + Math.floor(random() * index), width)}`] : [];
    const quotedBit = first.passage.quote.split(' ').slice(0, 3).join(' ');
    const lines = [
      '---',
      `speaker: ${yamlString(speaker.id)}`,
      `kind: "direct-quote"`,
      `summary: ${yamlString(`${speaker.name} speaks on ${TOPICS[topics[0] as keyof typeof TOPICS].toLowerCase()}, according to ${renderings.length === 1 ? 'one source' : 'two sources'}.`)}`,
      'renderings:',
      ...renderings.flatMap(({ source, via: through, passage: p }) => [
        `  - source: ${yamlString(sourceId(source))}`,
        '    quotes:',
        `      - ${yamlString(p.quote)}`,
        `    excerpt: ${yamlString(p.sentence)}`,
        `    medium: ${yamlString(pick(media))}`,
        `    setting: ${yamlString(p.setting)}`,
        `    when: ${yamlString(p.when)}`,
        `    attribution: ${yamlString(p.attribution)}`,
        ...(through ? [`    via: ${yamlString(through.id)}`] : []),
      ]),
      'topics:',
      ...topics.map((topic) => `  - ${yamlString(topic)}`),
      ...(respondsTo.length ? ['respondsTo:', ...respondsTo.map((target) => `  - ${yamlString(target)}`)] : []),
      ...(aboutTalks.length ? ['talks:', ...aboutTalks.map((target) => `  - ${yamlString(target)}`)] : []),
      ...(aboutEvents.length ? ['events:', ...aboutEvents.map((target) => `  - ${yamlString(target)}`)] : []),
      ...(placed
        ? ['timeline:', `  phase: ${yamlString(phase)}`, '  basis:', `    - text: ${yamlString(first.passage.when)}`, `      source: ${yamlString(sourceId(first.source))}`]
        : []),
      `added: ${yamlString(SYNTHETIC_ADDED)}`,
      '---',
      '',
      `${speaker.name}'s words as the ${renderings.length === 1 ? 'source reports them' : 'two sources report them'}, beginning "${quotedBit}". ${words(10).replace(/^./, (c) => c.toUpperCase())}.`,
      '',
    ];
    statementFiles.push([`content/statements/${id}.mdx`, lines.join('\n')]);
  }

  for (const speaker of speakers) {
    const quotedIn = speakerSources.get(speaker.id);
    // A speaker no statement quotes is mentioned in the first article, as the real ones are.
    if (!quotedIn) paragraphs[0]?.push(`The ${speaker.role} ${speaker.name} was also present.`);
    const cited = [...(quotedIn ?? new Set([0]))].sort((a, b) => a - b).slice(0, 3);
    files.set(
      `content/actors/${speaker.id}.mdx`,
      [
        '---',
        `name: ${yamlString(speaker.name)}`,
        `kind: "person"`,
        `side: ${yamlString(speaker.side)}`,
        `role: ${yamlString(speaker.role.replace(/^./, (c) => c.toUpperCase()))}`,
        'roleAsReported:',
        `  - text: ${yamlString(`${speaker.role} ${speaker.name}`)}`,
        `    source: ${yamlString(sourceId(cited[0] ?? 0))}`,
        ...(speaker.memberOf ? ['memberOf:', `  - ${yamlString(speaker.memberOf)}`] : []),
        'sources:',
        ...cited.map((source) => `  - ${yamlString(sourceId(source))}`),
        `added: ${yamlString(SYNTHETIC_ADDED)}`,
        '---',
        '',
        `${speaker.name} is a synthetic ${speaker.role} on the side of ${SIDES[speaker.side]}, for the scale benchmark.`,
        '',
      ].join('\n'),
    );
  }
  // The bodies that have members, and the intermediaries, are named in the first article.
  const mentioned = (id: string, name: string, kind: string, side: SideId) => {
    paragraphs[0]?.push(`${name} was also named.`);
    files.set(
      `content/actors/${id}.mdx`,
      [
        '---',
        `name: ${yamlString(name)}`,
        `kind: ${yamlString(kind)}`,
        `side: ${yamlString(side)}`,
        'roleAsReported:',
        `  - text: ${yamlString(name)}`,
        `    source: ${yamlString(sourceId(0))}`,
        'sources:',
        `  - ${yamlString(sourceId(0))}`,
        `added: ${yamlString(SYNTHETIC_ADDED)}`,
        '---',
        '',
        `${name} is a synthetic ${kind === 'unnamed-person' ? 'unnamed source' : 'body'}, for the scale benchmark.`,
        '',
      ].join('\n'),
    );
  };
  for (const side of new Set(speakers.flatMap((speaker) => (speaker.memberOf ? [speaker.side] : [])))) mentioned(bodyId(side), bodyName(side), 'organisation', side);
  for (const intermediary of intermediaries) mentioned(intermediary.id, intermediary.name, 'unnamed-person', 'unstated');
  for (let index = 0; index < counts.sources; index++) {
    const id = sourceId(index);
    const text = `${(paragraphs[index] ?? []).join('\n')}\n`;
    const headline = (paragraphs[index] ?? [])[0] ?? '';
    files.set(
      `content/sources/${id}.mdx`,
      [
        '---',
        `label: ${yamlString(`Synthetic source ${index + 1}`)}`,
        `headline: ${yamlString(headline)}`,
        `receivedAs: ${yamlString(`${pad(index, 3)}_${prefix}${index + 1}.txt`)}`,
        `added: ${yamlString(SYNTHETIC_ADDED)}`,
        '---',
        '',
        `A synthetic article for the scale benchmark. Its headline is "${headline}".`,
        '',
      ].join('\n'),
    );
    files.set(`content/sources/${id}.txt`, text);
  }
  for (const [file, text] of statementFiles) files.set(file, text);
  return files;
}
