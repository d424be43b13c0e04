// The workspace is long: both preparations, last year's plan, a referat section per template section, the
// action plan, the private notes and signing. In the meeting the leader writes the referat and looks back at
// what the employee wrote, thousands of pixels apart. This bar stays at the top and jumps between the parts;
// it moves the focus too, so a keyboard or screen reader user goes on from where they looked.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../i18n/feature-messages';
import { workspaceMessages } from './messages';

/** each part by the id of its heading (or panel), as the components render it */
const PARTS = [
  ['navPreparations', 'mine-heading'],
  ['navPrevious', 'previous-plan-heading'],
  ['navReferat', 'referat-heading'],
  ['navActions', 'actions-heading'],
  ['navPrivate', 'private-heading'],
  ['navApprove', 'approve-panel'],
] as const;

const useStyles = makeStyles({
  nav: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** scrolls to the element and focuses it (made focusable for the script only, not in the tab order) */
export function goTo(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  // the bar stays on top: the part starts below it, not behind it
  const bar = document.querySelector('nav[data-workspace-nav]')?.getBoundingClientRect().height ?? 0;
  target.style.scrollMarginTop = `${Math.ceil(bar) + 8}px`;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

export function WorkspaceNav() {
  const styles = useStyles();
  const m = useMessages(workspaceMessages);
  return (
    <nav className={styles.nav} aria-label={m.navLabel} data-workspace-nav>
      {PARTS.map(([label, id]) => (
        <Button key={id} appearance="subtle" size="small" onClick={() => goTo(id)}>
          {m[label]}
        </Button>
      ))}
    </nav>
  );
}
