// Texts of one feature, kept beside its components: bokmål is the reference, and nynorsk and English must
// have the same keys with the same parameters (a missing key is a compile error), as in the main catalogue.
import type { Language } from '../../core/org';
import { useI18n } from './I18nProvider';

type Widen<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export type FeatureMessages<T> = { nb: T; nn: Widen<T>; en: Widen<T> };

export function defineMessages<T extends Record<string, string | ((...args: never[]) => string)>>(
  messages: FeatureMessages<T>,
): FeatureMessages<T> {
  return messages;
}

/** The feature's texts in the current language. */
export function useMessages<T>(messages: FeatureMessages<T>): Widen<T> {
  const { language } = useI18n();
  return messagesIn(messages, language);
}

export function messagesIn<T>(messages: FeatureMessages<T>, language: Language): Widen<T> {
  return messages[language] as Widen<T>;
}
