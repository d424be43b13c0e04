// A Teams deep link to the personal tab (https://teams.microsoft.com/l/entity/<app id>/<entity id>
// ?context={"subEntityId":"conversations/<id>/prepare"}) reaches the tab as the context's page.subPageId,
// not as a URL hash; it names the same route the hash would (routing/route.ts), so a card's button lands on
// the right view inside Teams as it does in a browser.
import { hrefOf, parseRoute } from '../routing/route';

/** the hash to go to for the host's sub-page, or null when there is none or the URL already names a view */
export function hashForSubPage(subPageId: string | null, currentHash: string): string | null {
  if (!subPageId) return null;
  if (parseRoute(currentHash).name !== 'home') return null;
  const route = parseRoute(`#/${subPageId.replace(/^[#/]+/, '')}`);
  return route.name === 'home' ? null : hrefOf(route);
}
