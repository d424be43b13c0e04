// Theme and language for the whole tab. The page renders at once in bokmål and Teams light; when the
// Teams host answers (if there is one) its theme and locale take over, and the signed-in person's own
// language wins over both.
import { useEffect, useState } from 'react';
import { FluentProvider, makeStaticStyles, makeStyles } from '@fluentui/react-components';
import type { Language } from '../core/org';
import { App } from './App';
import type { EarlyResponses } from './api/early';
import type { TokenStore } from './auth/token-store';
import { detectHost, type HostTheme } from './host/teams-host';
import { themeFromQuery } from './host/theme-override';
import { hashForSubPage } from './host/deep-link';
import { I18nProvider } from './i18n/I18nProvider';
import { languageFromLocale } from './i18n/format';
import { FLUENT_THEME } from './theme';

// the browser's default 8 px body margin would frame the tab in white inside Teams
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });
const useStyles = makeStyles({ root: { minHeight: '100vh' } });

export function Root({ tokens, early }: { tokens: TokenStore; early?: EarlyResponses }) {
  useGlobalStyles();
  const styles = useStyles();
  const [theme, setTheme] = useState<HostTheme>(() => themeFromQuery(window.location.search) ?? 'default');
  const [hostLanguage, setHostLanguage] = useState<Language | null>(null);
  const [userLanguage, setUserLanguage] = useState<Language | null>(null);
  const [inHost, setInHost] = useState<boolean | null>(null);

  useEffect(() => {
    let current = true;
    void detectHost().then((host) => {
      if (!current) return;
      setInHost(host.inHost);
      if (host.inHost) setTheme(host.theme);
      const deepLink = hashForSubPage(host.subPageId, window.location.hash);
      if (deepLink) window.location.hash = deepLink;
      setHostLanguage(languageFromLocale(host.locale));
      host.onThemeChange(setTheme);
    });
    return () => {
      current = false;
    };
  }, []);

  return (
    <FluentProvider theme={FLUENT_THEME[theme]} className={styles.root}>
      <I18nProvider language={userLanguage ?? hostLanguage ?? 'nb'}>
        <App tokens={tokens} early={early} inHost={inHost} onLanguage={setUserLanguage} />
      </I18nProvider>
    </FluentProvider>
  );
}
