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
    ['#/nonsense', { name: 'home' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips every route, ids with odd characters included', () => {
    for (const route of [
      { name: 'prepare', id: 'a b/æ' },
      { name: 'conversation', id: 'x' },
      { name: 'hr' },
    ] as Route[]) {
      expect(parseRoute(hrefOf(route))).toEqual(route);
    }
  });
});
