// The task pane's texts in the language the tab's I18nProvider has chosen, and how it shows a meeting's time.
import type { Language } from '../../core/org';
import { useI18n } from '../../tab/i18n/I18nProvider';
import { LOCALE_OF } from '../../tab/i18n/messages';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';
import type { OutlookMessages } from './outlook-messages';

const CATALOGUE: Record<Language, OutlookMessages> = { nb, nn, en };

/** "mandag 7. desember kl. 09:00", always in Oslo time, whatever the machine's zone */
export function formatMeetingTime(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE_OF[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  }).format(new Date(instant));
}

export function useOutlookText() {
  const { language, t } = useI18n();
  return {
    language,
    /** the tab's shared texts (sign-in, errors, retry) */
    t,
    o: CATALOGUE[language],
    time: (instant: string) => formatMeetingTime(instant, language),
  };
}
