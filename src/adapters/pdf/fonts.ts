// The one font of the referat: Roboto as pdfmake ships it (SIL Open Font License 1.1, see the name table
// of the .ttf files). TrueType, so pdfkit embeds a subset of exactly the glyphs used (PDF/A needs every
// font embedded); it has æøå and the § sign. Regular for text, Medium for headings: the package has no Bold.
// The files are read once, from node_modules; nothing comes from the system or the network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withoutTables } from './sfnt-tables';

const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'Roboto';

const FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

export type FontStyle = keyof typeof FILES;

/** The font files by style, each under a name for pdfmake's virtual file system. */
export function loadFonts(): { style: FontStyle; name: string; content: Uint8Array }[] {
  return Object.entries(FILES).map(([style, file]) => ({
    style: style as FontStyle,
    name: `samtale-fonts/${file}`,
    // sfnt-tables.ts says why GPOS goes
    content: withoutTables(readFileSync(require.resolve(`pdfmake/fonts/Roboto/${file}`)), ['GPOS']),
  }));
}
