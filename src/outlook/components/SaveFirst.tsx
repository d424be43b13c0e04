// A new meeting in compose mode has no id until Outlook saves it, so the pane cannot find its conversation yet.
import { useState } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, Title3 } from '@fluentui/react-components';
import { useOutlookText } from '../i18n/useOutlookText';

export function SaveFirst({ onSave }: { onSave: () => Promise<void> }) {
  const { o } = useOutlookText();
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const save = () => {
    setSaving(true);
    setFailed(false);
    onSave().catch(() => {
      setSaving(false);
      setFailed(true);
    });
  };
  return (
    <>
      <Title3 as="h1" block>
        {o.saveFirstTitle}
      </Title3>
      <Body1>{o.saveFirstBody}</Body1>
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{o.saveMeetingFailed}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" disabled={saving} onClick={save}>
          {saving ? o.savingMeeting : o.saveMeeting}
        </Button>
      </div>
    </>
  );
}
