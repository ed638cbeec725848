import { describe, expect, it } from 'vitest';
import { knownActor, personName, SpeakerResolver, titledMentions, type ActorEntry } from '../../lib/import/speakers.ts';
import { speechVerbs } from '../../lib/import/speech.ts';

// Invented actors, shaped like the site's entries.
const ACTORS: ActorEntry[] = [
  { id: 'farid-mansoor', name: 'Farid Mansoor', kind: 'person', role: 'Interior Minister of Freedonia', roleAsReported: [{ text: 'Freedonia’s Interior Minister Farid Mansoor' }], aliases: [{ text: 'The interior minister' }] },
  { id: 'government-of-freedonia', name: 'Government of Freedonia', kind: 'government', aliases: [{ text: 'Fredville' }] },
  { id: 'border-officials', name: 'Unnamed officials', kind: 'unnamed-person', roleAsReported: [{ text: 'officials said' }] },
];
const resolver = () => new SpeakerResolver(ACTORS.map(knownActor));

describe('speaker resolution', () => {
  it('names an actor by name, family name, alias, description or government', () => {
    const r = resolver();
    expect(r.resolve('Freedonia’s Interior Minister Farid Mansoor')?.actor).toBe('farid-mansoor');
    expect(r.resolve('Mansoor')?.actor).toBe('farid-mansoor');
    expect(r.resolve('Fredville')?.actor).toBe('government-of-freedonia');
    expect(r.resolve('Freedonia')?.actor).toBe('government-of-freedonia');
  });

  it('takes the leftmost name in a clause, so the speaker wins over whom they address', () => {
    expect(resolver().resolve('Farid Mansoor has issued a warning to Fredville')?.actor).toBe('farid-mansoor');
  });

  it('resolves a pronoun or a bare title to the speaker last named, and says so', () => {
    const r = resolver();
    expect(r.resolve('he')).toBeUndefined(); // nobody has spoken yet
    r.spoke('farid-mansoor');
    expect(r.resolve('He')).toMatchObject({ actor: 'farid-mansoor', confidence: 'medium' });
    expect(r.resolve('what he')?.reason).toContain('the speaker last named (Farid Mansoor)');
    expect(r.resolve('the minister')?.actor).toBe('farid-mansoor');
    expect(r.resolve('The interior minister')?.actor).toBe('farid-mansoor');
  });

  it('never takes an office for a name across articles: another article’s minister may be someone else', () => {
    // "The interior minister" is an alias of Farid Mansoor in some source; with nobody named here it is only a description.
    expect(resolver().resolve('The interior minister')).toMatchObject({ newActor: { name: 'The interior minister', kind: 'unnamed-person' } });
  });

  it('never takes an unnamed speaker of another article for this one’s', () => {
    expect(resolver().resolve('officials')).toMatchObject({ newActor: { name: 'Officials' } });
    expect(new SpeakerResolver(ACTORS.map(knownActor), [], { acrossSources: true }).resolve('officials')?.actor).toBe('border-officials');
  });

  it('drafts a person the site does not have from the name in the text, once', () => {
    const r = resolver();
    const first = r.resolve('Deputy Foreign Minister Lina Okafor');
    expect(first).toMatchObject({ actor: 'lina-okafor', newActor: { name: 'Lina Okafor', kind: 'person', described: 'Deputy Foreign Minister Lina Okafor' } });
    // Later mentions find the drafted person, by name or family name.
    expect(r.resolve('Okafor')).toMatchObject({ actor: 'lina-okafor' });
    expect(r.drafted().map((actor) => actor.id)).toEqual(['lina-okafor']);
  });

  it('drafts an unnamed speaker under the text’s own description', () => {
    expect(resolver().resolve('A senior diplomat familiar with the discussions')).toMatchObject({
      newActor: { name: 'A senior diplomat familiar with the discussions', kind: 'unnamed-person' },
      confidence: 'low',
    });
    expect(resolver().resolve('analysts')?.newActor?.kind).toBe('group');
  });

  it('finds a role-only subject’s name where the article gives it elsewhere', () => {
    const text = 'The northern province’s governor spoke first. Later, Provincial Governor Amir Qadri said the road would open.';
    const r = new SpeakerResolver([], titledMentions(text));
    expect(r.resolve('The provincial governor')).toMatchObject({ actor: 'amir-qadri', newActor: { name: 'Amir Qadri' } });
  });

  it('reads a name out of a role and a name, never a place or title', () => {
    expect(personName('Defence Minister Omar Haidari')).toBe('Omar Haidari');
    expect(personName('Freedonia’s Information Minister, Sana Rauf,')).toBe('Sana Rauf');
    expect(personName('The United Nations')).toBeUndefined();
    expect(personName('A security official')).toBeUndefined();
  });
});

describe('speech verbs', () => {
  const words = (sentence: string) => speechVerbs(sentence).map((verb) => `${verb.text}${verb.participle ? ' (participle)' : ''}${verb.takesClause ? ' +clause' : ''}`);
  it('finds verbs that report speech, and participles only after a comma', () => {
    expect(words('Officials said the road would reopen, adding that repairs had begun.')).toEqual(['said +clause', 'adding (participle) +clause']);
    expect(words('Responding to the claim, the minister denied it.')).toEqual(['denied']);
  });
  it('leaves nouns alone', () => {
    expect(words('The claims drew a warning from his office.')).toEqual([]);
    expect(words('Analysts note that the talks stalled.')).toEqual(['note +clause']);
  });
  it('skips words inside a quotation, which are the speaker’s', () => {
    const sentence = 'She wrote that “they said nothing” about the plan.';
    const open = sentence.indexOf('“');
    expect(speechVerbs(sentence, { skip: [{ open, close: sentence.indexOf('”') + 1 }] }).map((verb) => verb.text)).toEqual(['wrote']);
  });
  it('tells a clause ("said the delegation avoided") from an object ("accused Kabul of")', () => {
    expect(words('The minister accused the envoy of delay.')).toEqual(['accused']);
    expect(words('but officials said the delegation avoided the question')).toEqual(['said +clause']);
  });
});
