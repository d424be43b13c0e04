// A TrueType font without some of its tables. The renderer drops GPOS (kerning and mark positioning):
// pdfkit opens the font anew for every document, and fontkit then decodes Roboto's 35 KB GPOS table
// again each time; measured on 100 varied referats that was 60 % of the render time (70 ms → 25 ms per
// document without it). The cost is no kerning, as in Word's default; Norwegian text is NFC, so æøå are
// whole glyphs and need no mark positioning. The embedded subset never carried GPOS anyway.

interface TableRecord {
  tag: string;
  checksum: number;
  offset: number;
  length: number;
}

function tableRecords(font: Uint8Array): TableRecord[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 12 + 16 * i;
    return {
      tag: String.fromCharCode(...font.subarray(at, at + 4)),
      checksum: view.getUint32(at + 4),
      offset: view.getUint32(at + 8),
      length: view.getUint32(at + 12),
    };
  });
}

/** The table tags of a TrueType (sfnt) font, in directory order. */
export function tableTags(font: Uint8Array): string[] {
  return tableRecords(font).map((r) => r.tag);
}

/** The font with the named tables left out; every other table is copied byte for byte (4-byte aligned). */
export function withoutTables(font: Uint8Array, drop: readonly string[]): Uint8Array {
  const kept = tableRecords(font).filter((r) => !drop.includes(r.tag));
  const padded = (n: number) => n + ((4 - (n % 4)) % 4);
  const directory = 12 + 16 * kept.length;
  const out = new Uint8Array(directory + kept.reduce((sum, r) => sum + padded(r.length), 0));
  const view = new DataView(out.buffer);
  out.set(font.subarray(0, 12));
  // searchRange, entrySelector and rangeShift follow the table count (OpenType spec, table directory)
  const power = 2 ** Math.floor(Math.log2(kept.length));
  view.setUint16(4, kept.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, kept.length * 16 - power * 16);
  let offset = directory;
  kept.forEach((record, i) => {
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[at + k] = record.tag.charCodeAt(k);
    view.setUint32(at + 4, record.checksum);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, record.length);
    out.set(font.subarray(record.offset, record.offset + record.length), offset);
    offset += padded(record.length);
  });
  return out;
}
