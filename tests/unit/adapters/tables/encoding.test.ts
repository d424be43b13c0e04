import { describe, expect, it } from 'vitest';
import {
  CHUNK_CHARS,
  decodeValue,
  encodeValue,
  ValueNotStorableError,
} from '../../../../src/adapters/tables/encoding';
import {
  checkKey,
  InvalidTableNameError,
  prefixUpperBound,
  tableName,
} from '../../../../src/adapters/tables/keys';
import { UnstorableKeyError } from '../../../../src/ports/store';

describe('encodeValue', () => {
  it('cuts long JSON into parts under the 32,768-character property limit and joins them back', () => {
    const value = { referat: 'Mål og tiltak for året, æøå 🙂 '.repeat(3_000) };
    const encoded = encodeValue(value, 'test');
    const parts = Object.keys(encoded).filter((k) => k.startsWith('v'));
    expect(encoded.parts).toBe(parts.length);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(String(encoded[part]).length).toBeLessThanOrEqual(CHUNK_CHARS);
    expect(decodeValue(encoded, 'test')).toEqual(value);
  });

  it('writes only ASCII, so no character can be split between request chunks (Azure/Azurite#2670)', () => {
    const encoded = encodeValue({ name: 'Kåre Mæhlum 🙂' }, 'test');
    expect(encoded.v0).toMatch(/^[\x20-\x7e]*$/);
    expect(decodeValue(encoded, 'test')).toEqual({ name: 'Kåre Mæhlum 🙂' });
  });

  it('refuses what one entity cannot hold, and what is not JSON', () => {
    expect(() => encodeValue('x'.repeat(500_000), 'conv/p/r')).toThrow(/conv\/p\/r: .* at most 480000/);
    expect(() => encodeValue(undefined, 'x')).toThrow(ValueNotStorableError);
    expect(() => decodeValue({ parts: 2, v0: '"a' }, 'x')).toThrow(/v1/);
  });
});

describe('keys', () => {
  it('names the table, the key and the forbidden character', () => {
    expect(() => checkKey('referats', 'rowKey', 'a/b')).toThrow('referats: rowKey "a/b" contains /');
    expect(() => checkKey('referats', 'partitionKey', 'a\tb')).toThrow(/U\+0009/);
    expect(() => checkKey('referats', 'rowKey', 'x'.repeat(300))).toThrow(
      `referats: rowKey "${'x'.repeat(40)}"… is 300 characters; at most 255 are allowed`,
    );
    expect(() => checkKey('referats', 'rowKey', '')).toThrow(UnstorableKeyError);
    expect(() => checkKey('referats', 'rowKey', 'Åse Øye')).not.toThrow();
    expect(() => tableName('t', 'abc')).not.toThrow();
    expect(() => tableName('', 'x1')).toThrow(InvalidTableNameError);
  });

  it('bounds a prefix range by the next string, carrying past U+FFFF', () => {
    expect(prefixUpperBound('abc')).toBe('abd');
    expect(prefixUpperBound("o'b")).toBe("o'c");
    expect(prefixUpperBound('a\uffff')).toBe('b');
    expect(prefixUpperBound('\uffff')).toBeNull();
  });
});
