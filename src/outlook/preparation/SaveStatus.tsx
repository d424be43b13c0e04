// Where the form's autosave stands, said aloud to screen readers too: "Lagret", "Lagrer …", or a failed save
// with a way to try again (the text is safe in the draft store meanwhile).
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useOutlookText } from '../i18n/useOutlookText';
import type { SaveState } from './usePreparation';

const useStyles = makeStyles({ quiet: { color: tokens.colorNeutralForeground3 } });

export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const styles = useStyles();
  const { o } = useOutlookText();
  if (state === 'failed') {
    return (
      <MessageBar intent="warning" layout="multiline" role="status">
        <MessageBarBody>{o.stateFailed}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{o.stateRetry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const text = { saved: o.stateSaved, saving: o.stateSaving, dirty: o.stateDirty }[state];
  return (
    <Text role="status" aria-live="polite" className={styles.quiet} data-save-state={state}>
      {text}
    </Text>
  );
}
