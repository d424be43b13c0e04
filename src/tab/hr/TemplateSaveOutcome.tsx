// What came of HR's last "save as a new version" when it did not save: nothing changed, someone else saved
// a version meanwhile (409: the draft stays, and a button opens theirs), the server refused a field, or the
// save failed. A status region, so a screen reader reads the outcome where the user stays on the button.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useMessages } from '../i18n/feature-messages';
import { templateMessages } from './template-messages';

export type SaveOutcome = 'unchanged' | 'conflict' | 'refused' | 'failed';

export type TemplateSaveOutcomeProps = {
  outcome: SaveOutcome | null;
  /** after a conflict: forget the draft and open the version someone else saved */
  onOpenNewest: () => void;
};

export function TemplateSaveOutcome({ outcome, onOpenNewest }: TemplateSaveOutcomeProps) {
  const m = useMessages(templateMessages);
  return (
    <div role="status">
      {outcome && (
        <MessageBar intent={outcome === 'unchanged' ? 'info' : 'error'} layout="multiline">
          <MessageBarBody>
            {outcome === 'unchanged'
              ? m.noChanges
              : outcome === 'conflict'
                ? m.conflict
                : outcome === 'refused'
                  ? m.serverRefused
                  : m.saveFailed}
          </MessageBarBody>
          {outcome === 'conflict' && (
            <MessageBarActions>
              <Button onClick={onOpenNewest}>{m.openNewest}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}
