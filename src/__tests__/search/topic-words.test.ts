import { describe, expect, it } from 'vitest';
import { TOPIC_WORDS_WEIGHT, matchedOnlyInTopicWords, resultTopicNote, topicNote, topicWordsClause, topicsSearchedAs, wordsOnlyInTopics } from '../../lib/search/topic-words.ts';

const TOPIC_WORDS = { 'Truce and fighting': ['ceasefire', 'truce'], Mediation: ['mediators'], 'Istanbul talks': ['negotiations', 'peace process'] };

describe("topics' search words", () => {
  it('finds the topics whose words hold a searched word, whole, begun or with a stemmed ending', () => {
    expect(topicsSearchedAs('ceasefire', Object.keys(TOPIC_WORDS), TOPIC_WORDS)).toEqual([{ topic: 'Truce and fighting', words: ['ceasefire'] }]);
    expect(topicsSearchedAs('Ceasef', ['Truce and fighting'], TOPIC_WORDS)).toEqual([{ topic: 'Truce and fighting', words: ['ceasefire'] }]);
    expect(topicsSearchedAs('ceasefires', ['Truce and fighting'], TOPIC_WORDS)).toEqual([{ topic: 'Truce and fighting', words: ['ceasefire'] }]);
    expect(topicsSearchedAs('peace', Object.keys(TOPIC_WORDS), TOPIC_WORDS)).toEqual([{ topic: 'Istanbul talks', words: ['peace process'] }]);
    // Only among the topics given (a statement's own), and never for an unrelated word.
    expect(topicsSearchedAs('ceasefire', ['Mediation'], TOPIC_WORDS)).toEqual([]);
    expect(topicsSearchedAs('caves', Object.keys(TOPIC_WORDS), TOPIC_WORDS)).toEqual([]);
    expect(topicsSearchedAs('', Object.keys(TOPIC_WORDS), TOPIC_WORDS)).toEqual([]);
  });

  it("reads Pagefind's weights: only topic words matched when every matched place has their weight", () => {
    expect(matchedOnlyInTopicWords([TOPIC_WORDS_WEIGHT, TOPIC_WORDS_WEIGHT])).toBe(true);
    expect(matchedOnlyInTopicWords([TOPIC_WORDS_WEIGHT, 8])).toBe(false);
    expect(matchedOnlyInTopicWords([1])).toBe(false);
    expect(matchedOnlyInTopicWords([])).toBe(false);
  });

  it('names the searched words a card does not show but its topics hold', () => {
    expect(wordsOnlyInTopics('ceasefire', '“the fighting will not renew”', ['ceasefire', 'truce'])).toEqual(['ceasefire']);
    expect(wordsOnlyInTopics('mediators', 'clear to the mediators what Kabul’s intentions are', ['mediators'])).toEqual([]);
    expect(wordsOnlyInTopics('fighting ceasefire', '“the fighting will not renew”', ['ceasefire'])).toEqual(['ceasefire']);
    expect(wordsOnlyInTopics('caves', '“hiding in the caves”', ['ceasefire'])).toEqual([]);
  });

  it('says a card came through a topic and that the word is the site’s, not the source’s', () => {
    expect(topicNote([{ topic: 'Truce and fighting', words: ['ceasefire'] }])).toBe('Found on the topic Truce and fighting: “ceasefire” is the site’s search word for it, not the source’s.');
    expect(topicNote([
      { topic: 'Truce and fighting', words: ['ceasefire'] },
      { topic: 'Mediation', words: ['mediators'] },
    ])).toBe('Found on the topics Truce and fighting and Mediation: “ceasefire” and “mediators” are the site’s search words for them, not the source’s.');
    expect(topicNote([])).toBeUndefined();
  });

  it('puts the note on a result only when its own words do not answer the search', () => {
    const base = { term: 'ceasefire', topics: ['Truce and fighting'], topicWords: TOPIC_WORDS };
    expect(resultTopicNote({ ...base, shownText: 'the fighting will not renew', weights: [TOPIC_WORDS_WEIGHT] })).toMatch(/^Found on the topic Truce and fighting/);
    // The weights alone decide for a stemmed form no searched word begins.
    expect(resultTopicNote({ ...base, term: 'truces', shownText: 'the fighting', weights: [TOPIC_WORDS_WEIGHT] })).toMatch(/^Found on the topic Truce and fighting: “truce”/);
    expect(resultTopicNote({ ...base, term: 'mediators', topics: ['Mediation'], shownText: 'clear to the mediators', weights: [8, TOPIC_WORDS_WEIGHT] })).toBeUndefined();
    expect(resultTopicNote({ ...base, topics: ['History'], shownText: 'anything', weights: [TOPIC_WORDS_WEIGHT] })).toBeUndefined();
  });

  it('adds a clause to the result sentence when a searched word is any topic’s search word', () => {
    expect(topicWordsClause('ceasefire', TOPIC_WORDS)).toBe('including the site’s topic search words (“ceasefire” for Truce and fighting)');
    expect(topicWordsClause('caves', TOPIC_WORDS)).toBeUndefined();
  });
});
