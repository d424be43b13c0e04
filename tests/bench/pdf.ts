// Benchmark (issue 7): the archival PDF of 1,000 varied referats (names, bokmål/nynorsk/English, text
// length, 0-5 actions), rendered one after another as the archive outbox would. Warm: five renders first
// (JIT, pdfmake's module set-up). Timed is renderReferat alone; the documents are built before.
import { createPdfmakeRenderer } from '../../src/adapters/pdf/pdfmake-renderer';
import { referatDocument, type ReferatDocument } from '../../src/core/referat/referat-document';
import { sampleReferat } from '../unit/core/referat/sample-referat';
import type { BenchResult } from './types';

const DOCUMENTS = 1_000;
const WARM_UP = 5;

export async function benchPdf(): Promise<BenchResult[]> {
  const docs: ReferatDocument[] = Array.from({ length: DOCUMENTS }, (_, i) => {
    const { referat, context } = sampleReferat(i);
    return referatDocument(referat, context);
  });
  const renderer = createPdfmakeRenderer();
  for (const doc of docs.slice(0, WARM_UP)) await renderer.renderReferat(doc);

  let bytes = 0;
  let largest = 0;
  const started = performance.now();
  for (const doc of docs) {
    const pdf = await renderer.renderReferat(doc);
    bytes += pdf.length;
    largest = Math.max(largest, pdf.length);
  }
  const elapsed = performance.now() - started;
  return [
    { name: 'pdf_render_ms', value: Math.round((elapsed / DOCUMENTS) * 10) / 10, unit: 'ms' },
    { name: 'pdf_size_kb', value: Math.round((bytes / DOCUMENTS / 1024) * 10) / 10, unit: 'kB' },
    { name: 'pdf_size_max_kb', value: Math.round((largest / 1024) * 10) / 10, unit: 'kB' },
  ];
}
