// Whether the tab runs inside Teams (or another Microsoft 365 host), and what the host tells us.
// Outside a host, teams-js `app.initialize()` never settles, so it is only called when the page is framed
// or the manifest's content URL says so, and even then it gets a short deadline: the UI never waits on it.
export type HostTheme = 'default' | 'dark' | 'contrast';

export type HostContext = {
  inHost: boolean;
  /** the host's UI locale, e.g. "nb-NO"; null outside a host */
  locale: string | null;
  theme: HostTheme;
  /** the deep link's sub-page (subEntityId), e.g. "conversations/<id>/prepare"; null without one */
  subPageId: string | null;
  /** subscribe to theme changes made in the host while the tab is open */
  onThemeChange: (handler: (theme: HostTheme) => void) => void;
};

const INIT_DEADLINE_MS = 3000;

const STANDALONE: HostContext = {
  inHost: false,
  locale: null,
  theme: 'default',
  subPageId: null,
  onThemeChange: () => {},
};

export function looksHosted(win: Window): boolean {
  let framed: boolean;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true; // a cross-origin parent throws on access: that is a frame too
  }
  // Teams mobile runs tabs in a web view, not a frame; the manifest adds ?host=teams to the content URL.
  const hostParam = new URLSearchParams(win.location.search).get('host');
  return framed || hostParam === 'teams';
}

export function toHostTheme(theme: string | undefined): HostTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

export async function detectHost(win: Window = window): Promise<HostContext> {
  if (!looksHosted(win)) return STANDALONE;
  try {
    // loaded on demand: the standalone (demo in a browser) page never downloads the SDK
    const { app } = await import('@microsoft/teams-js');
    await withDeadline(app.initialize(), INIT_DEADLINE_MS);
    const context = await withDeadline(app.getContext(), INIT_DEADLINE_MS);
    return {
      inHost: true,
      locale: context.app.locale || null,
      theme: toHostTheme(context.app.theme),
      subPageId: context.page.subPageId || null,
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(toHostTheme(theme))),
    };
  } catch {
    return STANDALONE;
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
