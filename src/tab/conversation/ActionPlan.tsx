// The action plan table (002, 004): each row can be edited or removed; a form under it adds one. Every change
// goes through the referat's autosave.
import { useState } from 'react';
import { Body1, Button, Subtitle2, Subtitle2Stronger, makeStyles, tokens } from '@fluentui/react-components';
import type { ReferatChange } from '../../core/referat/edit';
import type { Referat } from '../../core/referat/referat';
import { ActionTable } from '../components/ActionTable';
import { useMessages } from '../i18n/feature-messages';
import { ActionForm } from './ActionForm';
import { workspaceMessages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  scroll: { overflowX: 'auto' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  add: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
});

export type ActionPlanProps = {
  referat: Referat;
  names: { employee: string; me: string };
  onChange: (change: ReferatChange) => void;
};

export function ActionPlan({ referat, names, onChange }: ActionPlanProps) {
  const styles = useStyles();
  const m = useMessages(workspaceMessages);
  const [editing, setEditing] = useState<string | null>(null);
  const editingAction = referat.actions.find((a) => a.id === editing);
  return (
    <section className={styles.root} aria-labelledby="actions-heading" id="action-plan">
      <Subtitle2 as="h3" block id="actions-heading">
        {m.actionsHeading}
      </Subtitle2>
      {referat.actions.length === 0 ? (
        <Body1>{m.actionsEmpty}</Body1>
      ) : (
        <div className={styles.scroll}>
          <ActionTable
            actions={referat.actions}
            labelledBy="actions-heading"
            extra={{
              header: m.colActions,
              cell: (a) => (
                <span className={styles.buttons}>
                  <Button size="small" aria-label={m.editAction(a.what)} onClick={() => setEditing(a.id)}>
                    {m.colActions}
                  </Button>
                  <Button
                    size="small"
                    aria-label={m.removeAction(a.what)}
                    onClick={() => onChange({ type: 'remove-action', actionId: a.id })}
                  >
                    {m.remove}
                  </Button>
                </span>
              ),
            }}
          />
        </div>
      )}
      <div className={styles.add}>
        <Subtitle2Stronger as="h4">
          {editingAction ? m.editAction(editingAction.what) : m.newAction}
        </Subtitle2Stronger>
        <ActionForm
          key={editing ?? 'new'}
          referat={referat}
          names={names}
          action={editingAction}
          onSave={(action) => {
            onChange(editingAction ? { type: 'update-action', action } : { type: 'add-action', action });
            setEditing(null);
          }}
          onCancel={editingAction ? () => setEditing(null) : undefined}
        />
      </div>
    </section>
  );
}
