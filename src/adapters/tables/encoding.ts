// How a value is kept in an entity: JSON in string properties v0, v1, ... Azure Tables caps one string
// property at 64 KiB (32,768 UTF-16 characters) and a whole entity at 1 MiB, so a long referat is cut
// into parts instead of failing, and a value too big for any entity fails here with a message that says so.

/** characters per property, under the 32,768 the service allows */
export const CHUNK_CHARS = 30_000;
/** characters of JSON per entity: 1 MiB in UTF-16 less room for keys, property names and system fields */
export const MAX_VALUE_CHARS = 480_000;

/** Thrown when a value cannot be stored in one entity (or is not JSON at all). */
export class ValueNotStorableError extends Error {
  readonly code = 'value-not-storable';
  constructor(message: string) {
    super(message);
    this.name = 'ValueNotStorableError';
  }
}

export type EncodedValue = Record<string, string | number>;

/**
 * Non-ASCII characters are written as JSON escapes (\u00e6 for æ). Azurite decodes a request body chunk
 * by chunk and turns a character split between two chunks into U+FFFD (Azure/Azurite#2670): a long
 * referat full of æøå came back damaged. An ASCII body has no character to split; JSON.parse restores it.
 */
function asciiJson(value: unknown): string | undefined {
  return JSON.stringify(value)?.replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function encodeValue(value: unknown, where: string): EncodedValue {
  const json = asciiJson(value);
  if (json === undefined)
    throw new ValueNotStorableError(`${where}: the value is not JSON (${typeof value})`);
  if (json.length > MAX_VALUE_CHARS) {
    throw new ValueNotStorableError(
      `${where}: the value is ${json.length} characters as JSON; one entity holds at most ${MAX_VALUE_CHARS}`,
    );
  }
  const encoded: EncodedValue = {};
  let part = 0;
  for (let at = 0; at < json.length; at += CHUNK_CHARS, part++)
    encoded[`v${part}`] = json.slice(at, at + CHUNK_CHARS);
  encoded.parts = part;
  return encoded;
}

export function decodeValue<T>(entity: Readonly<Record<string, unknown>>, where: string): T {
  const parts = typeof entity.parts === 'number' ? entity.parts : 1;
  let json = '';
  for (let part = 0; part < parts; part++) {
    const chunk = entity[`v${part}`];
    if (typeof chunk !== 'string')
      throw new ValueNotStorableError(`${where}: part v${part} of the value is missing`);
    json += chunk;
  }
  return JSON.parse(json) as T;
}
