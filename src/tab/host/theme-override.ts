// Outside Teams the tab has no host to ask for a theme, so `?theme=dark` or `?theme=contrast` picks one:
// the browser tests run axe in each Teams theme this way. Inside Teams the host's theme always wins.
import type { HostTheme } from './teams-host';

export function themeFromQuery(search: string): HostTheme | null {
  const value = new URLSearchParams(search).get('theme');
  return value === 'dark' || value === 'contrast' || value === 'default' ? value : null;
}
