// Whether the signed referat is in the personnel folder: "Arkivert" with the link, or what it is waiting for.
import { useCallback } from 'react';
import { Body1, Link } from '@fluentui/react-components';
import type { WorkspaceCalls } from '../api/conversation-workspace';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { workspaceMessages } from './messages';

/** Asks once; the parent gives it a new key when a new approval is a reason to ask again. */
export function ArchiveStatusLine({ calls, id }: { calls: WorkspaceCalls; id: string }) {
  const { dateTime } = useI18n();
  const m = useMessages(workspaceMessages);
  const load = useCallback(() => calls.archive(id), [calls, id]);
  const { state } = useLoad(load);
  if (state.status !== 'done') return null;
  const status = state.data;
  if (status.status === 'archived') {
    return (
      <Body1 role="status">
        {m.archived(dateTime(status.archivedAt))}{' '}
        <Link href={status.webUrl} target="_blank" rel="noopener">
          {m.openArchived}
        </Link>
      </Body1>
    );
  }
  if (status.status === 'waiting') return <Body1 role="status">{m.archiveWaiting(status.message)}</Body1>;
  return null;
}
