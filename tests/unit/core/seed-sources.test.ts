import { describe, expect, it } from 'vitest';
import { readableSource } from '../../../src/core/seed-sources';

describe('readableSource', () => {
  it('names the municipality instead of the seed number', () => {
    expect(readableSource('000 2.3 Oppfølgingssamtale etter 4 uker', 'nb')).toBe(
      'Hustadvika kommune 2.3 Oppfølgingssamtale etter 4 uker',
    );
    expect(readableSource('002 Innhold', 'en')).toBe('Nome municipality: Innhold');
    expect(readableSource('001 Oppfølgingssamtale', 'nn')).toBe('kommunal e-handbok: Oppfølgingssamtale');
    expect(readableSource('002, 000 2.3: hvert år', 'nb')).toBe(
      'Nome kommune, Hustadvika kommune 2.3: hvert år',
    );
  });

  it('leaves other numbers alone: a section number, a year, a law', () => {
    expect(readableSource('000 2.2 stikkord', 'nb')).toBe('Hustadvika kommune 2.2 stikkord');
    expect(readableSource('AMU-vedtak 07/06, 2006, § 15-6', 'nb')).toBe('AMU-vedtak 07/06, 2006, § 15-6');
    expect(readableSource('Skjema 1004', 'nb')).toBe('Skjema 1004');
  });
});
