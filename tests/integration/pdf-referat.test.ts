// Issue 7, done when: the PDFs pass poppler-utils from Debian. pdffonts shows every font embedded (and
// subset), pdftotext gives the text back with æøå intact, pdfinfo's XMP carries the PDF/A-2b
// identification. The private notes never reach the file. Missing poppler fails the test, never skips it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfmakeRenderer } from '../../src/adapters/pdf/pdfmake-renderer';
import { referatDocument, ZReferatDocument } from '../../src/core/referat/referat-document';
import type { ReferatDocument } from '../../src/core/referat/referat-document';
import { PRIVATE_NOTE, sampleReferat } from '../unit/core/referat/sample-referat';

const renderer = createPdfmakeRenderer();
const dir = mkdtempSync(join(tmpdir(), 'samtale-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: 'pdffonts' | 'pdftotext' | 'pdfinfo', args: string[]): string {
  try {
    // pdfinfo prints dates in the local zone; UTC makes the creation date comparable to the input
    return execFileSync(tool, args, { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new Error(`${tool} is missing: run apt-get install -y poppler-utils (.ci/run does)`, {
        cause: error,
      });
    }
    throw error;
  }
}

async function renderTo(name: string, doc: ReferatDocument): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await renderer.renderReferat(doc));
  return file;
}

/** pdftotext's text with line breaks and runs of spaces as single spaces: wrapping is layout, not text. */
function textOf(file: string): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, ' ');
}

const example = ZReferatDocument.parse(
  JSON.parse(readFileSync(new URL('../../examples/referat.json', import.meta.url), 'utf8')),
);
let examplePdf = '';
beforeAll(async () => {
  examplePdf = await renderTo('example.pdf', example);
});

describe('the example referat as PDF/A-2b (examples/referat.json)', () => {
  it('embeds every font, as a subset (pdffonts: emb yes, sub yes)', () => {
    const rows = poppler('pdffonts', [examplePdf]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [name = '', , , , emb, sub] = row.trim().split(/\s+/);
      expect({ name, emb, sub }).toEqual({
        name: expect.stringMatching(/^[A-Z]{6}\+Roboto/),
        emb: 'yes',
        sub: 'yes',
      });
    }
  });

  it('identifies itself as PDF/A-2b in the XMP, PDF 1.7, tagged, with title and author', () => {
    const meta = poppler('pdfinfo', ['-meta', examplePdf]);
    expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(meta).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    const info = poppler('pdfinfo', [examplePdf]);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Referat – Medarbeidersamtale – Synnøve Bø$/m);
    expect(info).toMatch(/^Author:\s+Fjordvik kommune$/m);
    expect(info).toMatch(/^CreationDate:\s+Tue Mar 31 06:20:00 2026 UTC$/m);
  });

  it('gives back the marking, the people and æøå intact (pdftotext)', () => {
    const text = textOf(examplePdf);
    expect(text).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(text).toContain('Synnøve Bø (ansattnummer 10045)');
    expect(text).toContain('Helse og omsorg, Sjøgløtt sykehjem');
    expect(text).toContain('Per Hansen, Avdelingsleder');
    expect(text).toContain('Arbeidsmiljø og trivsel');
    expect(text).toContain('Ergonomien på kontorplassen er ikke god nok');
  });

  it('002/004: shows the action plan with what, who and the deadline', () => {
    const text = textOf(examplePdf);
    for (const action of example.actions) {
      expect(text).toContain(action.what);
      expect(text).toContain(action.responsible);
    }
    expect(text).toContain('15.04.2026');
    expect(text).not.toContain('ikke er behov for særskilte tiltak');
  });

  it('000 2.4: shows the signature log in Oslo time with the content hash each signed', () => {
    const text = textOf(examplePdf);
    expect(text).toContain('Signaturlogg');
    expect(text).toContain('Per Hansen Leder 30.03.2026 kl. 14:00');
    expect(text).toContain('Synnøve Bø Medarbeider 31.03.2026 kl. 08:15');
    for (const signature of example.signatures) expect(text).toContain(signature.contentHash);
    expect(text).toContain(`Dokumentets innhold, SHA-256: ${example.contentHash}`);
  });

  it('gives the same bytes for the same document (creation date and IDs come from the input)', async () => {
    const again = await renderer.renderReferat(example);
    expect(Buffer.from(again).equals(readFileSync(examplePdf))).toBe(true);
  });
});

describe('what never reaches the PDF', () => {
  it('DESIGN §6: the private notes, though the referat holds them', async () => {
    for (const variant of [0, 1, 2, 3]) {
      const { referat, context } = sampleReferat(variant);
      expect(referat.privateNotes.text).toBe(PRIVATE_NOTE);
      const file = await renderTo(`private-${variant}.pdf`, referatDocument(referat, context));
      const text = textOf(file);
      expect(text).toContain('Signatur'); // the text was extracted at all
      expect(text).not.toContain('PRIVAT-NOTAT');
      expect(text).not.toContain('omplassering');
    }
  });
});

describe('nynorsk', () => {
  it('writes the marking, labels and "no special actions needed" (003) in nynorsk', async () => {
    const { referat, context } = sampleReferat(0);
    const doc = referatDocument(referat, { ...context, language: 'nn' });
    const file = await renderTo('nynorsk.pdf', doc);
    const text = textOf(file);
    expect(text).toContain('Unnateke frå innsyn, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(text).toContain('Referat – Medarbeidarsamtale');
    expect(text).toContain('Oppfølging frå førre samtale');
    expect(text).toContain(
      'Samtalen er gjennomført. Leiar og medarbeidar er samde om at det ikkje er behov for særskilde tiltak.',
    );
    expect(text).toContain('Åse Ødegård Medarbeidar 31.03.2026 kl. 08:15');
    expect(poppler('pdfinfo', [file])).toMatch(/^Title:\s+Referat – Medarbeidarsamtale – Åse Ødegård$/m);
  });
});
