import { describe, expect, it } from 'vitest';
import { timelinePages, timelinePhaseUrl } from '../../lib/site-data/site-timeline.ts';
import { fixtureSite, SMALL_SITE, type Fixture } from '../helpers/site-fixture.ts';

const placed: Fixture = {
  ...SMALL_SITE,
  statements: {
    ...SMALL_SITE.statements,
    'door-open': { ...SMALL_SITE.statements['door-open'], timeline: { phase: 'after-talks', basis: [{ text: 'Later', source: 'first' }] } },
  },
};

describe('the site timeline', () => {
  it('places a statement by the source’s words and keeps the others under "not placed", with the hedge beside the speaker', () => {
    const [page] = timelinePages(fixtureSite(placed));
    const groups = page!.groups.map((group) => [group.phase, group.items.map((row) => row.id)]);
    expect(groups).toEqual([
      ['after-talks', ['door-open']],
      ['not-placed', ['answer-attack', 'guarantees']],
    ]);
    const answer = page!.groups[1]!.items.find((row) => row.id === 'answer-attack');
    expect(answer).toMatchObject({ href: '/statements/answer-attack/', title: 'A Minister (reportedly): “we will answer every attack”, as printed in Second report' });
  });

  it('links a phase on the page where it begins', () => {
    expect(timelinePhaseUrl(fixtureSite(placed), 'after-talks')).toBe('/timeline/#after-talks');
  });
});
