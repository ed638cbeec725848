import { describe, expect, it } from 'vitest';
import { propose, quoteWords } from '../../lib/import/propose.ts';
import { knownActor, SpeakerResolver, titledMentions, type ActorEntry } from '../../lib/import/speakers.ts';

// Invented actors and sentences, in the styles news reports use.
const ACTORS: ActorEntry[] = [
  { id: 'farid-mansoor', name: 'Farid Mansoor', kind: 'person', roleAsReported: [{ text: 'Interior Minister Farid Mansoor' }] },
  { id: 'government-of-freedonia', name: 'Government of Freedonia', kind: 'government', aliases: [{ text: 'Fredville' }] },
  { id: 'sylvania-delegation', name: 'Sylvania’s delegation', kind: 'delegation', aliases: [{ text: 'The Sylvanian side' }] },
];
const proposals = (...paragraphs: string[]) => {
  const text = paragraphs.join('\n');
  return propose({ paragraphs, headings: [] }, new SpeakerResolver(ACTORS.map(knownActor), titledMentions(text)));
};
const summary = (...paragraphs: string[]) =>
  proposals(...paragraphs).map((proposal) => ({
    kind: proposal.kind,
    speaker: proposal.speaker?.actor,
    quotes: proposal.quotes,
    attribution: proposal.attribution,
    ...(proposal.via ? { via: proposal.via.actor } : {}),
  }));

describe('proposals', () => {
  it('keeps the hedge in the attribution', () => {
    expect(summary('Fredville reportedly warned that it would “close the crossing” within days.')).toEqual([
      { kind: 'direct-quote', speaker: 'government-of-freedonia', quotes: ['close the crossing'], attribution: 'Fredville reportedly warned' },
    ]);
  });

  it('credits words passed on by an unnamed source to the one it reports, through that source', () => {
    expect(summary('A source close to the talks told Radio Marktown that Fredville demanded the release of two prisoners.')).toEqual([
      {
        kind: 'paraphrase',
        speaker: 'government-of-freedonia',
        quotes: ['A source close to the talks told Radio Marktown that Fredville demanded the release of two prisoners.'],
        attribution: 'A source close to the talks told Radio Marktown',
        via: 'source-close-to-the-talks',
      },
    ]);
  });

  it('gives reported speech as the source’s sentence, from the clause that reports it', () => {
    expect(summary('The meeting ran late, but officials said the delegations had agreed on a timetable.')).toEqual([
      { kind: 'paraphrase', speaker: 'officials', quotes: ['officials said the delegations had agreed on a timetable.'], attribution: 'officials said' },
    ]);
  });

  it('does not take a verb with an object for reported speech', () => {
    expect(summary('The minister accused the envoy of delay.')).toEqual([]);
  });

  it('gives a verb joined to another in one sentence the same speaker', () => {
    expect(summary('The Sylvanian side maintained that the dispute was “a matter of law” and insisted that the river belonged to no one.')).toEqual([
      { kind: 'direct-quote', speaker: 'sylvania-delegation', quotes: ['a matter of law'], attribution: 'The Sylvanian side maintained' },
      {
        kind: 'paraphrase',
        speaker: 'sylvania-delegation',
        quotes: ['The Sylvanian side maintained that the dispute was “a matter of law” and insisted that the river belonged to no one.'],
        attribution: 'The Sylvanian side maintained',
      },
    ]);
  });

  it('resolves "he" to the person the sentence before is about, even when that sentence reports no speech', () => {
    expect(summary('Interior Minister Farid Mansoor arrived late. He described the talks as “a waste of time.”')).toEqual([
      { kind: 'direct-quote', speaker: 'farid-mansoor', quotes: ['a waste of time'], attribution: 'He described the talks as' },
    ]);
  });

  it('gives the words of a phrase no one is named for to the phrase', () => {
    const [phrase] = proposals('Citing the old saying that “the river never forgets,” Mansoor said nothing more.');
    expect(phrase).toMatchObject({ medium: 'public-phrase', quotes: ['the river never forgets'] });
    expect(phrase!.speaker?.newActor?.name).toBe('The old saying');
  });

  it('finds the setting and time in the source’s words, and the medium they name', () => {
    const [post] = proposals('In a post on X after the vote, Mansoor wrote that the result was “a mandate.”');
    expect(post).toMatchObject({ setting: 'In a post on X after the vote', medium: 'post-on-x', when: 'after the vote' });
    const [remarks, next] = proposals('Speaking to reporters after the talks, Interior Minister Farid Mansoor said he was “hopeful.” He added that talks would resume “soon.”');
    expect(remarks).toMatchObject({ medium: 'remarks-to-reporters', when: 'after the talks' });
    // The next sentence of the same remarks keeps their setting and time.
    expect(next).toMatchObject({ speaker: { actor: 'farid-mansoor' }, setting: 'Speaking to reporters after the talks', when: 'after the talks' });
  });

  it('proposes a quotation no one is said to speak, for the editor to decide', () => {
    const [term] = proposals('The so-called “river accord” was never signed.');
    expect(term).toMatchObject({ quotes: ['river accord'], confidence: 'low' });
    expect(term!.speaker).toBeUndefined();
  });
});

describe('the quoted words kept', () => {
  it('drop a trailing comma, and a fragment’s full stop, but keep a sentence’s', () => {
    expect(quoteWords('chosen resistance,')).toBe('chosen resistance');
    expect(quoteWords('war economy.')).toBe('war economy');
    expect(quoteWords('If that is their decision, then so be it.')).toBe('If that is their decision, then so be it.');
  });
});
