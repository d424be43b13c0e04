// Where the referat's autosave stands, announced to screen readers: saving, saved, or not saved with a retry;
// and after a conflict, that someone else saved too and this window's changes were put on top.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMessages } from '../i18n/feature-messages';
import { workspaceMessages } from './messages';
import type { useReferat } from './useReferat';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-end' },
  quiet: { color: tokens.colorNeutralForeground3 },
});

export function ReferatSaveStatus({ state }: { state: ReturnType<typeof useReferat> }) {
  const styles = useStyles();
  const m = useMessages(workspaceMessages);
  const text = {
    saved: m.stateSaved,
    saving: m.stateSaving,
    dirty: m.stateDirty,
    failed: m.stateFailed,
  }[state.saveState];
  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite">
        {state.saveState === 'failed' ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{text}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void state.saveNow()}>{m.retry}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : (
          <Text className={styles.quiet} data-referat-save-state={state.saveState}>
            {text}
          </Text>
        )}
      </div>
      <div role="alert">
        {state.conflict && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{m.conflict}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={state.dismissConflict}>{m.dismiss}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
