// The canonical content of a referat: the exact bytes an approval's SHA-256 is taken over. It must come
// out the same on every machine and in every year, so it is built by hand rather than by JSON.stringify
// of whatever object is at hand (key order follows insertion, which changes with code).
import { contentOf, type Referat } from './referat';
import { sha256Hex } from './sha256';

// Named in the content so a future change of the canonical form cannot collide with this one.
export const CANONICAL_FORMAT = 'samtale-referat/1';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

/** JSON with object keys sorted by UTF-16 code unit (locale-independent), no spaces, undefined left out. */
export function stableJson(value: Json): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('not a finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson(value[key] as Json)}`).join(',')}}`;
}

/** The content both parties sign, as stable JSON: no private notes, no approvals. */
export function canonicalContent(referat: Referat): string {
  return stableJson({ format: CANONICAL_FORMAT, ...contentOf(referat) });
}

/** SHA-256 (hex) of the canonical content as UTF-8. */
export function contentHash(referat: Referat): string {
  return sha256Hex(canonicalContent(referat));
}
