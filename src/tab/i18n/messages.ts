// The shape every language must have: the keys of the bokmål catalogue, with the same parameters.
// Typing nn and en as `Messages` makes a missing, extra or mistyped key a compile error.
import type { Language } from '../../core/org';
import type { nb } from './nb';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;
export type Messages = { readonly [K in keyof typeof nb]: Widen<(typeof nb)[K]> };

/** BCP 47 tag for Intl formatting of each language. */
export const LOCALE_OF: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
