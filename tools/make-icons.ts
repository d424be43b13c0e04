// Draws Samtale's icons: a speech bubble with an "S". Run `tsx tools/make-icons.ts` after changing the mark;
// the PNGs are committed, so packaging never depends on this script.
//   manifest/color.png            192×192, full colour (Teams: the app's colour icon)
//   manifest/outline.png          32×32, white on transparent (Teams: the app bar icon; only white and alpha)
//   manifest/outlook-icons/*.png  16, 32, 80: the Outlook ribbon button, served at /outlook/icons/
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng, type RgbaImage } from './png';

type Rgba = readonly [number, number, number, number];

/** the app's accent colour; the manifest's accentColor is the same */
export const BRAND: Rgba = [0x1b, 0x5e, 0x8c, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function insideRoundedRect(u: number, v: number): boolean {
  const [x0, y0, x1, y1, r] = [0.12, 0.14, 0.88, 0.7, 0.15];
  const dx = Math.max(x0 + r - u, 0, u - (x1 - r));
  const dy = Math.max(y0 + r - v, 0, v - (y1 - r));
  return u >= x0 && u <= x1 && v >= y0 && v <= y1 && dx * dx + dy * dy <= r * r;
}

function insideTail(u: number, v: number): boolean {
  // the bubble's tail, a triangle pointing down-left: (0.26, 0.64), (0.46, 0.64), (0.2, 0.88)
  const sign = (ax: number, ay: number, bx: number, by: number) =>
    (u - bx) * (ay - by) - (ax - bx) * (v - by);
  const d1 = sign(0.26, 0.64, 0.46, 0.64);
  const d2 = sign(0.46, 0.64, 0.2, 0.88);
  const d3 = sign(0.2, 0.88, 0.26, 0.64);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

const inBubble = (u: number, v: number) => insideRoundedRect(u, v) || insideTail(u, v);

// The "S" as a polyline: the upper arc runs from its upper right over the top and left down to the middle,
// the lower arc from the middle round the right to its lower left. y grows downwards.
const S_RADIUS = 0.095;
const S_POINTS: Array<[number, number]> = (() => {
  const points: Array<[number, number]> = [];
  const arc = (cy: number, from: number, to: number) => {
    for (let i = 0; i <= 40; i++) {
      const t = ((from + ((to - from) * i) / 40) * Math.PI) / 180;
      points.push([0.5 + S_RADIUS * Math.cos(t), cy - S_RADIUS * Math.sin(t)]);
    }
  };
  arc(0.42 - S_RADIUS, 25, 270);
  arc(0.42 + S_RADIUS, 90, -155);
  return points;
})();

function distanceToS(u: number, v: number): number {
  let best = Infinity;
  for (let i = 1; i < S_POINTS.length; i++) {
    const [ax, ay] = S_POINTS[i - 1] as [number, number];
    const [bx, by] = S_POINTS[i] as [number, number];
    const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / len2));
    best = Math.min(best, Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay))));
  }
  return best;
}

/** Renders paint(u, v) over the unit square, 4×4 samples a pixel so the edges are smooth. */
function render(size: number, paint: (u: number, v: number) => Rgba): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb, ca] = paint((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      // colour is averaged weighted by alpha, so a half-covered white edge stays white, not grey
      const at = (y * size + x) * 4;
      pixels.set(a === 0 ? [0, 0, 0, 0] : [r / a, g / a, b / a, a / (n * n)].map(Math.round), at);
    }
  }
  return { width: size, height: size, pixels };
}

export function colorIcon(): RgbaImage {
  return render(192, (u, v) => (inBubble(u, v) ? (distanceToS(u, v) < 0.035 ? BRAND : WHITE) : BRAND));
}

export function outlineIcon(): RgbaImage {
  return render(32, (u, v) => (inBubble(u, v) && distanceToS(u, v) >= 0.05 ? WHITE : CLEAR));
}

export function ribbonIcon(size: 16 | 32 | 80): RgbaImage {
  const half = size === 16 ? 0.06 : 0.045;
  return render(size, (u, v) => (inBubble(u, v) ? (distanceToS(u, v) < half ? WHITE : BRAND) : CLEAR));
}

export const RIBBON_SIZES = [16, 32, 80] as const;

function main(): void {
  const dir = path.resolve(import.meta.dirname, '..', 'manifest');
  mkdirSync(path.join(dir, 'outlook-icons'), { recursive: true });
  writeFileSync(path.join(dir, 'color.png'), encodePng(colorIcon()));
  writeFileSync(path.join(dir, 'outline.png'), encodePng(outlineIcon()));
  for (const size of RIBBON_SIZES) {
    writeFileSync(path.join(dir, 'outlook-icons', `icon-${size}.png`), encodePng(ribbonIcon(size)));
  }
  console.log(`icons written to ${dir}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
