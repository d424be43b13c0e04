// The start page of someone who is not (or not only) here as a leader. Later issues fill it with the
// employee's conversations and HR's overview.
import { Body1 } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';
import { PageHeading } from './PageHeading';
import { Surface } from './Surface';

export function RolePage({ role }: { role: 'employee' | 'hr' }) {
  const { t } = useI18n();
  const [heading, body] = role === 'hr' ? [t.hrHeading, t.hrBody] : [t.employeeHeading, t.employeeBody];
  return (
    <>
      <PageHeading title={heading} />
      <Surface>
        <Body1>{body}</Body1>
      </Surface>
    </>
  );
}
