// Texts of the time field: how to write a time, and what is wrong with one that was typed.
import { defineMessages } from '../i18n/feature-messages';

export const timeMessages = defineMessages({
  nb: {
    hint: 'tt:mm, for eksempel 09:30',
    invalid: 'Dette er ikke et klokkeslett. Skriv timer og minutter, for eksempel 09:30 eller 14:00.',
  },
  nn: {
    hint: 'tt:mm, til dømes 09:30',
    invalid: 'Dette er ikkje eit klokkeslett. Skriv timar og minutt, til dømes 09:30 eller 14:00.',
  },
  en: {
    hint: 'hh:mm on the 24-hour clock, for example 09:30',
    invalid: 'This is not a time of day. Write hours and minutes, for example 09:30 or 14:00.',
  },
});
