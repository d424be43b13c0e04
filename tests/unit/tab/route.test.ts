import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../src/tab/routing/route';

describe('tab routes from the URL hash', () => {
  it.each<[string, Route]>([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/conversations/abc', { name: 'conversation', id: 'abc' }],
    ['#/conversations/abc/prepare', { name: 'prepare', id: 'abc' }],
    ['#/rounds/new', { name: 'new-round' }],
    ['#/hr', { name: 'hr' }],
    ['#/people/p1/checklist', { name: 'checklist', personId: 'p1' }],
    // the team overview keeps its sort and filter after a '?'
    ['#/?sort=name&status=overdue', { name: 'home' }],
    ['#/people/p1/checklist?x=1', { name: 'checklist', personId: 'p1' }],
    ['#/nonsense', { name: 'home' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips every route, ids with odd characters included', () => {
    for (const route of [
      { name: 'prepare', id: 'a b/æ' },
      { name: 'conversation', id: 'x' },
      { name: 'hr' },
      { name: 'checklist', personId: 'æ ø/å' },
    ] as Route[]) {
      expect(parseRoute(hrefOf(route))).toEqual(route);
    }
  });
});
