// One fictional person to sign in as: name first, then title and unit, so the choice is easy to scan.
import { Avatar, CompoundButton, makeStyles } from '@fluentui/react-components';
import type { Persona } from '../api/schemas';

const useStyles = makeStyles({
  root: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', maxWidth: 'none' },
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
      icon={<Avatar name={persona.displayName} size={36} aria-hidden />}
      secondaryContent={`${persona.jobTitle} · ${persona.unitName}`}
      disabled={disabled}
      onClick={() => onChoose(persona)}
    >
      {persona.displayName}
    </CompoundButton>
  );
}
