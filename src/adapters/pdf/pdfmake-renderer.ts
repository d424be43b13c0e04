// PdfRenderer on pdfmake (pdfkit underneath). pdfmake 0.3 passes the document's `version`, `subset`,
// `tagged`, `displayTitle` and `language` straight to pdfkit, which for 'PDF/A-2b' writes the XMP
// identification (pdfaid:part 2, conformance B) and an sRGB output intent, and embeds the TTF as a subset.
// With a fixed creation date the output is byte for byte the same: pdfkit derives the file ID from the
// document info, and the subset font tags from the font's order in the document.
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { REFERAT_LABELS } from '../../core/referat/document-labels';
import type { ReferatDocument } from '../../core/referat/referat-document';
import type { PdfRenderer } from '../../ports/pdf-renderer';
import { FONT_FAMILY, loadFonts, type FontStyle } from './fonts';
import { referatLayout } from './referat-layout';

const PRODUCER = 'Samtale (pdfmake)';

// pdfkit copies these strings into the XMP packet without escaping, and PDF/A requires XMP and the
// document info to agree, so characters that would break the XML are left out of both.
function metadataText(text: string): string {
  return text.replace(/&/g, '+').replace(/[<>]/g, '');
}

function definition(doc: ReferatDocument): TDocumentDefinitions {
  const l = REFERAT_LABELS[doc.language];
  return {
    ...referatLayout(doc),
    version: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    displayTitle: true,
    compress: true,
    info: {
      title: metadataText(`${l.documentTitle} – ${l.kinds[doc.kind]} – ${doc.employee.name}`),
      author: metadataText(doc.municipality),
      subject: metadataText(`${l.kinds[doc.kind]} ${doc.date}; ${doc.confidentiality}`),
      creator: 'Samtale',
      producer: PRODUCER,
      // No modDate: pdfkit writes no xmp:ModifyDate, and PDF/A wants the info and the XMP to match.
      creationDate: new Date(doc.createdAt),
    },
  };
}

interface VirtualFs {
  writeFileSync(name: string, content: Uint8Array): void;
}

// pdfmake keeps a virtual file system on its instance (not in its typings); fonts put there are read
// from memory, so rendering touches no disk at all.
function virtualFs(): VirtualFs {
  const vfs: unknown = Reflect.get(pdfmake, 'virtualfs');
  if (typeof vfs !== 'object' || vfs === null || typeof Reflect.get(vfs, 'writeFileSync') !== 'function') {
    throw new Error('this pdfmake version has no virtualfs: check src/adapters/pdf against its API');
  }
  return vfs as VirtualFs;
}

/**
 * The pdfmake renderer. pdfmake is one shared instance per process, so this sets its fonts and closes
 * all file and URL access: a document can never make it read a local file or fetch anything.
 */
export function createPdfmakeRenderer(): PdfRenderer {
  const vfs = virtualFs();
  const family: Partial<Record<FontStyle, string>> = {};
  for (const font of loadFonts()) {
    vfs.writeFileSync(font.name, font.content);
    family[font.style] = font.name;
  }
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setFonts({ [FONT_FAMILY]: family });
  return {
    async renderReferat(doc) {
      return pdfmake.createPdf(definition(doc)).getBuffer();
    },
  };
}
