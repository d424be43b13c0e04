// Theme and language for the task pane: Outlook's light Fluent look, bokmål until the person's own language
// is known (the same I18nProvider as the tab, so <html lang> follows).
import { useState } from 'react';
import { FluentProvider, makeStaticStyles, webLightTheme } from '@fluentui/react-components';
import type { Language } from '../core/org';
import type { TokenStore } from '../tab/auth/token-store';
import { I18nProvider } from '../tab/i18n/I18nProvider';
import { OutlookApp } from './OutlookApp';

// the task pane is narrow (about 350 px): the browser's 8 px body margin would waste a fifth of the width
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

export function OutlookRoot({ tokens }: { tokens: TokenStore }) {
  useGlobalStyles();
  const [language, setLanguage] = useState<Language | null>(null);
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language ?? 'nb'}>
        <OutlookApp tokens={tokens} onLanguage={setLanguage} />
      </I18nProvider>
    </FluentProvider>
  );
}
