// Production mode before Teams single sign-on (nested app authentication) exists: say so plainly rather
// than pretend to sign anyone in.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';
import { PageHeading } from './PageHeading';

export function ProductionNotice() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.productionHeading} />
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t.productionBody}</MessageBarBody>
      </MessageBar>
    </>
  );
}
