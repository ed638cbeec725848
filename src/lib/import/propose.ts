/**
 * Proposals: the statements an article holds, found sentence by sentence.
 *
 * A quotation belongs to the speech verb nearest before it in its sentence
 * ("Tarar stated that the “…”"), or to one right after it ("“…,” he said");
 * quotations sharing a verb are one statement's parts. A speech verb that
 * takes a clause and has no quotation ("Analysts note that …") is reported
 * speech: the source's sentence, never the speaker's words. Every text a
 * proposal carries is a slice of the paragraph, so it is verbatim by
 * construction.
 */
import type { MEDIA, STATEMENT_KINDS } from '../../schemas/statements.ts';
import { sentences, type Quotation, type Sentence } from './sentences.ts';
import { SPEECH_NOUNS, speechVerbs, type SpeechVerb } from './speech.ts';
import { hasTitle, type Confidence, type SpeakerChoice, type SpeakerResolver } from './speakers.ts';

export type StatementKind = keyof typeof STATEMENT_KINDS;
export type MediumId = keyof typeof MEDIA;

export interface Proposal {
  kind: StatementKind;
  /** Index of the paragraph in the article's kept text. */
  paragraph: number;
  quotes: string[];
  /** The whole sentence (or sentences) around the words. */
  excerpt: string;
  /** How the source attributes the words, verbatim, hedge included. */
  attribution?: string;
  speaker?: SpeakerChoice;
  via?: SpeakerChoice;
  medium: MediumId;
  setting?: string;
  when?: string;
  /** Why each choice was made, for the editor. */
  notes: string[];
  confidence: Confidence;
}

export interface ArticleParagraphs {
  paragraphs: readonly string[];
  /** Headline and section headings: no statements are drafted from them. */
  headings: readonly number[];
}

/** Words before a quotation or verb that only link clauses. */
const LEADING_LINKS = /^(?:(?:but|and|while|whereas|as|so|yet)\s+)+/i;
/** Words that open a clause but are part of how the source attributes ("which X stated", "with a spokesperson stating"). */
const RELATIVE_OPENERS = /^(?:(?:which|what|who|whom|that|with|as|a claim|a charge|an allegation|an accusation|a position|a view)\s+)+/i;
/** A phrase set off by commas between a subject and its verb. */
const PARENTHETICAL = /^(?:speaking|writing|talking|addressing|posting|responding|who|which|according|in an?|on|at|during|after|before|later|meanwhile|however|too|also)\b/i;
/** Words between a subject and its verb that are not the subject ("Islamabad has long accused"). */
const AUXILIARIES = /(?:\s+(?:has|have|had|is|was|were|are|also|long|directly|consistently|reportedly|repeatedly|further|again|later|then|once|earlier|previously|allegedly|publicly|separately|strongly|firmly|categorically|clearly|only|even|had earlier|has also))+\s*$/i;

