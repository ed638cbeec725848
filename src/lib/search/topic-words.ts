/**
 * Topics' search words (`TOPIC_SEARCH_WORDS`): the site's own words for a
 * topic ("ceasefire" for Truce and fighting), indexed on the topic's
 * statements at a weight nothing else on a statement page has. A result that
 * Pagefind found only in them did not match the source's words, and the card
 * says which topic it came through.
 * Runs in the browser (`src/scripts/search-page.ts`) and at build time (StatementView, facets.json).
 */
import { fold, searchWords } from './card.ts';

/** The Pagefind weight of a statement's topic words: below everything that is the statement's own text. */
export const TOPIC_WORDS_WEIGHT = 0.5;

/** Topic label → its search words, as `/search/facets.json` carries them. */
export type TopicWords = Readonly<Record<string, readonly string[]>>;

/** A topic a search reached through its search words, and which of them. */
export interface TopicMatch {
  topic: string;
  words: string[];
}

const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether two words are the same word for a search: one begins with the
 * other, as Pagefind matches a word being typed ("ceasefi") and as its
 * stemming folds an ending ("ceasefires" for "ceasefire").
 */
const sameWord = (searched: string, indexed: string) => indexed.startsWith(searched) || (searched.length > 4 && searched.startsWith(indexed.slice(0, -1)) && searched.length - indexed.length <= 2);

/** The topics, among `topics`, whose search words hold a searched word, with those words ("ceasefire" → Truce and fighting). */
export function topicsSearchedAs(term: string, topics: readonly string[], topicWords: TopicWords): TopicMatch[] {
  const searched = searchWords(term);
  if (searched.length === 0) return [];
  return topics.flatMap((topic) => {
    const words = (topicWords[topic] ?? []).filter((phrase) => wordsOf(phrase).some((word) => searched.some((typed) => sameWord(typed, word))));
    return words.length ? [{ topic, words }] : [];
  });
}

/**
 * Whether every place Pagefind matched on a page is in its topic words: the
 * page's own text (the words, summary, speaker) holds none of the search.
 * `weights` are the weights of the result's `weighted_locations`.
 */
export function matchedOnlyInTopicWords(weights: readonly number[]): boolean {
  return weights.length > 0 && weights.every((weight) => Math.abs(weight - TOPIC_WORDS_WEIGHT) < 0.01);
}

/**
 * The searched words a statement's shown text does not hold but its topics'
 * search words do: the words it was found through its topics for. Empty
 * when the statement's own words answer the whole search.
 */
export function wordsOnlyInTopics(term: string, shownText: string, topicWords: readonly string[]): string[] {
  const shown = wordsOf(shownText);
  const inTopics = topicWords.flatMap(wordsOf);
  return searchWords(term).filter((typed) => !shown.some((word) => sameWord(typed, word)) && inTopics.some((word) => sameWord(typed, word)));
}

/**
 * The note on a card found through a topic: "Found on the topic Truce and
 * fighting: “ceasefire” is the site’s search word for it, not the source’s."
 */
export function topicNote(matches: readonly TopicMatch[]): string | undefined {
  if (matches.length === 0) return undefined;
  const words = [...new Set(matches.flatMap((match) => match.words))].map((word) => `“${word}”`);
  const topics = matches.map((match) => match.topic);
  const topicList = topics.length === 1 ? `the topic ${topics[0]}` : `the topics ${topics.slice(0, -1).join(', ')} and ${topics.at(-1)}`;
  const wordList = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
  const are = words.length === 1 ? 'is the site’s search word' : 'are the site’s search words';
  return `Found on ${topicList}: ${wordList} ${are} for ${topics.length === 1 ? 'it' : 'them'}, not the source’s.`;
}

/**
 * The clause after a result sentence when a searched word is a topic's
 * search word: results may have come through the topic, not the sources' words.
 */
export function topicWordsClause(term: string, topicWords: TopicWords): string | undefined {
  const matches = topicsSearchedAs(term, Object.keys(topicWords), topicWords);
  if (matches.length === 0) return undefined;
  const parts = matches.map((match) => `${match.words.map((word) => `“${word}”`).join(', ')} for ${match.topic}`);
  return `including the site’s topic search words (${parts.join('; ')})`;
}

/**
 * The note for one statement result, or undefined when its own words answer
 * the search: found only in its topic words (Pagefind's weights say so), or
 * some searched word is in its topics' words and nowhere in what the card shows.
 */
export function resultTopicNote(input: {
  term: string;
  /** What the card shows: the words, summary, speaker and role. */
  shownText: string;
  /** The statement's topic labels. */
  topics: readonly string[];
  topicWords: TopicWords;
  /** The weights of the result's `weighted_locations`. */
  weights: readonly number[];
}): string | undefined {
  const { term, shownText, topics, topicWords, weights } = input;
  const own = topics.flatMap((topic) => topicWords[topic] ?? []);
  if (own.length === 0) return undefined;
  const only = matchedOnlyInTopicWords(weights);
  if (!only && wordsOnlyInTopics(term, shownText, own).length === 0) return undefined;
  const matches = topicsSearchedAs(term, topics, topicWords);
  // Pagefind's stemming can reach a topic word that no searched word begins: then every topic with words is named.
  return topicNote(matches.length ? matches : topics.filter((topic) => topicWords[topic]?.length).map((topic) => ({ topic, words: [...(topicWords[topic] ?? [])] })));
}
