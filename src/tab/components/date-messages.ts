// Texts of the date field: how to write a date, and what is wrong with one that was typed.
import { defineMessages } from '../i18n/feature-messages';

export const dateMessages = defineMessages({
  nb: {
    hint: 'dd.mm.åååå, for eksempel 3.12.2026',
    invalid: 'Dette er ikke en dato. Skriv dag, måned og år, for eksempel 03.12.2026.',
  },
  nn: {
    hint: 'dd.mm.åååå, til dømes 3.12.2026',
    invalid: 'Dette er ikkje ein dato. Skriv dag, månad og år, til dømes 03.12.2026.',
  },
  en: {
    hint: 'dd.mm.yyyy, for example 3.12.2026',
    invalid: 'This is not a date. Write day, month and year, for example 03.12.2026.',
  },
});
