// Turning a referat into the archival PDF (DESIGN §2.7): PDF/A-2b with an embedded font, so the file
// reads the same in the personnel folder in thirty years as on the day both signed it.
import type { ReferatDocument } from '../core/referat/referat-document';

export interface PdfRenderer {
  /**
   * Renders the referat document as PDF/A-2b: embedded subset font, the confidentiality marking in the
   * header, the agreed content by section, the action plan, the signature log and the content hash.
   * The same document (createdAt included) gives the same bytes.
   */
  renderReferat(doc: ReferatDocument): Promise<Uint8Array>;
}
