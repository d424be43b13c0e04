// Which conversation this is, when, and with whom: the first thing the pane says.
import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import type { PreparationView } from '../api/schemas';
import { useOutlookText } from '../i18n/useOutlookText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function MeetingSummary({ view }: { view: PreparationView }) {
  const styles = useStyles();
  const { o, language, time } = useOutlookText();
  const { conversation } = view;
  const other = view.side === 'employee' ? conversation.conductorName : conversation.employeeName;
  return (
    <div className={styles.root}>
      <Title3 as="h1" block>
        {KIND_NAMES[conversation.kind][language]}
      </Title3>
      <Body1>
        {time(conversation.start)} {o.withPerson(other)}
      </Body1>
    </div>
  );
}
