// The cases issue 9's fuzzing found answering 500, kept as unit tests of what now refuses them.
import { describe, expect, it } from 'vitest';
import { ZIsoDate } from '../../../src/core/org';
import { isStorableKey, MAX_KEY_LENGTH } from '../../../src/ports/store';
import { isStorableSegment } from '../../../src/server/http/storable-ids';

describe('ids the table service cannot store', () => {
  // the length is the stores' own limit: the path guard and the stores share one rule (ports/store.ts)
  const longest = 'a'.repeat(MAX_KEY_LENGTH);
  it.each(['%2F', '%23', '%3F', '%5C', '%00', `${longest}a`, '%E0%A4%A'])('%s is refused', (raw) => {
    expect(isStorableSegment(raw)).toBe(false);
  });
  it.each(['93c2ac0c-b6c6-4216-a3bb-2e99f5f0a3ed', 'annual', '', longest, '%C3%A6%C3%B8%C3%A5'])(
    '%s is let through',
    (raw) => {
      expect(isStorableSegment(raw)).toBe(true);
    },
  );
});

describe('a conversation id in card data', () => {
  it('is refused with # or / in it (it answered 500 from /api/messages)', () => {
    expect(isStorableKey('#')).toBe(false);
    expect(isStorableKey('a/b')).toBe(false);
    expect(isStorableKey('93c2ac0c-b6c6-4216-a3bb-2e99f5f0a3ed')).toBe(true);
  });
});

describe('a date as YYYY-MM-DD', () => {
  it.each(['2026-02-30', '2026-13-01', '2025-02-29', '0000-00-00'])('%s does not exist', (d) => {
    expect(ZIsoDate.safeParse(d).success).toBe(false);
  });
  it.each(['2028-02-29', '2026-12-31', '2027-01-11'])('%s does', (d) => {
    expect(ZIsoDate.safeParse(d).success).toBe(true);
  });
});
