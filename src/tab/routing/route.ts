// The route as React state (useRoute) and the way to move to one (navigate); routing/paths.ts reads and
// writes the hash.
import { useEffect, useState } from 'react';
import { hrefOf, parseRoute, type Route } from './paths';

export { hrefOf, parseRoute, type Route };

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

/** The current route; re-renders when the hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
