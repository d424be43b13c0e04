// Gives every component the messages and formatters of the current language, and keeps <html lang> in step
// so screen readers pronounce the page in the right language (WCAG 3.1.1).
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Language } from '../../core/org';
import type { Messages } from './messages';
import { CATALOGUE } from './catalogue';
import { formatDate, formatDateTime, formatPercent } from './format';

export type I18n = {
  language: Language;
  t: Messages;
  date: (isoDate: string) => string;
  dateTime: (instant: string) => string;
  percent: (percent: number) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(
    () => ({
      language,
      t: CATALOGUE[language],
      date: (isoDate) => formatDate(isoDate, language),
      dateTime: (instant) => formatDateTime(instant, language),
      percent: (percent) => formatPercent(percent, language),
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}
