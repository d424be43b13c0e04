// The icons we ship: Teams checks the sizes; the outline icon must be white on a transparent background.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorIcon, outlineIcon } from '../../../tools/make-icons';
import { decodePng, encodePng, readPngHeader } from '../../../tools/png';

const dir = path.resolve(import.meta.dirname, '..', '..', '..', 'manifest');
const read = (name: string) => decodePng(readFileSync(path.join(dir, name)));
const alphaAt = (image: { width: number; pixels: Uint8Array }, x: number, y: number) =>
  image.pixels[(y * image.width + x) * 4 + 3];

describe('manifest icons', () => {
  it('color.png is 192×192 and fully opaque (full colour, no holes)', () => {
    const image = read('color.png');
    expect([image.width, image.height]).toEqual([192, 192]);
    for (let i = 3; i < image.pixels.length; i += 4) expect(image.pixels[i]).toBe(255);
  });

  it('outline.png is 32×32, transparent around the mark, and white wherever it is not transparent', () => {
    const image = read('outline.png');
    expect([image.width, image.height]).toEqual([32, 32]);
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
      [16, 0],
      [31, 16],
    ] as const) {
      expect(alphaAt(image, x, y)).toBe(0);
    }
    let drawn = 0;
    for (let i = 0; i < image.pixels.length; i += 4) {
      if (image.pixels[i + 3] === 0) continue;
      drawn++;
      expect([...image.pixels.subarray(i, i + 3)]).toEqual([255, 255, 255]);
    }
    expect(drawn).toBeGreaterThan(200);
  });

  it('the committed PNGs are what tools/make-icons.ts draws', () => {
    // pixels, not bytes: another zlib may compress the same pixels differently
    expect(read('color.png').pixels).toEqual(colorIcon().pixels);
    expect(read('outline.png').pixels).toEqual(outlineIcon().pixels);
  });

  it('the Outlook ribbon icons are 16, 32 and 80 pixels', () => {
    for (const size of [16, 32, 80]) {
      const header = readPngHeader(readFileSync(path.join(dir, 'outlook-icons', `icon-${size}.png`)));
      expect([header.width, header.height]).toEqual([size, size]);
    }
  });
});

describe('png', () => {
  it('reads back what it writes, pixel for pixel', () => {
    const pixels = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
    expect(decodePng(encodePng({ width: 3, height: 2, pixels }))).toEqual({ width: 3, height: 2, pixels });
  });

  it('refuses a file that is no PNG', () => {
    expect(() => readPngHeader(Buffer.from('GIF89a, not a png at all, sorry about that'))).toThrow(
      'not a PNG',
    );
  });
});
