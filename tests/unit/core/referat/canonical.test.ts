// DESIGN §2.6: an approval records a SHA-256 of the exact referat content. The canonical content decides
// what "exact" means, so these tests pin it.
import { describe, expect, it } from 'vitest';
import { approve } from '../../../../src/core/referat/approval';
import { canonicalContent, contentHash, stableJson } from '../../../../src/core/referat/canonical';
import { edit } from '../../../../src/core/referat/edit';
import { sha256Hex } from '../../../../src/core/referat/sha256';
import { COURSE, PER, probationReferat } from './fixtures';

describe('stableJson', () => {
  it('sorts keys at every level, keeps array order and leaves out undefined', () => {
    expect(stableJson({ b: 1, a: [{ d: true, c: null }, 'x'], e: undefined })).toBe(
      '{"a":[{"c":null,"d":true},"x"],"b":1}',
    );
  });

  it('sorts by code unit, not by locale (Å after Z in every locale-free sort)', () => {
    expect(stableJson({ Å: 1, Z: 2, a: 3 })).toBe('{"Z":2,"a":3,"Å":1}');
  });
});

describe('canonicalContent', () => {
  const referat = edit(probationReferat(), { type: 'add-action', action: COURSE });

  it('is the same whatever order the object keys were written in', () => {
    const reordered = Object.fromEntries(Object.entries(referat).reverse()) as typeof referat;
    expect(canonicalContent(reordered)).toBe(canonicalContent(referat));
  });

  it('leaves out private notes and approvals', () => {
    const noted = edit(referat, { type: 'private-notes', notes: { text: 'bare for meg' } });
    const signed = approve(noted, {
      by: PER,
      role: 'leader',
      at: '2026-03-30T12:00:00+02:00',
    });
    expect(canonicalContent(signed)).toBe(canonicalContent(referat));
    expect(canonicalContent(signed)).not.toContain('bare for meg');
    expect(canonicalContent(signed)).not.toContain('approvals');
  });

  it('changes with any agreed word, and the hash is the SHA-256 of its UTF-8', () => {
    const changed = edit(referat, { type: 'section', sectionId: 'kultur', agreedText: 'Trives.' });
    expect(contentHash(changed)).not.toBe(contentHash(referat));
    expect(contentHash(changed)).toBe(sha256Hex(canonicalContent(changed)));
  });

  it('names its format, and stays byte for byte what it was (old approvals depend on it)', () => {
    const content = canonicalContent(referat);
    expect(content.startsWith('{"actions":[{"deadline":"2026-05-15"')).toBe(true);
    expect(content).toContain('"format":"samtale-referat/1"');
    expect(contentHash(referat)).toBe('2eb4d8c5fa17ce11580266e680fb63a54e6ae5ce67296b663e6ae96951acb553');
  });
});
