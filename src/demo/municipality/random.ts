// A small seeded PRNG so the demo municipality is the same on every machine and every run:
// tests, screenshots and the benchmark all talk about the same people.

/** mulberry32: 32 bits of state, fast, good enough for demo data (not for anything secret). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's finaliser: a bijection on 32-bit integers, so distinct inputs give distinct outputs. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A 32-bit seed for one purpose ("calendar of person 17"), so each part of the data has its own stream. */
export function subSeed(seed: number, purpose: number, index = 0): number {
  return mix32(mix32(seed ^ Math.imul(purpose, 0x9e3779b1)) + index);
}

export interface Random {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [min, max], both included */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** pick by weight: [[value, weight], ...] */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted: (choices) => {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = choices[choices.length - 1];
      if (last === undefined) throw new Error('weighted pick from an empty list');
      return last[0];
    },
  };
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * A version-4 shaped GUID for (seed, kind, index). The first 32 bits are a bijection of the index,
 * so ids never collide within one kind, even at 50,000 people (random 32-bit state could).
 */
export function deterministicGuid(seed: number, kind: number, index: number): string {
  const salt = subSeed(seed, kind);
  const a = mix32((index + salt) >>> 0);
  const b = subSeed(seed, kind, index ^ 0x5bd1e995);
  const c = mix32(b + 1);
  const d = mix32(c + 1);
  const bHex = hex8(b);
  const cHex = hex8(c);
  const version = `4${bHex.slice(5, 8)}`;
  const variant = ((parseInt(cHex.slice(0, 1), 16) & 0x3) | 0x8).toString(16) + cHex.slice(1, 4);
  return `${hex8(a)}-${bHex.slice(0, 4)}-${version}-${variant}-${cHex.slice(4, 8)}${hex8(d)}`;
}
