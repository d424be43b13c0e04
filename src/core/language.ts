import type { Language } from './org';

/**
 * The product's language for a locale tag from Graph, Teams or a browser ("nn-NO", "nb", "en-GB", "no").
 * Bokmål is the default: most Norwegian municipalities write it, and "no" means bokmål in practice.
 */
export function languageFromLocale(locale: string | null | undefined): Language {
  const tag = (locale ?? '').toLowerCase();
  if (tag === 'nn' || tag.startsWith('nn-')) return 'nn';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return 'nb';
}
