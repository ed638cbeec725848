import { describe, expect, it } from 'vitest';
import { anchorFallback } from '../../lib/routes/anchor-fallback.ts';

describe('the speaker-page anchor fallback', () => {
  const onPage = (id: string) => id === 'statements' || id === 'here';
  it('sends a statement id the page does not hold to the statement’s own page', () => {
    expect(anchorFallback('#moved-statement', onPage)).toBe('/statements/moved-statement/');
  });
  it('does nothing for anchors on the page, no anchor, or anything that is not an id', () => {
    expect(anchorFallback('#here', onPage)).toBeNull();
    expect(anchorFallback('#statements', onPage)).toBeNull();
    // A section this speaker's page does not have is not a statement: no page to send it to.
    expect(anchorFallback('#by-members', onPage)).toBeNull();
    expect(anchorFallback('#through', onPage)).toBeNull();
    expect(anchorFallback('', onPage)).toBeNull();
    expect(anchorFallback('#', onPage)).toBeNull();
    expect(anchorFallback('#../../evil', onPage)).toBeNull();
    expect(anchorFallback('#%E0%A4%A', onPage)).toBeNull();
    expect(anchorFallback('#Upper', onPage)).toBeNull();
  });
});