/** A time phrase in the source's words ("Following the diplomatic failure", "after the talks", "earlier this month"). */
const WHEN =
  /\b(?:(?:[Ff]ollowing|[Aa]fter|[Bb]efore|[Dd]uring|[Aa]head of)\s+(?:the|a|an|his|her|its|their|last|this|recent|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,.;:“”"]{0,60}|(?:[Ee]arlier|[Ll]ater)\s+(?:this|that|last)\s+(?:week|month|year)|(?:[Ll]ast|[Tt]his)\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))/;
/** A sentence-opening phrase that says where and how ("In a post on social media platform X", "Speaking to reporters at …"). */
const SETTING = /^(?:In an? (?:post|tweet|statement|interview|message|video|speech|address|letter|press conference)\b[^,]*|(?:Speaking|Talking|Writing|Addressing|Posting)\s+(?:to|at|on|in|a|the)\b[^,]*)(?=,)/;

function mediumOf(setting: string | undefined, attribution?: string): MediumId | undefined {
  if (attribution && /\b(?:told|telling)\s+(?:reporters|journalists|the press|a press conference)\b/i.test(attribution)) return 'remarks-to-reporters';
  if (!setting) return undefined;
  if (/\b(?:X|Twitter|tweet)\b/.test(setting)) return 'post-on-x';
  if (/\b(?:reporters|journalists|press|media)\b/i.test(setting)) return 'remarks-to-reporters';
  if (/\bstatement\b/i.test(setting)) return 'official-statement';
  return undefined;
}

/** A quotation's words as the site keeps them: a trailing comma always dropped, a trailing full stop dropped from a fragment. */
export function quoteWords(text: string): string {
  let words = text.trim().replace(/,$/, '');
  if (/^[a-z]/.test(words)) words = words.replace(/\.$/, '');
  return words.trim();
}

interface Attached {
  verb: SpeechVerb | undefined;
  noun?: { start: number; end: number };
  quotations: Quotation[];
  /** The verb comes after the quotation ("“…,” he said"). */
  after?: boolean;
}

/** The speech verb a quotation belongs to: right after it ("“…,” he said", "“…,” said Asif"), or the nearest before it. */
function verbFor(quotation: Quotation, verbs: readonly SpeechVerb[], sentence: Sentence): { verb: SpeechVerb; after: boolean } | undefined {
  // "“…,” he said", "“…,” said Asif", "“…,” a spokesperson for the council told IANS": a short subject between.
  const following = verbs.find((verb) => verb.start >= quotation.close && /^[\s,]*(?:[\w’'.-]+\s+){0,8}$/.test(sentence.text.slice(quotation.close - sentence.start, verb.start - sentence.start)));
  const preceding = verbs.filter((verb) => verb.end <= quotation.open).at(-1);
  // "“A,” he said, “B.”": A takes the verb after it; B the one before it.
  const startsSentence = sentence.text.slice(0, quotation.open - sentence.start).trim() === '';
  if (following && (!preceding || startsSentence)) return { verb: following, after: true };
  if (preceding) return { verb: preceding, after: false };
  return following ? { verb: following, after: true } : undefined;
}

/** The text between the clause start and `at`, the start of the attribution and the subject for the resolver. */
function clauseBefore(sentence: Sentence, at: number, quotations: readonly Quotation[]): { start: number; subject: string } {
  const local = at - sentence.start;
  let from = 0;
  for (const quotation of quotations) if (quotation.close - sentence.start <= local) from = Math.max(from, quotation.close - sentence.start);
  const before = sentence.text.slice(from, local);
  // Clause boundaries are commas and semicolons, except around a subject set off by commas: an appositive ("Pakistan's
  // Information Minister, Attaullah Tarar, stated") or a parenthetical ("Okafor, speaking on state television, said").
  const segments: { start: number; text: string }[] = [];
  let segmentStart = 0;
  for (const match of before.matchAll(/[,;]/g)) {
    segments.push({ start: segmentStart, text: before.slice(segmentStart, match.index) });
    segmentStart = match.index + 1;
  }
  segments.push({ start: segmentStart, text: before.slice(segmentStart) });
  let start = segments.at(-1)!.start;
  if (segments.length > 1 && segments.at(-1)!.text.trim() === '') {
    let index = segments.length - 2;
    // Skip what stands between the subject and its verb: a parenthetical, or a description after a name ("Lina Okafor, spokesperson for …, said").
    while (index > 0 && (PARENTHETICAL.test(segments[index]!.text.trim()) || (/^[a-z]/.test(segments[index]!.text.trim()) && hasTitle(segments[index]!.text)))) index -= 1;
    const nameLike = (text: string) => /^[A-Z]/.test(text.trim()) && text.trim().split(/\s+/).length <= 6;
    if (nameLike(segments[index]!.text)) {
      const subjectEnd = index;
      while (index > 0 && nameLike(segments[index - 1]!.text)) index -= 1;
      start = segments[index]!.start;
      // The subject is the name-like segments; what stood between them and the verb stays in the attribution only.
      if (subjectEnd < segments.length - 2) {
        const subject = segments.slice(index, subjectEnd + 1).map((segment) => segment.text).join(',').replace(AUXILIARIES, '').trim();
        return { start: sentence.start + from + start, subject: subject.replace(RELATIVE_OPENERS, '') };
      }
    } else start = segments.at(-1)!.start;
  }
  while (start < before.length && /\s/.test(before[start]!)) start += 1;
  // "… maintained that … and reiterated": a verb joined to the one before shares its subject.
  const coordinated = /(?:^|\s)(and|but|then)\s*$/i.exec(before.slice(start));
  if (coordinated) return { start: sentence.start + from + start + coordinated.index + coordinated[0].indexOf(coordinated[1]!), subject: '' };
  // "… sustain what he described as": a relative clause with its own short subject starts at its pronoun.
  const relative = /\b(?:what|which|whom|as)\s+(?:\S+\s+){0,3}$/i.exec(before.slice(start));
  if (relative && relative.index > 0) start += relative.index;
  let clause = before.slice(start);
  const link = LEADING_LINKS.exec(clause);
  // "but officials said": the attribution starts at the subject; "and said": nothing else to start at.
  if (link && clause.slice(link[0].length).trim() !== '') {
    start += link[0].length;
    clause = clause.slice(link[0].length);
  }
  const subject = clause.replace(RELATIVE_OPENERS, '').replace(AUXILIARIES, '').replace(/^(?:and|but|then)$/i, '').trim();
  return { start: sentence.start + from + start, subject };
}

/** Where the main clause's subject starts: after a sentence-opening phrase that ends in a comma ("Speaking to reporters …, "). */
function mainClauseStart(sentence: Sentence): number {
  const opener = /^(?:(?:In|On|At|After|Following|Before|During|Speaking|Talking|Writing|Addressing|Responding|With|Meanwhile|However|Later|Earlier)\b[^,“”"]*,\s*)/.exec(sentence.text);
  return sentence.start + (opener ? opener[0].length : 0);
}

const slice = (paragraph: string, start: number, end: number) => paragraph.slice(start, end).trim();

/** The noun phrase a clause starts with: up to its first auxiliary or past-tense verb ("Pakistan's defence minister" in "… has issued a warning"). */
export function leadingNounPhrase(clause: string): string {
  const verb = /\s(?:has|have|had|is|was|were|are|will|would|could|can|did|does|do|also|[a-z]{3,}ed)\b/.exec(clause);
  return (verb ? clause.slice(0, verb.index) : clause).replace(/,\s*$/, '').trim();
}

/** Whom words are told to ("told reporters", "telling them", "told Afghanistan International"): part of the attribution. */
const LISTENER = /^\s+(?:them|him|her|reporters|journalists|the press|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})/;

/** Verbs whose words are followed by "as" ("what he described as a war economy"). */
const TAKES_AS = new Set(['describe', 'term']);

/** All proposals of an article, in reading order. */
export function propose(article: ArticleParagraphs, resolver: SpeakerResolver): Proposal[] {
  const proposals: Proposal[] = [];
  // A quotation still open at a paragraph's end runs on into the next (news style): its words join the statement there.
  let runOn: { quotes: string[]; excerpt: string } | undefined;
  article.paragraphs.forEach((paragraph, index) => {
    if (article.headings.includes(index)) return;
    let paragraphWhen: string | undefined;
    let remarksSetting: { setting: string; speaker: string } | undefined;
    let previousInParagraph: Proposal | undefined;
    for (const sentence of sentences(paragraph)) {
      const local = sentence.quotations.map((quotation) => ({ open: quotation.open - sentence.start, close: quotation.close - sentence.start }));
      const verbs = speechVerbs(sentence.text, { skip: local }).map((verb) => ({ ...verb, start: verb.start + sentence.start, end: verb.end + sentence.start }));
      const outside = sentence.text.replace(/“[^”]*”|"[^"]*"/g, ' ');
      const ownWhen = WHEN.exec(outside)?.[0]?.trim();
      const when = ownWhen ?? paragraphWhen;
      paragraphWhen ??= ownWhen;
      const setting = SETTING.exec(sentence.text)?.[0];

      // A sentence that is only a quotation continues the quotation before it ("…,” he said.“If our borders …”").
      const onlyQuoted = sentence.quotations.length > 0 && outside.replace(/[\s.,;:!?—–-]/g, '') === '';
      if (onlyQuoted && previousInParagraph?.kind === 'direct-quote') {
        previousInParagraph.quotes.push(...sentence.quotations.map((quotation) => quoteWords(quotation.text)));
        const excerptStart = paragraph.indexOf(previousInParagraph.excerpt);
        previousInParagraph.excerpt = slice(paragraph, excerptStart, sentence.end);
        previousInParagraph.notes.push('the next sentence is only a quotation, so it continues this one');
        continue;
      }

      // Attach each quotation to its verb (or to a noun such as "phrase").
      const groups: Attached[] = [];
      for (const quotation of sentence.quotations) {
        // "the familiar Taliban phrase that“…”": a phrase with no speaker, whatever verb follows.
        const nounBefore = SPEECH_NOUNS.exec(paragraph.slice(sentence.start, quotation.open));
        const found = nounBefore ? undefined : verbFor(quotation, verbs, sentence);
        if (found) {
          const joined = found.verb.lemma === 'add' && found.verb.participle && groups.length > 0 ? groups.at(-1)! : groups.find((group) => group.verb === found.verb);
          if (joined) joined.quotations.push(quotation);
          else groups.push({ verb: found.verb, quotations: [quotation], after: found.after });
          continue;
        }
        const noun = SPEECH_NOUNS.exec(paragraph.slice(sentence.start, quotation.open));
        if (noun) groups.push({ verb: undefined, noun: { start: sentence.start + noun.index, end: sentence.start + noun.index + noun[1]!.length }, quotations: [quotation] });
        else groups.push({ verb: undefined, quotations: [quotation] });
      }

      let previousSubject: { choice: SpeakerChoice | undefined; attribution: string | undefined } | undefined;
      const made: Proposal[] = [];
      const consumed = new Set<SpeechVerb>();
      const attribute = (verb: SpeechVerb, after: boolean | undefined, reported = false): { attribution: string; choice: SpeakerChoice | undefined; via?: SpeakerChoice; setting?: string } => {
        if (verb.lemma === 'according-to') {
          const named = /^\s+([^,.;:“”"]+)/.exec(paragraph.slice(verb.end))?.[1]?.trimEnd() ?? '';
          return { attribution: slice(paragraph, verb.start, verb.end + 1 + named.length), choice: named ? resolver.resolve(named) : undefined };
        }
        if (after) {
          const close = Math.max(...sentence.quotations.filter((quotation) => quotation.close <= verb.start).map((quotation) => quotation.close), sentence.start);
          const tail = /^[^,.;:“”"]*/.exec(paragraph.slice(verb.end))?.[0] ?? '';
          const start = close + (/^[\s,]*/.exec(paragraph.slice(close))?.[0].length ?? 0);
          const subjectBefore = slice(paragraph, start, verb.start);
          const subject = subjectBefore || tail.trim();
          let end = subjectBefore ? verb.end : verb.end + tail.trimEnd().length;
          if (subjectBefore && verb.lemma === 'tell') end += LISTENER.exec(paragraph.slice(verb.end))?.[0].length ?? 0;
          return { attribution: slice(paragraph, start, end), choice: resolver.resolve(subject) };
        }
        if (verb.participle) {
          const start = mainClauseStart(sentence);
          const subject = leadingNounPhrase(slice(paragraph, start, verb.start).replace(/,$/, ''));
          return { attribution: slice(paragraph, start, verb.end), choice: resolver.resolve(subject) };
        }
        const clause = clauseBefore(sentence, verb.start, sentence.quotations);
        let end = verb.end;
        // "told Afghanistan International that …", "telling them to …": the listener belongs to the attribution.
        if (verb.lemma === 'tell') end += LISTENER.exec(paragraph.slice(verb.end))?.[0].length ?? 0;
        if (TAKES_AS.has(verb.lemma)) end += /^\s+(?:[\w’'-]+\s+){0,5}?as\b/.exec(paragraph.slice(verb.end))?.[0].length ?? 0;
        const attribution = slice(paragraph, clause.start, end);
        // "said in a statement", "wrote on X": where and how, in the source's words.
        const how = /^\s+((?:in an? (?:statement|interview|post|message|video|speech|televised address)(?: on (?!Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[A-Z][\w-]*)?)|on (?:X|Twitter|Facebook|state television|television))\b/.exec(paragraph.slice(end))?.[1];
        // No subject of its own ("… and said …"): the verb before it in the sentence speaks; reported speech, the source's
        // whole sentence, is attributed as that verb attributes it.
        if (clause.subject === '') return { attribution: previousSubject?.attribution && (reported || !/^(?:and|but|then)\b/i.test(attribution)) ? previousSubject.attribution : attribution, choice: previousSubject?.choice };
        const choice = resolver.resolve(clause.subject);
        // "A source familiar with the talks told Afghanistan International that Pakistan urged …": the source passes on another's words.
        if (verb.lemma === 'tell' && choice && /\b(?:source|sources|official|officials|insider|person)\b/i.test(clause.subject)) {
          const thatClause = /^\s+that\s+/.exec(paragraph.slice(end));
          const innerStart = end + (thatClause?.[0].length ?? 0);
          const inner = thatClause ? verbs.find((other) => other.start > innerStart && !other.participle) : undefined;
          if (inner) {
            consumed.add(inner);
            const innerSubject = slice(paragraph, innerStart, inner.start).replace(AUXILIARIES, '');
            const speaker = resolver.resolve(innerSubject);
            if (speaker) return { attribution, choice: speaker, via: choice, setting: slice(paragraph, verb.start, end) };
          }
        }
        return { attribution, choice, ...(how ? { setting: how } : {}) };
      };

      for (const group of groups) {
        const notes: string[] = [];
        let attribution: string | undefined;
        let choice: SpeakerChoice | undefined;
        let via: SpeakerChoice | undefined;
        let medium: MediumId | undefined = mediumOf(setting);
        let ownSetting = setting;
        if (group.verb) {
          consumed.add(group.verb);
          const found = attribute(group.verb, group.after);
          ({ attribution, choice, via } = found);
          if (found.setting) {
            ownSetting = found.setting;
            medium = mediumOf(found.setting) ?? medium;
          }
          notes.push(`quoted after “${group.verb.text}”${group.after ? ' (the verb follows the quotation)' : ''}`);
        } else if (group.noun) {
          const clause = clauseBefore(sentence, group.noun.end, []);
          attribution = slice(paragraph, clause.start, group.noun.end).replace(/^(?:(?:citing|quoting|invoking|recalling|echoing|responding to|referring to|to|of|that)\s+)+/i, '');
          choice = resolver.resolve(attribution);
          medium = 'public-phrase';
          ownSetting = attribution;
          notes.push(`introduced as a ${paragraph.slice(group.noun.start, group.noun.end)}, with no speaker named`);
        } else {
          notes.push('no speech verb in the sentence: who says these words is for the editor to decide (a term the source puts in quotation marks is not a statement)');
        }
        previousSubject = { choice, attribution };
        if (choice) resolver.spoke(choice.actor);
        medium ??= mediumOf(undefined, attribution);
        if (!medium && (choice?.newActor?.kind === 'unnamed-person' || via || /\b(?:officials?|sources?)\b/i.test(attribution ?? ''))) medium = 'unnamed-source';
        if (!ownSetting && remarksSetting && choice && remarksSetting.speaker === choice.actor) {
          ownSetting = remarksSetting.setting;
          medium ??= 'remarks-to-reporters';
          notes.push('setting: the remarks the paragraph began with');
        }
        if (ownSetting && mediumOf(ownSetting) === 'remarks-to-reporters' && choice) remarksSetting = { setting: ownSetting, speaker: choice.actor };
        const proposal: Proposal = {
          kind: 'direct-quote',
          paragraph: index,
          quotes: group.quotations.map((quotation) => quoteWords(quotation.text)).filter((words) => words.length > 0),
          excerpt: sentence.text,
          ...(attribution ? { attribution } : {}),
          ...(choice ? { speaker: choice } : {}),
          ...(via ? { via } : {}),
          medium: medium ?? 'not-stated',
          ...(ownSetting ? { setting: ownSetting } : {}),
          ...(when ? { when } : {}),
          notes,
          confidence: !choice ? 'low' : choice.confidence,
        };
        const runsOn = !group.verb && !group.noun && group.quotations.at(-1)!.close >= paragraph.length && !/[”"]\s*$/.test(paragraph);
        if (runsOn) {
          runOn = { quotes: proposal.quotes, excerpt: sentence.text };
          continue;
        }
        if (runOn && proposal.speaker && made.length === 0 && proposals.at(-1)?.paragraph !== index) {
          proposal.quotes.unshift(...runOn.quotes);
          proposal.excerpt = `${runOn.excerpt} ${proposal.excerpt}`;
          proposal.notes.push('the quotation begins in the paragraph before, which ends inside it');
          runOn = undefined;
        }
        if (proposal.quotes.length > 0) made.push(proposal);
      }

      // Reported speech: a speech verb with no quotation of its own that reports a claim.
      for (const verb of verbs) {
        if (consumed.has(verb)) continue;
        const endsClause = /^\s*[.,;]/.test(paragraph.slice(verb.end)) && /\b(?:claim|charge|allegation|accusation)\b[^,.;]*$/i.test(paragraph.slice(sentence.start, verb.start));
        if (!verb.takesClause && !endsClause) continue;
        if (verb.participle && made.length > 0) continue;
        const found = attribute(verb, false, true);
        if (!found.choice) continue;
        // The words are the source's sentence, from the clause the report is in ("…, but officials said …").
        const before = paragraph.slice(sentence.start, paragraph.indexOf(found.attribution, sentence.start));
        const cut = Math.max(before.lastIndexOf(', but '), before.lastIndexOf(', and '), before.lastIndexOf('; '));
        // ", but " and ", and " are six characters, "; " two.
        const from = cut >= 0 ? sentence.start + cut + (before.startsWith('; ', cut) ? 2 : 6) : sentence.start;
        const words = slice(paragraph, from, sentence.end);
        resolver.spoke(found.choice.actor);
        const medium = mediumOf(found.setting ?? setting) ?? (found.via || found.choice.newActor?.kind === 'unnamed-person' || /\b(?:officials?|sources?)\b/i.test(found.attribution) ? 'unnamed-source' : 'not-stated');
        made.push({
          kind: 'paraphrase',
          paragraph: index,
          quotes: [words],
          excerpt: sentence.text,
          attribution: found.attribution,
          speaker: found.choice,
          ...(found.via ? { via: found.via } : {}),
          medium,
          ...(found.setting || setting ? { setting: (found.setting ?? setting)! } : {}),
          ...(when ? { when } : {}),
          notes: [`reported speech: “${verb.text}” ${endsClause ? 'ends a clause that reports a claim' : 'takes a clause'} and no quotation is attached to it`],
          confidence: found.choice.confidence === 'high' ? 'medium' : 'low',
        });
      }
      made.sort((a, b) => paragraph.indexOf(a.attribution ?? a.quotes[0]!, sentence.start) - paragraph.indexOf(b.attribution ?? b.quotes[0]!, sentence.start));
      proposals.push(...made);
      if (made.length > 0) previousInParagraph = made.at(-1);
      else resolver.mentioned(leadingNounPhrase(paragraph.slice(mainClauseStart(sentence), sentence.end)));
    }
  });
  return proposals;
}
