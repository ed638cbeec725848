import { describe, expect, it } from 'vitest';
import { fixtureSite, SMALL_SITE } from '../helpers/site-fixture.ts';

const site = fixtureSite(SMALL_SITE);
const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

describe('buildSiteData', () => {
  it('orders statements as the sources report them: by the first source, then by position in its text', () => {
    // "answer-attack" is in both sources; it is placed by the first source in received order (a.txt), where it comes first.
    expect(ids(site.statements)).toEqual(['answer-attack', 'door-open', 'guarantees']);
    expect(ids(site.sources)).toEqual(['first', 'second']);
  });

  it('relates statements to their speaker, sources, intermediary and topics', () => {
    expect(ids(site.statementsOf('minister'))).toEqual(['answer-attack', 'door-open']);
    expect(ids(site.statementsCiting('second'))).toEqual(['answer-attack']);
    expect(ids(site.statementsThrough('insider'))).toEqual(['guarantees']);
    expect(ids(site.statementsOnTopic('mediation'))).toEqual(['door-open']);
    expect(site.topicsInUse().map((entry) => entry.topic)).toEqual(['cross-border-strikes', 'istanbul-talks', 'mediation']);
  });

  it("lists a body's members' statements with the member who made them", () => {
    expect(site.memberStatementsOf('cabinet').map(({ statement, member }) => `${member.id}:${statement.id}`)).toEqual(['minister:answer-attack', 'minister:door-open']);
    expect(site.memberStatementsOf('minister')).toEqual([]);
  });

  it('gives the hedge of the first rendering, and of each rendering', () => {
    const answer = site.statement('answer-attack');
    expect(site.hedgeOf(answer)).toBe('reportedly');
    expect(answer.data.renderings.map((rendering) => site.hedgeOfRendering(rendering) ?? null)).toEqual(['reportedly', null]);
    expect(site.hedgeOf(site.statement('guarantees'))).toBe('according to a source familiar with the talks');
  });

  it('finds the paragraph that holds some words, whatever their quote marks', () => {
    expect(site.sourceParagraphs('first')).toHaveLength(2);
    expect(site.paragraphOf('first', 'the delegation asked for guarantees')).toBe(1);
    expect(site.paragraphOf('first', '"the door stays open"')).toBe(0);
    expect(site.paragraphOf('first', 'absent words')).toBe(-1);
  });

  it('groups actors by side, named before unnamed, and refuses an unknown id', () => {
    expect(site.actorsBySide().map(([side, actors]) => [side, ids(actors)])).toEqual([
      ['pakistan', ['minister', 'cabinet']],
      ['afghan-taliban', ['delegation']],
      ['unstated', ['insider']],
    ]);
    expect(() => site.actor('nobody')).toThrow('No actor with id "nobody"');
  });
});
