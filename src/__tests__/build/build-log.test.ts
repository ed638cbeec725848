import { describe, expect, it } from 'vitest';
import { buildLogFilter, heldOutput, isPerPageLine, pagesWrittenWatcher, wantsPageLines } from '../../lib/build/build-log.ts';

const astroLog = [
  '01:04:51 [build] Building static entrypoints...',
  '01:04:54 [WARN] [vite] something that matters',
  '01:04:54 ▶ src/pages/statements/[id].astro',
  '01:04:54   ├─ /statements/asif-war-economy/index.html (+3ms) ',
  '01:04:54   └─ /statements/asif-caves-warning/index.html (+8ms) ',
  '\u001b[2m01:04:54\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/timeline/index.html\u001b[22m (+2ms)',
  '01:04:54 [build] 82 page(s) built in 6.61s',
];

describe('the build log', () => {
  it('recognises the per-page lines, coloured or not, and nothing else', () => {
    expect(astroLog.map(isPerPageLine)).toEqual([false, false, true, true, true, true, false]);
  });

  it('drops per-page lines unless asked for, and keeps warnings either way', () => {
    expect(astroLog.filter(buildLogFilter(false))).toEqual([astroLog[0], astroLog[1], astroLog[6]]);
    expect(astroLog.filter(buildLogFilter(true))).toEqual(astroLog);
  });

  it('shows per-page lines with --pages or BUILD_PAGES=1', () => {
    expect(wantsPageLines([], {})).toBe(false);
    expect(wantsPageLines(['--pages'], {})).toBe(true);
    expect(wantsPageLines([], { BUILD_PAGES: '1' })).toBe(true);
    expect(wantsPageLines([], { BUILD_PAGES: '0' })).toBe(false);
  });
});

describe('pagesWrittenWatcher', () => {
  it('fires at the first "Completed" after Astro starts generating routes, not at the earlier or later ones', () => {
    const lines = [
      '07:43:18 [build] ✓ Completed in 1.80s.',
      '07:43:19 [build] Building static entrypoints...',
      '\u001b[42m generating static routes \u001b[49m',
      '07:43:19 ▶ src/pages/statements/[id].astro',
      '07:43:21 \u001b[32m✓ Completed in 801ms.\u001b[39m',
      '07:43:21 [build] ✓ Completed in 2.62s.',
    ];
    const watch = pagesWrittenWatcher();
    expect(lines.map(watch)).toEqual([false, false, false, false, true, true]);
  });

  it('never fires on a log without the routes phase', () => {
    const watch = pagesWrittenWatcher();
    expect(['07:43:18 [build] ✓ Completed in 1.80s.', 'Built dist/'].map(watch)).toEqual([false, false]);
  });
});

describe('heldOutput', () => {
  it('keeps what is written until released, then passes it on in order, and later writes straight through', () => {
    const lines: string[] = [];
    const output = heldOutput((write) => write());
    output.write(() => lines.push('a'));
    output.write(() => lines.push('b'));
    expect(lines).toEqual([]);
    output.release();
    expect(lines).toEqual(['a', 'b']);
    output.write(() => lines.push('c'));
    expect(lines).toEqual(['a', 'b', 'c']);
  });

  it('chains: output held behind other held output waits for both releases', () => {
    const lines: string[] = [];
    const first = heldOutput((write) => write());
    const second = heldOutput(first.write);
    second.write(() => lines.push('pagefind'));
    second.release();
    expect(lines).toEqual([]);
    first.release();
    expect(lines).toEqual(['pagefind']);
  });
});
