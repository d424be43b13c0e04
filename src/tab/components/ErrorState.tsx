// A failed request: what went wrong in plain words, and a way to try again. Never the raw server message,
// which is for logs, not for the person in front of the screen.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ApiError, NETWORK_ERROR } from '../api/api-error';
import { useI18n } from '../i18n/I18nProvider';
import { PageHeading } from './PageHeading';

export type ErrorStateProps = {
  error: unknown;
  onRetry: () => void;
  /** the error is the whole page (nothing else loaded), so it carries the page's h1 */
  wholePage?: boolean;
};

export function ErrorState({ error, onRetry, wholePage = false }: ErrorStateProps) {
  const { t } = useI18n();
  const code = error instanceof ApiError ? error.code : null;
  // a 429 (issue 9: rate limiting) is the one failure where waiting, not retrying at once, is the advice
  const text =
    code === NETWORK_ERROR ? t.errorNetwork : code === 'rate-limited' ? t.errorRateLimited : t.errorGeneric;
  return (
    <>
      {wholePage && <PageHeading title={t.errorTitle} />}
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {!wholePage && <MessageBarTitle>{t.errorTitle}</MessageBarTitle>}
          {text}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{t.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    </>
  );
}
