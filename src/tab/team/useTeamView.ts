// The overview's sort and filter, kept where a reload and the way back find them: in the hash (a link or the
// back button carries it) and in sessionStorage (the "back to the team" link is a plain #/).
import { useCallback, useState } from 'react';
import { parseRoute } from '../routing/route';
import { DEFAULT_VIEW, parseTeamView, teamViewHash, type TeamView } from './team-view';

const KEY = 'samtale.team-view';

/** the overview is also the start page under other routes (#/hr for someone without HR): leave those be */
function showInHash(hash: string) {
  if (parseRoute(window.location.hash).name === 'home') window.history.replaceState(null, '', hash);
}

function initialView(): TeamView {
  if (window.location.hash.includes('?')) return parseTeamView(window.location.hash);
  try {
    const stored = window.sessionStorage.getItem(KEY);
    return stored ? parseTeamView(stored) : DEFAULT_VIEW;
  } catch {
    // storage can be off (a locked-down browser): the hash alone still works
    return DEFAULT_VIEW;
  }
}

export function useTeamView(): [TeamView, (view: TeamView) => void] {
  const [view, setView] = useState(() => {
    const found = initialView();
    // the hash says what is shown, also when it came from storage
    showInHash(teamViewHash(found));
    return found;
  });
  const change = useCallback((next: TeamView) => {
    const hash = teamViewHash(next);
    // replaced, not pushed: each filter click is not a step for the back button; no hashchange either
    showInHash(hash);
    try {
      window.sessionStorage.setItem(KEY, hash);
    } catch {
      // see initialView
    }
    setView(next);
  }, []);
  return [view, change];
}
