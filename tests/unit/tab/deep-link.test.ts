// A Teams deep link's subEntityId lands on the view it names; a URL that already names a view wins, and an
// unknown sub-page leaves the start page alone.
import { describe, expect, it } from 'vitest';
import { hashForSubPage } from '../../../src/tab/host/deep-link';

describe('deep links from Teams', () => {
  it('turns the sub-page into the route of the same name', () => {
    expect(hashForSubPage('conversations/abc-1/prepare', '')).toBe('#/conversations/abc-1/prepare');
    expect(hashForSubPage('/conversations/abc-1', '#/')).toBe('#/conversations/abc-1');
    expect(hashForSubPage('hr', '')).toBe('#/hr');
  });

  it('leaves the page as it is without a sub-page, with an unknown one, or when the URL names a view', () => {
    expect(hashForSubPage(null, '')).toBeNull();
    expect(hashForSubPage('nonsense', '')).toBeNull();
    expect(hashForSubPage('hr', '#/conversations/abc-1')).toBeNull();
  });
});
