import { describe, expect, it } from 'vitest';
import { detectHost, looksHosted, toHostTheme } from '../../../src/tab/host/teams-host';

function fakeWindow(opts: { framed: boolean; search?: string }): Window {
  const win = { location: { search: opts.search ?? '' } } as {
    self?: unknown;
    top?: unknown;
    location: unknown;
  };
  win.self = win;
  win.top = opts.framed ? {} : win;
  return win as unknown as Window;
}

describe('teams host detection', () => {
  it('treats a top-level page without the host marker as standalone', () => {
    expect(looksHosted(fakeWindow({ framed: false }))).toBe(false);
  });

  it('treats a framed page or ?host=teams (mobile web view) as hosted', () => {
    expect(looksHosted(fakeWindow({ framed: true }))).toBe(true);
    expect(looksHosted(fakeWindow({ framed: false, search: '?host=teams' }))).toBe(true);
  });

  it('answers at once outside a host, without waiting on teams-js', async () => {
    const started = performance.now();
    const host = await detectHost(fakeWindow({ framed: false }));
    expect(host).toMatchObject({ inHost: false, locale: null, theme: 'default' });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('knows the three Teams themes and falls back to light', () => {
    expect(toHostTheme('dark')).toBe('dark');
    expect(toHostTheme('contrast')).toBe('contrast');
    expect(toHostTheme('something-new')).toBe('default');
  });
});
