// The font is read once and GPOS dropped (sfnt-tables.ts says why); everything else must survive intact.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tableTags, withoutTables } from '../../../../src/adapters/pdf/sfnt-tables';

const require = createRequire(import.meta.url);
const ROBOTO = new Uint8Array(readFileSync(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf')));

function table(font: Uint8Array, tag: string): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const index = tableTags(font).indexOf(tag);
  const offset = view.getUint32(12 + 16 * index + 8);
  return font.subarray(offset, offset + view.getUint32(12 + 16 * index + 12));
}

describe('withoutTables', () => {
  it('drops GPOS and keeps every other table byte for byte', () => {
    const stripped = withoutTables(ROBOTO, ['GPOS']);
    expect(tableTags(ROBOTO)).toContain('GPOS');
    expect(tableTags(stripped)).toEqual(tableTags(ROBOTO).filter((tag) => tag !== 'GPOS'));
    for (const tag of tableTags(stripped)) expect(table(stripped, tag)).toEqual(table(ROBOTO, tag));
    expect(stripped.length).toBeLessThan(ROBOTO.length - 30_000);
  });

  it('keeps the directory search fields consistent with the table count (16 tables)', () => {
    const view = new DataView(withoutTables(ROBOTO, ['GPOS']).buffer);
    expect([view.getUint16(4), view.getUint16(6), view.getUint16(8), view.getUint16(10)]).toEqual([
      16, 256, 4, 0,
    ]);
  });
});
