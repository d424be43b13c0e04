// The municipal documents Samtale's rules and templates come from (../shared/seeds), by the number the code
// cites them with. HR reads a template's sources; "000 2.3" tells them nothing, "Hustadvika kommune 2.3" says
// whose routine it follows.
import type { Language } from './org';

const NAMES: Record<string, Record<Language, string>> = {
  '000': { nb: 'Hustadvika kommune', nn: 'Hustadvika kommune', en: 'Hustadvika municipality' },
  '001': { nb: 'kommunal e-håndbok', nn: 'kommunal e-handbok', en: 'a municipal e-handbook' },
  '002': { nb: 'Nome kommune', nn: 'Nome kommune', en: 'Nome municipality' },
  '003': { nb: 'Skjervøy kommune', nn: 'Skjervøy kommune', en: 'Skjervøy municipality' },
  '004': { nb: 'kommunal innkallingsmal', nn: 'kommunal innkallingsmal', en: 'a municipal invitation form' },
};

/**
 * "000 2.3 Oppfølgingssamtale" → "Hustadvika kommune 2.3 Oppfølgingssamtale", "002 Innhold" → "Nome kommune:
 * Innhold" (a title after the name gets a colon, so the two do not read as one name); other text as it is
 */
export function readableSource(source: string, language: Language): string {
  return source.replace(/\b(00[0-4])\b(?=(\s+\p{L})?)/gu, (number, _, title?: string) => {
    const name = NAMES[number]?.[language] ?? number;
    return title ? `${name}:` : name;
  });
}
