// The leader's private notes, set apart and marked: never shown to the employee, never archived (DESIGN §6).
import { Badge, Field, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ReferatChange } from '../../core/referat/edit';
import { useMessages } from '../i18n/feature-messages';
import { workspaceMessages } from './messages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    // a dashed border and its own colour, so it is never mistaken for part of the referat
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorPaletteMarigoldBorderActive}`,
  },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function PrivateNotesPanel({
  text,
  onChange,
}: {
  text: string;
  onChange: (c: ReferatChange) => void;
}) {
  const styles = useStyles();
  const m = useMessages(workspaceMessages);
  return (
    <section className={styles.root} aria-labelledby="private-heading">
      <div className={styles.top}>
        <Subtitle2 as="h2" block id="private-heading">
          {m.privateHeading}
        </Subtitle2>
        <Badge appearance="tint" color="warning" id="private-marker">
          {m.privateMarker}
        </Badge>
      </div>
      <Field label={m.privateLabel}>
        <Textarea
          resize="vertical"
          rows={4}
          value={text}
          aria-describedby="private-marker"
          onChange={(_, d) => onChange({ type: 'private-notes', notes: { text: d.value } })}
        />
      </Field>
    </section>
  );
}
