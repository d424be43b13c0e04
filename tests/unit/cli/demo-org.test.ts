import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { ZMunicipality } from '../../../src/core/org';
import { fakeIo } from './fake-io';

describe('samtale demo-org', () => {
  it('prints the demo municipality, the same for the same seed and day', async () => {
    const first = fakeIo();
    const second = fakeIo();
    expect(await main(['demo-org', '--today', '2026-11-23'], first)).toBe(0);
    expect(await main(['demo-org', '--today', '2026-11-23', '--seed', '2026'], second)).toBe(0);
    expect(first.out.join('')).toBe(second.out.join(''));
    const municipality = ZMunicipality.parse(JSON.parse(first.out.join('')));
    expect(municipality.calendars).toEqual([]);
  });

  it('is what examples/demo-municipality.json holds, so the example cannot drift from the demo', async () => {
    const io = fakeIo();
    await main(['demo-org', '--today', '2026-11-23'], io);
    expect(JSON.parse(io.out.join(''))).toEqual(
      JSON.parse(readFileSync('examples/demo-municipality.json', 'utf8')),
    );
  });

  it.each([
    [['--today', '2026-02-30'], '--today'],
    [['--today', '2026-11-23', '--size', 'many'], '--size'],
    [['--today', '2026-11-23', '--size', '3'], '--size'],
  ])('rejects %j naming %s, exit 2, nothing printed', async (args, name) => {
    const io = fakeIo();
    expect(await main(['demo-org', ...args], io)).toBe(2);
    expect(io.err.join('')).toContain(name);
    expect(io.out).toEqual([]);
  });
});
