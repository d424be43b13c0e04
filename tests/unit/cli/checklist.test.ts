import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { fakeIo } from './fake-io';

describe('samtale checklist', () => {
  it('prints the onboarding checklist and the probation plan, deadlines moved off Easter (000 3)', async () => {
    const io = fakeIo();
    expect(await main(['checklist', '--start', '2026-04-16'], io)).toBe(0);
    const text = io.out.join('');
    expect(text).toContain('Sjekkliste ved oppstart – første dag 16.04.2026');
    expect(text).toMatch(/01\.04\.2026\s+leder med HR\s+Sende tilsettingsbrev/);
    expect(text).toContain('Prøvetid (aml. § 15-6): 16.04.2026–15.10.2026');
  });

  it('follows the policy: a monthly probation plan (001) in nynorsk', async () => {
    const io = fakeIo({ 'p.json': { probation: { followUps: { mode: 'monthly' } } } });
    expect(
      await main(['checklist', '--start', '2026-01-05', '--policy', 'p.json', '--lang', 'nn', '--json'], io),
    ).toBe(0);
    const json = JSON.parse(io.out.join('')) as { probation: { conversations: { rule: string }[] } };
    expect(json.probation.conversations.filter((c) => c.rule === 'followup-monthly')).toHaveLength(3);
  });

  it('gives a fadder the practical items with --mentor, in English', async () => {
    const io = fakeIo();
    expect(await main(['checklist', '--start', '2026-11-23', '--mentor', '--lang', 'en'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/27\.11\.2026\s+mentor\s+Explain practical matters/);
  });

  it('prints the exit checklist (000 5)', async () => {
    const io = fakeIo();
    expect(await main(['checklist', '--end', '2026-12-31', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out.join('')) as { items: { id: string; deadline: string }[] };
    expect(json.items.find((i) => i.id === 'exit-conversation')?.deadline).toBe('2026-12-31');
  });

  it('exits 2 without exactly one of --start and --end, or with a bad language', async () => {
    for (const args of [
      ['checklist'],
      ['checklist', '--start', '2026-01-05', '--end', '2026-02-01'],
      ['checklist', '--end', '2026-02-30'],
      ['checklist', '--start', '2026-01-05', '--lang', 'se'],
    ]) {
      const io = fakeIo();
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(io.out).toEqual([]);
    }
  });
});
