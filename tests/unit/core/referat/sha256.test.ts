// DESIGN §2.6: an approval records a SHA-256 of the exact referat content. The core computes it without
// node:crypto, so here it is held to the FIPS 180-4 / NIST example vectors and to node:crypto itself.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex } from '../../../../src/core/referat/sha256';

function nodeSha256(input: string | Uint8Array): string {
  return createHash('sha256').update(input).digest('hex');
}

describe('sha256Hex against the NIST vectors', () => {
  it('hashes "abc" (one block)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the empty string', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes the 448-bit message (padding spills into a second block)', () => {
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes the 896-bit message', () => {
    const message =
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu';
    expect(sha256Hex(message)).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
  });

  it('hashes one million "a"', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });
});

describe('sha256 compared with node:crypto', () => {
  it('hashes Norwegian text as UTF-8 (æøå are two bytes each)', () => {
    const referat =
      'Vi er enige om at Åse tar kurs i journalføring før høsten; lederen sørger for vikar. ' +
      'Ærlig talt: «Samtale er gjennomført.» Ø';
    const long = referat.repeat(97);
    expect(sha256Hex(referat)).toBe(nodeSha256(referat));
    expect(sha256Hex(long)).toBe(nodeSha256(long));
    expect(sha256Hex('æøå')).not.toBe(sha256Hex('aoa'));
  });

  it('agrees at every length around the block and padding boundaries', () => {
    for (const length of [1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
      expect(sha256Hex(bytes), `length ${length}`).toBe(nodeSha256(bytes));
    }
  });

  it('returns the 32 raw bytes of the digest', () => {
    expect(Buffer.from(sha256('abc')).toString('hex')).toBe(nodeSha256('abc'));
    expect(sha256('abc')).toHaveLength(32);
  });
});
