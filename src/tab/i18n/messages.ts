// The shape every language must have: the keys of the bokmål catalogue, with the same parameters.
// Typing nn and en as `Messages` makes a missing, extra or mistyped key a compile error.
import type { Language } from '../../core/org';
import type { nb } from './nb';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;
export type Messages = { readonly [K in keyof typeof nb]: Widen<(typeof nb)[K]> };

/**
 * Locales for Intl formatting and sorting, best first. Chromium ships no nynorsk locale data, and Intl would
 * then fall back to the browser's own (often en-US: "February 1, 2026"); bokmål's dates, numbers and
 * alphabet are the same as nynorsk's, so it is the right second choice.
 */
export const LOCALE_OF: Record<Language, string[]> = {
  nb: ['nb-NO', 'no'],
  nn: ['nn-NO', 'nb-NO', 'no'],
  en: ['en-GB'],
};
