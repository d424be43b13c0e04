// How dates and numbers look to a person: Norwegian style by default, always in Europe/Oslo.
import type { Language } from '../../core/org';
import { LOCALE_OF } from './messages';

const TIME_ZONE = 'Europe/Oslo';

// Making an Intl formatter costs far more than using one (a team of 60 made hundreds of them on every
// render), so each language's formatter is made once and kept.
function cached<T>(make: (language: Language) => T): (language: Language) => T {
  const made = new Map<Language, T>();
  return (language) => {
    let formatter = made.get(language);
    if (!formatter) made.set(language, (formatter = make(language)));
    return formatter;
  };
}

const dateFormat = cached(
  (language) =>
    new Intl.DateTimeFormat(LOCALE_OF[language], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: TIME_ZONE,
    }),
);

const dateTimeFormat = cached(
  (language) =>
    new Intl.DateTimeFormat(LOCALE_OF[language], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: TIME_ZONE,
    }),
);

const percentFormat = cached(
  (language) => new Intl.NumberFormat(LOCALE_OF[language], { style: 'percent', maximumFractionDigits: 1 }),
);

/**
 * "2026-03-01" → "1. mars 2026" (nb/nn) or "1 March 2026" (en).
 * A calendar date has no time of day; reading it at noon UTC keeps it on the same day in Oslo whatever the
 * offset (+1 or +2), where a bare "2026-03-01" parsed in another zone could land on 28 February.
 */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(language).format(date);
}

/** A UTC instant → "30. november 2026 kl. 08:00" (nb/nn) or "30 November 2026 at 08:00" (en), Oslo time. */
export function formatDateTime(instant: string, language: Language): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return dateTimeFormat(language).format(date);
}

/** 80 → "80 %" (nb/nn, with a no-break space) or "80%" (en). */
export function formatPercent(percent: number, language: Language): string {
  return percentFormat(language).format(percent / 100);
}

/** A Teams locale such as "nn-NO" or "en-US" → our language; anything we do not speak falls back to bokmål. */
export function languageFromLocale(locale: string | null | undefined): Language | null {
  if (!locale) return null;
  const tag = locale.toLowerCase();
  if (tag.startsWith('nn')) return 'nn';
  if (tag.startsWith('nb') || tag.startsWith('no')) return 'nb';
  if (tag.startsWith('en')) return 'en';
  return null;
}
