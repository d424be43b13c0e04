// "Lagre nye innstillinger?": a policy change reaches every new booking in the municipality, so it is
// confirmed once more before it is saved, with each changed value from what is in force to what will be.
import { useId } from 'react';
import { Body1 } from '@fluentui/react-components';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useMessages } from '../i18n/feature-messages';
import type { PolicyChange } from './policy-fields';
import { policyMessages } from './policy-messages';
import { valueText } from './policy-value-text';

export type ConfirmSaveDialogProps = {
  open: boolean;
  changes: readonly PolicyChange[];
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmSaveDialog({ open, changes, onConfirm, onCancel }: ConfirmSaveDialogProps) {
  const m = useMessages(policyMessages);
  const headingId = useId();
  return (
    <ConfirmDialog
      open={open}
      title={m.confirmTitle}
      confirmLabel={m.confirm}
      cancelLabel={m.cancel}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <Body1 as="p" block>
        {m.confirmBody}
      </Body1>
      {changes.length === 0 ? (
        <Body1 as="p" block>
          {m.noChanges}
        </Body1>
      ) : (
        <>
          <Body1 as="p" block id={headingId}>
            {m.changesHeading}
          </Body1>
          <ul aria-labelledby={headingId}>
            {changes.map(({ field, from, to }) => (
              <li key={field.id}>
                {m.change(m[field.id], valueText(m, field, from), valueText(m, field, to))}
              </li>
            ))}
          </ul>
        </>
      )}
    </ConfirmDialog>
  );
}
