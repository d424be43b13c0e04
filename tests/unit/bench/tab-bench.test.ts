// The tab bench's two helpers: it counts the scripts index.html loads up front, and it really builds a team
// of 60 for one leader without leaving anyone else without a manager.
import { describe, expect, it } from 'vitest';
import { generateMunicipality } from '../../../src/demo/municipality/generate';
import { entryScripts, withTeamOf } from '../../bench/tab';

describe('tab bench helpers', () => {
  it('reads the entry scripts from index.html, not lazy chunks', () => {
    const html =
      '<head><script defer src="/tab/241.abc.js"></script><script defer src="/tab/tab.def.js"></script></head>';
    expect(entryScripts(html)).toEqual(['/tab/241.abc.js', '/tab/tab.def.js']);
  });

  it('gives the biggest team 60 people, moving only people who lead no one', () => {
    const before = generateMunicipality({ seed: 2026, today: '2026-11-23' });
    const after = withTeamOf(60)(before);
    const reports = (id: string) => after.people.filter((p) => p.managerId === id);
    const biggest = Math.max(...after.people.map((p) => reports(p.id).length));
    expect(biggest).toBe(60);
    expect(after.people.length).toBe(before.people.length);
    expect(after.people.filter((p) => !p.managerId).length).toBe(
      before.people.filter((p) => !p.managerId).length,
    );
  });
});
