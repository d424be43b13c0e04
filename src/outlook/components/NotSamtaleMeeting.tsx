// Any meeting that is not one of Samtale's (or not the reader's): a friendly word, not an error.
import { Body1, Title3 } from '@fluentui/react-components';
import { useOutlookText } from '../i18n/useOutlookText';

export function NotSamtaleMeeting({ notAMeeting = false }: { notAMeeting?: boolean }) {
  const { o } = useOutlookText();
  return (
    <>
      <Title3 as="h1" block>
        {notAMeeting ? o.paneLabel : o.notSamtaleTitle}
      </Title3>
      <Body1>{notAMeeting ? o.notAMeeting : o.notSamtaleBody}</Body1>
    </>
  );
}
