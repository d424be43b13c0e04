// The referat part of the employee's page. The employee reads it only once the leader stands behind it
// (DESIGN §2.6: the leader signs first); then approves, or sees it signed and where it is filed.
import { Body1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ArchiveStatus, EmployeeApi, EmployeeReferatView } from '../api/employee';
import { useMessages } from '../i18n/feature-messages';
import { useI18n } from '../i18n/I18nProvider';
import { useTemplate } from '../hooks/useTemplate';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { ApproveReferat } from './ApproveReferat';
import { leaderApprovedCurrent } from './conversation-status';
import { employeeMessages } from './messages';
import { ReferatContent } from './ReferatContent';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export type ReferatPanelProps = {
  api: EmployeeApi;
  conversationId: string;
  view: EmployeeReferatView | null;
  archive: ArchiveStatus | null;
  leaderName: string;
  /** the content changed under the employee's eyes: shown after a reload */
  changedWhileReading: boolean;
  onApproved: () => void;
  onChanged: () => void;
};

export function ReferatPanel(props: ReferatPanelProps) {
  const styles = useStyles();
  const m = useMessages(employeeMessages);
  const { dateTime, t } = useI18n();
  const { view } = props;
  const template = useTemplate(props.api.template, view?.referat ?? null);
  const readable = view !== null && (view.fullyApproved || leaderApprovedCurrent(view));
  const changed = view !== null && !readable && view.referat.approvals.some((a) => a.role === 'leader');
  const signedAt = view?.fullyApproved
    ? view.referat.approvals
        .map((a) => a.at)
        .sort()
        .at(-1)
    : undefined;
  return (
    <section className={styles.root} aria-labelledby="referat-heading">
      <div className={styles.heading}>
        <Subtitle2 as="h2" block id="referat-heading">
          {m.referatTitle}
        </Subtitle2>
        {view?.fullyApproved && (
          <StatusBadge status={props.archive?.status === 'archived' ? 'archived' : 'signed'} />
        )}
      </div>
      {!readable && <Body1>{changed ? m.referatChanged : m.referatNotYet}</Body1>}
      {props.changedWhileReading && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{m.referatChangedWhileReading}</MessageBarBody>
        </MessageBar>
      )}
      {readable && view.fullyApproved && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {signedAt && m.approved(dateTime(signedAt))}{' '}
            {props.archive?.status === 'archived' && m.archived(dateTime(props.archive.archivedAt))}
            {props.archive?.status === 'waiting' && m.archiveWaiting(props.archive.message)}
            {props.archive?.status === 'not-requested' && m.archiveNotRequested}
          </MessageBarBody>
        </MessageBar>
      )}
      {readable && template.state.status === 'failed' && (
        <ErrorState error={template.state.error} onRetry={template.retry} />
      )}
      {readable && template.state.status === 'loading' && <LoadingState label={t.loading} />}
      {readable && template.state.status === 'done' && template.state.data && (
        <ReferatContent referat={view.referat} template={template.state.data} />
      )}
      {readable && (
        <ApproveReferat
          api={props.api}
          conversationId={props.conversationId}
          contentHash={view.contentHash}
          leaderName={props.leaderName}
          approved={view.fullyApproved}
          onApproved={props.onApproved}
          onChanged={props.onChanged}
        />
      )}
    </section>
  );
}
