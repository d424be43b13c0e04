// Where in the tab we are, from the URL hash: deep links from cards, invitations and the Outlook add-in land
// on the right view (e.g. #/conversations/<id>/prepare), and the browser's back button works.
// No React here: start-early.ts reads the route before the libraries have run.
export type Route =
  | { name: 'home' }
  | { name: 'conversation'; id: string }
  | { name: 'prepare'; id: string }
  | { name: 'new-round' }
  /** a person's onboarding and exit checklists (000 3-5), from the team row */
  | { name: 'checklist'; personId: string }
  | { name: 'hr' };

export function parseRoute(hash: string): Route {
  // a view's own state may follow a '?' (the team overview's sort and filter, team/team-view.ts)
  const path = hash.split('?')[0] ?? '';
  const parts = path.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'conversations' && parts[1]) {
    return parts[2] === 'prepare'
      ? { name: 'prepare', id: parts[1] }
      : { name: 'conversation', id: parts[1] };
  }
  if (parts[0] === 'rounds' && parts[1] === 'new') return { name: 'new-round' };
  if (parts[0] === 'people' && parts[1] && parts[2] === 'checklist')
    return { name: 'checklist', personId: parts[1] };
  if (parts[0] === 'hr') return { name: 'hr' };
  return { name: 'home' };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'conversation':
      return `#/conversations/${encodeURIComponent(route.id)}`;
    case 'prepare':
      return `#/conversations/${encodeURIComponent(route.id)}/prepare`;
    case 'new-round':
      return '#/rounds/new';
    case 'checklist':
      return `#/people/${encodeURIComponent(route.personId)}/checklist`;
    case 'hr':
      return '#/hr';
    default:
      return '#/';
  }
}
