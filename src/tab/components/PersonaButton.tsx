// One fictional person to sign in as: name first, then title and unit, so the choice is easy to scan.
import { Avatar, CompoundButton, makeStyles } from '@fluentui/react-components';
import type { Persona } from '../api/schemas';

const useStyles = makeStyles({
  // a long title must wrap the text, not squeeze the avatar
  icon: { flexShrink: 0 },
  // full height, so the buttons of one row line up when a long unit name wraps to a second line
  root: { width: '100%', height: '100%', justifyContent: 'flex-start', textAlign: 'start', maxWidth: 'none' },
});

export type PersonaButtonProps = {
  persona: Persona;
  disabled: boolean;
  onChoose: (persona: Persona) => void;
};

export function PersonaButton({ persona, disabled, onChoose }: PersonaButtonProps) {
  const styles = useStyles();
  return (
    <CompoundButton
      className={styles.root}
      appearance="secondary"
      icon={{ className: styles.icon, children: <Avatar name={persona.displayName} size={36} aria-hidden /> }}
      secondaryContent={`${persona.jobTitle} · ${persona.unitName}`}
      disabled={disabled}
      onClick={() => onChoose(persona)}
    >
      {persona.displayName}
    </CompoundButton>
  );
}
