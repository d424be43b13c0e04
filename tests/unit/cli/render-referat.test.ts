// samtale render-referat: the example becomes a PDF; bad input names the field, exits 2 and writes nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { fakeIo } from './fake-io';

const EXAMPLE = readFileSync(new URL('../../../examples/referat.json', import.meta.url), 'utf8');

function pdfHeader(bytes: Uint8Array | undefined): string {
  return new TextDecoder('latin1').decode(bytes?.subarray(0, 8));
}

describe('samtale render-referat', () => {
  it('renders examples/referat.json to the --out file as PDF 1.7', async () => {
    const io = fakeIo({ 'referat.json': EXAMPLE });
    expect(await main(['render-referat', '--input', 'referat.json', '--out', 'referat.pdf'], io)).toBe(0);
    expect([...io.written.keys()]).toEqual(['referat.pdf']);
    expect(pdfHeader(io.written.get('referat.pdf'))).toBe('%PDF-1.7');
    expect(io.out.join('')).toMatch(/^referat\.pdf: \d+ kB, PDF\/A-2b\n$/);
  });

  it('exits 2 naming the field when the input is wrong, and writes nothing', async () => {
    const bad = { ...JSON.parse(EXAMPLE), noSpecialActions: true };
    bad.employee.name = '';
    const io = fakeIo({ 'referat.json': bad });
    expect(await main(['render-referat', '--input', 'referat.json', '--out', 'referat.pdf'], io)).toBe(2);
    const err = io.err.join('');
    expect(err).toContain('referat.json: employee.name: expected a text');
    expect(err).toContain('referat.json: noSpecialActions: there are actions');
    expect(io.written.size).toBe(0);
  });

  it('exits 2 when --out is missing, before reading anything', async () => {
    const io = fakeIo({});
    expect(await main(['render-referat', '--input', 'referat.json'], io)).toBe(2);
    expect(io.err.join('')).toContain('--out FILE.pdf is required');
    expect(io.written.size).toBe(0);
  });

  it('exits 2 for a file that is not JSON', async () => {
    const io = fakeIo({ 'referat.json': '{ "municipality": ' });
    expect(await main(['render-referat', '--input', 'referat.json', '--out', 'x.pdf'], io)).toBe(2);
    expect(io.err.join('')).toContain('referat.json is not valid JSON');
    expect(io.written.size).toBe(0);
  });
});

describe('samtale schema referat-document', () => {
  it('prints the input format of render-referat', async () => {
    const io = fakeIo();
    expect(await main(['schema', 'referat-document'], io)).toBe(0);
    const schema = JSON.parse(io.out.join('')) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['confidentiality', 'signatures', 'contentHash']));
  });
});
